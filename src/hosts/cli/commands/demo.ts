// `cchc demo [--out DIR]`: the whole flow on the built-in sample commune (examples/xa-hoa-phong.json).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CLI_TEXT } from '../../../core/i18n/cli';
import { CliError, EXIT } from '../cli-error';
import { printCommandHelp } from '../help';
import { reportDataFromJson } from '../load-report-json';
import { parseCommandArgs } from '../parse-command-args';
import { DEMO_STEPS, demoWorkbookPath } from './demo-steps';
import type { CliCommand } from './types';

const NAME = 'demo';
const SAMPLE = join('examples', 'xa-hoa-phong.json');

/** The sample file, found upwards from this file (src/… under ts-jest, dist/cli/… when built). */
export function samplePath(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, SAMPLE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new CliError(CLI_TEXT.sampleMissing(SAMPLE));
  }
}

export const demoCommand: CliCommand = {
  name: NAME,
  summary: CLI_TEXT.demoSummary,
  usage: ['cchc demo [--out DIR]'],
  options: [{ flag: '--out DIR', text: CLI_TEXT.demoOut }],
  exitCodes: CLI_TEXT.demoExit,
  async run(args, io) {
    const parsed = parseCommandArgs(NAME, args, { out: { type: 'string', short: 'o' } });
    if (parsed.help) return printCommandHelp(demoCommand, io);
    if (parsed.positionals.length > 0) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.tooManyFiles(parsed.positionals.join(' '))));
    const dir = typeof parsed.values.out === 'string' && parsed.values.out ? parsed.values.out : 'out';
    const sample = samplePath();
    const data = reportDataFromJson(readFileSync(sample, 'utf-8'), SAMPLE);
    io.out(CLI_TEXT.demoStart(`${data.meta.unitKind} ${data.meta.unit}`));
    const ctx = { dir, data, io, workbook: demoWorkbookPath(dir) };
    for (const step of DEMO_STEPS) await step.run(ctx);
    io.out(CLI_TEXT.demoDone(dir));
    return EXIT.ok;
  },
};
