// Properties of consolidation over random communes (fast-check): order does not matter, totals are sums, ratios come from pairs, missing is never zero.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import fc from 'fast-check';
import { consolidate, type ConsolidatedCell } from '../../../src/core/aggregate/consolidate';
import type { CellValue, FormsData } from '../../../src/core/data/types';
import { ratioOf, rowNumber } from '../../../src/core/forms/compute';
import type { FormRow } from '../../../src/core/forms/types';
import { formsOf } from '../../fixtures/report-data-arbitrary';

/** A value one commune may give a row: absent (undefined), null, text typed in a number cell, or a number of the row's kind. */
function valueOf(row: FormRow): fc.Arbitrary<CellValue | undefined> {
  const number: fc.Arbitrary<number> =
    row.kind === 'money'
      ? fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100)
      : row.kind === 'percent'
        ? fc.integer({ min: 0, max: 1000 }).map((n) => n / 10)
        : row.kind === 'code'
          ? fc.constantFrom(...row.codes.map((c) => c.value))
          : fc.integer({ min: 0, max: 5000 });
  return fc.oneof(
    { weight: 6, arbitrary: number },
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant('Văn bản') },
  );
}

const commune: fc.Arbitrary<FormsData> = formsOf(valueOf, true) as fc.Arbitrary<FormsData>;

const communes = fc.array(commune, { maxLength: 8 });
const RUNS = { numRuns: 60 };

const num = (v: CellValue | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const close = (a: number | null, b: number | null): boolean => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-6);

describe('consolidate, over random communes', () => {
  it('does not depend on the order the files come in', () => {
    fc.assert(
      fc.property(
        communes.chain((units) => fc.tuple(fc.constant(units), fc.shuffledSubarray(units, { minLength: units.length, maxLength: units.length }))),
        ([units, shuffled]) => {
          expect(consolidate(shuffled)).toEqual(consolidate(units));
        },
      ),
      RUNS,
    );
  });

  it('totals a count or money row as the sum of the communes that gave a number, and counts them', () => {
    fc.assert(
      fc.property(communes, (units) => {
        const c = consolidate(units);
        for (const form of BUILTIN_CATALOGUE.forms) {
          for (const row of form.rows.filter((r) => r.kind === 'count' || r.kind === 'money')) {
            const given = units.map((u) => num(u[`${form.number}`]?.[row.key])).filter((v): v is number => v !== null);
            const cell = c.forms[form.number]?.[row.key];
            expect(cell?.kind).toBe('total');
            if (cell?.kind !== 'total') return;
            expect(cell.reported).toBe(given.length);
            expect(close(cell.total, given.length ? given.reduce((a, b) => a + b, 0) : null)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('computes a ratio from the part and whole added over the communes that gave both, and counts those communes', () => {
    fc.assert(
      fc.property(communes, (units) => {
        const c = consolidate(units);
        for (const form of BUILTIN_CATALOGUE.forms) {
          for (const row of form.rows) {
            if (row.kind !== 'ratio') continue;
            const pairs = units
              .map((u) => [rowNumber(form.number, row.part, u[`${form.number}`] ?? {}, BUILTIN_CATALOGUE), rowNumber(form.number, row.whole, u[`${form.number}`] ?? {}, BUILTIN_CATALOGUE)] as const)
              .filter((p): p is readonly [number, number] => p[0] !== null && p[1] !== null);
            const cell = c.forms[form.number]?.[row.key];
            expect(cell?.kind).toBe('ratio');
            if (cell?.kind !== 'ratio') return;
            expect(cell.reported).toBe(pairs.length);
            const part = pairs.length ? pairs.reduce((a, p) => a + p[0], 0) : null;
            const whole = pairs.length ? pairs.reduce((a, p) => a + p[1], 0) : null;
            expect(close(cell.part, part)).toBe(true);
            expect(close(cell.whole, whole)).toBe(true);
            expect(cell.value).toBe(ratioOf(cell.part, cell.whole));
            // Where every commune's part is within its whole, the district's ratio cannot pass 100 %.
            if (pairs.every(([p, w]) => p <= w) && cell.value !== null) expect(cell.value).toBeLessThanOrEqual(100);
          }
        }
      }),
      RUNS,
    );
  });

  it('never reads a missing commune or row as zero: a commune with nothing changes no value, only the expected count', () => {
    fc.assert(
      fc.property(communes, fc.nat({ max: 8 }), (units, at) => {
        const before = consolidate(units);
        const withEmpty = [...units.slice(0, at), {}, ...units.slice(at)];
        const after = consolidate(withEmpty);
        expect(after.forms).toEqual(before.forms);
        expect(after.expected).toBe(before.expected + 1);
        // A row nobody gave is empty, not 0.
        const none = consolidate(withEmpty.map(() => ({})));
        for (const form of BUILTIN_CATALOGUE.forms) {
          for (const row of form.rows) {
            const cell: ConsolidatedCell | undefined = none.forms[form.number]?.[row.key];
            if (!cell) continue;
            if (cell.kind === 'total' || cell.kind === 'computed' || cell.kind === 'ratio') expect(cell.kind === 'total' ? cell.total : cell.value).toBeNull();
            if (cell.kind === 'spread') expect([cell.min, cell.mean, cell.max]).toEqual([null, null, null]);
            if (cell.kind !== 'computed') expect(cell.reported).toBe(0);
          }
        }
      }),
      RUNS,
    );
  });
});
