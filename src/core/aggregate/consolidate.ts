// Consolidation of many communes' form data, as DHIS2 aggregates indicators: add, then recompute ratios.
import type { FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import { computeForm, ratioOf, roundHalfAway, rowNumber } from '../forms/compute';
import type { FormNumber, FormRow, RatioRow } from '../forms/types';
import type { FormsData } from '../data/types';

/** A count or money row: the total of the communes that reported it. */
export interface TotalCell {
  readonly kind: 'total';
  readonly total: number | null;
  readonly reported: number;
}
/** A sum row: recomputed from the added totals. */
export interface ComputedCell {
  readonly kind: 'computed';
  readonly value: number | null;
}
/**
 * A ratio row: part and whole added over the communes that gave both (a part without its whole would push
 * the ratio past 100 %), then divided — never an average of ratios; `reported` counts those communes.
 */
export interface RatioCell {
  readonly kind: 'ratio';
  readonly value: number | null;
  /** The added part and whole; null when no commune gave both. */
  readonly part: number | null;
  readonly whole: number | null;
  readonly reported: number;
}
/** A code row: how many communes answered each code. */
export interface CodeCountCell {
  readonly kind: 'codes';
  readonly counts: Readonly<Record<number, number>>;
  readonly reported: number;
}
/** An entered percent: spread across the communes that reported it. */
export interface SpreadCell {
  readonly kind: 'spread';
  readonly min: number | null;
  readonly mean: number | null;
  readonly max: number | null;
  readonly reported: number;
}
export type ConsolidatedCell = TotalCell | ComputedCell | RatioCell | CodeCountCell | SpreadCell;

export interface Consolidated {
  /** Communes expected (every input given, reported or not). */
  readonly expected: number;
  readonly forms: Readonly<Record<FormNumber, Readonly<Record<string, ConsolidatedCell>>>>;
}

const numberOf = (forms: FormsData, form: FormNumber, key: string): number | null => {
  const v = forms[`${form}`]?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

function inputCell(row: FormRow, form: FormNumber, units: readonly FormsData[]): ConsolidatedCell | null {
  const values = units.map((u) => numberOf(u, form, row.key)).filter((v): v is number => v !== null);
  switch (row.kind) {
    case 'count':
    case 'money':
      return {
        kind: 'total',
        total: values.length ? roundHalfAway(values.reduce((a, b) => a + b, 0), 6) : null,
        reported: values.length,
      };
    case 'code': {
      const counts: Record<number, number> = {};
      for (const c of row.codes) counts[c.value] = 0;
      for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
      return { kind: 'codes', counts, reported: values.length };
    }
    case 'percent':
      return values.length
        ? {
            kind: 'spread',
            min: Math.min(...values),
            mean: roundHalfAway(values.reduce((a, b) => a + b, 0) / values.length, 1),
            max: Math.max(...values),
            reported: values.length,
          }
        : { kind: 'spread', min: null, mean: null, max: null, reported: 0 };
    default:
      return null;
  }
}

/** A ratio from pairs: each commune's part and whole (computed rows computed for it), added where both are there. */
function ratioCell(row: RatioRow, form: FormNumber, units: readonly FormsData[], catalogue: FormCatalogue): RatioCell {
  let part = 0;
  let whole = 0;
  let reported = 0;
  for (const u of units) {
    const values = u[`${form}`] ?? {};
    const p = rowNumber(form, row.part, values, catalogue, u);
    const w = rowNumber(form, row.whole, values, catalogue, u);
    if (p === null || w === null) continue;
    part += p;
    whole += w;
    reported++;
  }
  if (reported === 0) return { kind: 'ratio', value: null, part: null, whole: null, reported: 0 };
  const [p, w] = [roundHalfAway(part, 6), roundHalfAway(whole, 6)];
  return { kind: 'ratio', value: ratioOf(p, w), part: p, whole: w, reported };
}

/**
 * Totals many communes: counts and money add over the communes that reported them; ratios and sums are
 * recomputed from the added parts (ratios from the communes that gave both part and whole; empty where
 * the added whole is 0 or empty); codes become counts per
 * code; entered percents become min / mean / max. A commune that has not reported a row is missing
 * from that row's `reported`, never a zero; one that sent no file at all counts in `options.expected`.
 */
export interface ConsolidateOptions {
  /** Communes expected to report (the grouping's size); defaults to the number of units given. */
  readonly expected?: number;
}

export function consolidate(units: readonly FormsData[], options: ConsolidateOptions = {}, catalogue: FormCatalogue = BUILTIN_CATALOGUE): Consolidated {
  const out = {} as Record<FormNumber, Record<string, ConsolidatedCell>>;
  for (const form of catalogue.forms) {
    const cells: Record<string, ConsolidatedCell> = {};
    for (const row of form.rows) {
      const cell = inputCell(row, form.number, units);
      if (cell) cells[row.key] = cell;
    }
    // Sums recomputed from the added totals, ratios from pair totals, by the same computation as a commune's own (forms/compute).
    const totals: Record<string, number> = {};
    for (const [key, c] of Object.entries(cells)) if (c.kind === 'total' && c.total !== null) totals[key] = c.total;
    const computed = computeForm(form.number, totals, catalogue);
    for (const row of form.rows) {
      if (row.kind === 'sum') cells[row.key] = { kind: 'computed', value: computed[row.key] ?? null };
      else if (row.kind === 'ratio') cells[row.key] = ratioCell(row, form.number, units, catalogue);
    }
    out[form.number] = cells;
  }
  // Fewer expected than given would make completeness exceed 100 %: the given units are a floor.
  return { expected: Math.max(units.length, options.expected ?? units.length), forms: out };
}

/** Share of communes that reported a row, 0–100 with one decimal; null when none was expected. */
export function completeness(cell: ConsolidatedCell, expected: number): number | null {
  // A ratio's completeness is the communes that gave both its part and whole.
  if (cell.kind === 'computed' || expected === 0) return null;
  return roundHalfAway((cell.reported / expected) * 100, 1);
}
