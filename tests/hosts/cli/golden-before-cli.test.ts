// The CLI end to end on the sample, in-process, before/after the form-set change (issue 20): `cchc template` (with and without data)
// and `cchc demo` write to a temp folder; the workbooks read back with the project's readers (every cell's value, formula, format and
// lock, merges, validations, defined names, the light reader's named values) and the demo's JSON files must equal the capture.
// To accept a deliberate change: `npx tsx tests/fixtures/golden-before/capture.ts cli` and review the diff.
import { readFileSync } from 'node:fs';
import { CLI_CAPTURE_FILE, captureCli } from '../../fixtures/golden-before/cli-capture';
import { serialize } from '../../fixtures/golden-before/golden';

jest.setTimeout(60_000);

type Json = Record<string, unknown>;

const before = JSON.parse(readFileSync(CLI_CAPTURE_FILE, 'utf-8')) as Json;

/** The parts compared one by one: each run's exit code and output, each workbook sheet by sheet, its names, the demo's files. */
function parts(capture: Json): [string, unknown][] {
  const out: [string, unknown][] = [['input', capture.input]];
  for (const run of ['template', 'emptyTemplate', 'demo'] as const) {
    const r = (capture[run] ?? {}) as Json;
    out.push([`${run} run`, { argv: r.argv, code: r.code, stdout: r.stdout, stderr: r.stderr }]);
    const wb = r.workbook as { sheets?: { name: string }[]; definedNames?: unknown; lightReader?: unknown } | undefined;
    if (wb) {
      for (const s of wb.sheets ?? []) out.push([`${run} sheet ${s.name}`, s]);
      out.push([`${run} sheet names`, (wb.sheets ?? []).map((s) => s.name)]);
      out.push([`${run} defined names`, wb.definedNames]);
      out.push([`${run} light reader`, wb.lightReader]);
    }
    if (r.data !== undefined) out.push([`${run} data`, r.data]);
    if (r.check !== undefined) out.push([`${run} check`, r.check]);
  }
  return out;
}

describe('the CLI on the sample, before the form-set change (issue 20)', () => {
  let after: Json;
  beforeAll(async () => {
    after = JSON.parse(serialize(await captureCli())) as Json;
  });

  it('has the same parts', () => {
    expect(parts(after).map(([k]) => k)).toEqual(parts(before).map(([k]) => k));
  });

  it.each(parts(before))('%s', (key, value) => {
    expect(parts(after).find(([k]) => k === key)?.[1]).toEqual(value);
  });
});
