// Before/after equality for the form-set change (issue 20, item 4): for the sample, the demo, every data set of the tests, an empty
// workbook, consolidation and carry-over, what the core produces — the workbook plan's cells, formulas, formats and names, the findings
// and the report's text — must equal what was captured before (tests/fixtures/golden-before). A difference is shown part by part.
// To accept a deliberate change of output: `npx tsx tests/fixtures/golden-before/capture.ts NAME` and review the diff of the JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { CAPTURES, CAPTURE_DIR, captureFile, serialize } from '../fixtures/golden-before/golden';

type Json = unknown;

const stored = (name: string): Json => JSON.parse(readFileSync(captureFile(name), 'utf-8')) as Json;

const isObject = (v: Json): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The parts a capture is compared by, each a path of keys: the top-level parts, their sub-parts
 * (findings.json, report.final, …), and a plan one sheet at a time — so a failure names the part,
 * and its diff stays short.
 */
function parts(capture: Json): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (!isObject(capture)) return [[]];
  for (const [key, value] of Object.entries(capture)) {
    if (!isObject(value)) {
      out.push([key]);
      continue;
    }
    for (const [sub, inner] of Object.entries(value)) {
      if (sub === 'sheets' && Array.isArray(inner)) inner.forEach((_, i) => out.push([key, sub, i]));
      else out.push([key, sub]);
    }
  }
  return out;
}

function at(value: Json, path: readonly (string | number)[]): Json {
  let v: Json = value;
  for (const k of path) v = v === null || typeof v !== 'object' ? undefined : (v as Record<string | number, Json>)[k];
  return v;
}

/** "plan.sheets[2] (Biểu mẫu 2)". */
function label(capture: Json, path: readonly (string | number)[]): string {
  const text = path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').slice(1);
  const name = at(capture, [...path, 'name']);
  return typeof name === 'string' ? `${text} (${name})` : text;
}

describe('captures of the output before the form-set change (issue 20)', () => {
  it('keeps one capture file per input, and no file without its input', () => {
    const files = readdirSync(CAPTURE_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).sort();
    expect(files).toEqual(Object.keys(CAPTURES).sort());
  });

  describe.each(Object.keys(CAPTURES))('%s', (name) => {
    const before = stored(name);
    let after: Json;
    beforeAll(() => {
      const make = CAPTURES[name];
      if (!make) throw new Error(`no capture ${name}`);
      // Through the same JSON as the stored file: undefined fields dropped, numbers as JSON keeps them.
      after = JSON.parse(serialize(make())) as Json;
    });

    it('has the same parts', () => {
      expect(parts(after).map((p) => label(after, p))).toEqual(parts(before).map((p) => label(before, p)));
    });

    it.each(parts(before).map((p) => [label(before, p), p] as const))('%s', (_, path) => {
      expect(at(after, path)).toEqual(at(before, path));
    });
  });
});
