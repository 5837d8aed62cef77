// Which communes are consolidated together: one file per commune, all of the same period and year.
import type { Meta, Period } from '../data/types';
import { AGGREGATE_TEXT } from '../i18n/aggregate';

/** One commune's file, as far as grouping needs it. */
export interface GroupedUnit {
  /** What the user called the file (printed in messages and on the `Tổng hợp` sheet). */
  readonly file: string;
  readonly meta: Pick<Meta, 'unit' | 'unitKind' | 'period' | 'year'>;
}

export interface Grouping {
  readonly period: Period;
  readonly year: number;
  /** In the order given. */
  readonly units: readonly GroupedUnit[];
}

export type GroupingProblem =
  | { readonly kind: 'duplicate'; readonly unit: string; readonly files: readonly string[]; readonly message: string }
  | { readonly kind: 'mixed-periods'; readonly files: readonly string[]; readonly message: string }
  | { readonly kind: 'empty'; readonly files: readonly string[]; readonly message: string };

export type GroupingResult =
  | { readonly ok: true; readonly grouping: Grouping }
  | { readonly ok: false; readonly problems: readonly GroupingProblem[] };

// Names compared as a person would: "Hòa Phong" typed with other spacing or case is the same commune.
const norm = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/** Groups the files, or says why they cannot be totalled together (the same commune twice, mixed periods). */
export function groupUnits(units: readonly GroupedUnit[]): GroupingResult {
  const first = units[0];
  if (!first) return { ok: false, problems: [{ kind: 'empty', files: [], message: AGGREGATE_TEXT.grouping.noUnits }] };
  const problems: GroupingProblem[] = [];

  const byPeriod = new Map<string, { label: string; files: string[] }>();
  for (const u of units) {
    const key = `${u.meta.period}:${u.meta.year}`;
    const entry = byPeriod.get(key) ?? { label: AGGREGATE_TEXT.groupingPeriod(u.meta.period, u.meta.year), files: [] };
    entry.files.push(u.file);
    byPeriod.set(key, entry);
  }
  if (byPeriod.size > 1) {
    const groups = [...byPeriod.values()];
    problems.push({
      kind: 'mixed-periods',
      files: units.map((u) => u.file),
      message: AGGREGATE_TEXT.grouping.mixedPeriods(groups.map((g) => AGGREGATE_TEXT.grouping.periodOf(g.label, g.files))),
    });
  }

  const byUnit = new Map<string, { name: string; files: string[] }>();
  for (const u of units) {
    const key = `${u.meta.unitKind}:${norm(u.meta.unit)}:${u.meta.period}:${u.meta.year}`;
    const entry = byUnit.get(key) ?? { name: `${u.meta.unitKind} ${u.meta.unit.trim()}`, files: [] };
    entry.files.push(u.file);
    byUnit.set(key, entry);
  }
  for (const { name, files } of byUnit.values()) {
    if (files.length > 1) problems.push({ kind: 'duplicate', unit: name, files, message: AGGREGATE_TEXT.grouping.duplicate(name, files) });
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, grouping: { period: first.meta.period, year: first.meta.year, units } };
}
