// Runs `cchc` in-process in a fresh temp folder and keeps what it printed, for the command tests.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { memoryIo } from '../../../src/hosts/cli/cli-io';
import { runCli } from '../../../src/hosts/cli/run-cli';
import { tempDir } from '../../helpers/temp-dir';

export const FIXTURES = resolve(__dirname, '../../fixtures/cli');
export const SAMPLE = resolve(__dirname, '../../../examples/xa-hoa-phong.json');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Sandbox {
  readonly dir: string;
  readonly run: (...argv: string[]) => Promise<CliRun>;
  /** `bytes` written as xa.xlsx, then `argv` run: the same file name every time, so that what two runs say compares whole. */
  readonly runOnXlsx: (bytes: Uint8Array, argv: readonly string[]) => Promise<CliRun>;
  /** Files in the folder (temp files would show here). */
  readonly files: () => string[];
  readonly path: (name: string) => string;
  readonly dispose: () => void;
}

export function sandbox(): Sandbox {
  const dir = tempDir('cchc-cli-');
  const run = async (...argv: string[]): Promise<CliRun> => {
    const io = memoryIo(dir);
    const code = await runCli(argv, io);
    return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
  };
  return {
    dir,
    run,
    runOnXlsx(bytes, argv) {
      writeFileSync(join(dir, 'xa.xlsx'), bytes);
      return run(...argv);
    },
    files: () => readdirSync(dir).sort(),
    path: (name) => join(dir, name),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The sample commune's workbook as `cchc template --data` lays it out, made in a sandbox of its own. */
export async function laidOutSample(): Promise<Uint8Array> {
  const first = sandbox();
  try {
    expect((await first.run('template', '--data', SAMPLE, '--out', 'xa.xlsx')).code).toBe(0);
    return new Uint8Array(readFileSync(first.path('xa.xlsx')));
  } finally {
    first.dispose();
  }
}

/** A bad-input failure: exit 2, one line on stderr naming the file, no stack trace, nothing on stdout. */
export function expectOneLineError(r: CliRun, mentions: readonly string[]): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\bat .*\(|Error:|undefined/);
  for (const m of mentions) expect(r.stderr).toContain(m);
}
