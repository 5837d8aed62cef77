// The built-in set's templates say, character for character, what the TypeScript wording they replaced said: every section, random and fixture data, with and without last year.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue, ReportData } from '../../../src/core/data/types';
import { NARRATIVE_KEYS, PERIODS, UNIT_KINDS } from '../../../src/core/data/types';
import { FORMS } from '../../../src/core/forms/catalogue';
import { isInputRow, type FormRow } from '../../../src/core/forms/types';
import { sentenceContext } from '../../../src/core/report/body';
import type { SentenceContext } from '../../../src/core/report/generate-sentences';
import { generateSentences } from '../../../src/core/report/generate-sentences';
import { formsData, line, SAMPLE_DATA } from '../../fixtures/report-data-arbitrary';
import { GOLDEN_DATA } from './golden-data';
import { generateSentences as legacySentences } from './legacy/legacy-generate-sentences';

// 20 000 and more were run with TEMPLATE_EQUALITY_RUNS=20000 before the TypeScript wording was deleted; the default keeps the unit run short.
const RUNS = Number(process.env.TEMPLATE_EQUALITY_RUNS ?? 400);

/** Values that make the wording choose: empty, text, 0, 1, small counts that equal each other, 100, large and fractional figures. */
function edgeValue(row: FormRow): fc.Arbitrary<CellValue | undefined> {
  const typical =
    row.kind === 'code'
      ? fc.constantFrom(...row.codes.map((c) => c.value))
      : row.kind === 'percent'
        ? fc.oneof(fc.constantFrom(0, 1, 50, 99.96, 100), fc.integer({ min: 0, max: 1000 }).map((n) => n / 10))
        : row.kind === 'money'
          ? fc.oneof(fc.constantFrom(0, 1, 2, 1500.5), fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100))
          : fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(10, 100, 1234, 1_000_000));
  return fc.oneof(
    { weight: 7, arbitrary: typical },
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant<CellValue>('nhiều') },
  );
}

const edgeForms: fc.Arbitrary<ReportData['forms']> = fc
  .tuple(...FORMS.map((form) => fc.tuple(...form.rows.filter(isInputRow).map((row) => edgeValue(row).map((v) => [row.key, v] as const)))))
  .map((forms) => {
    const out: Record<string, Record<string, CellValue>> = {};
    FORMS.forEach((form, i) => {
      const values: Record<string, CellValue> = {};
      for (const [key, v] of forms[i] ?? []) if (v !== undefined) values[key] = v;
      out[`${form.number}`] = values;
    });
    return out as ReportData['forms'];
  });

/** A sentence context: every unit kind and period (or none), a superior's name, and last year's forms or none. */
const context: fc.Arbitrary<SentenceContext> = fc
  .record({
    kind: fc.constantFrom<string>(...UNIT_KINDS, 'huyện'),
    superior: line,
    year: fc.integer({ min: 2000, max: 2100 }),
    period: fc.option(fc.constantFrom(...PERIODS), { nil: undefined }),
    previous: fc.option(fc.oneof(edgeForms, formsData), { nil: undefined }),
  })
  .map(({ kind, superior, year, period, previous }) => ({
    ubnd: `UBND ${kind}`,
    kind,
    superior,
    year,
    ...(period ? { period } : {}),
    ...(previous ? { previous: { year: year - 1, forms: previous } } : {}),
  }));

function expectSame(data: ReportData, ctx: SentenceContext): void {
  for (const section of NARRATIVE_KEYS) expect([section, generateSentences(data, section, ctx)]).toEqual([section, legacySentences(data, section, ctx)]);
}

/** Every data file of the project: the example, the CLI and version fixtures that are report data. */
function dataFiles(): ReportData[] {
  const root = join(__dirname, '../../..');
  const files = [join(root, 'examples/xa-hoa-phong.json'), ...['tests/fixtures/cli', 'tests/fixtures/versions'].flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.json')).map((f) => join(root, d, f)))];
  return files.flatMap((f) => {
    try {
      const data = JSON.parse(readFileSync(f, 'utf8')) as ReportData;
      return data && typeof data === 'object' && data.forms && data.meta ? [data] : [];
    } catch {
      return [];
    }
  });
}

describe('built-in templates against the legacy wording', () => {
  it('agree on every data file and golden data set, with and without last year', () => {
    const sets = [...dataFiles(), ...Object.values(GOLDEN_DATA).map((d) => d())];
    expect(sets.length).toBeGreaterThan(6);
    for (const data of sets) {
      const ctx = sentenceContext(data);
      expectSame(data, ctx);
      expectSame(data, { ...ctx, previous: { year: ctx.year - 1, forms: SAMPLE_DATA.forms } });
      for (const other of sets) expectSame(data, { ...ctx, previous: { year: ctx.year - 1, forms: other.forms } });
    }
  });

  it('agree on random data that makes the wording choose (empty, 0, 1, equal parts, 100, text)', () => {
    fc.assert(
      fc.property(edgeForms, context, (forms, ctx) => expectSame({ ...SAMPLE_DATA, forms }, ctx)),
      { numRuns: RUNS },
    );
  });

  it('agree on random data as reports hold it', () => {
    fc.assert(
      fc.property(formsData, context, (forms, ctx) => expectSame({ ...SAMPLE_DATA, forms }, ctx)),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  });
});
