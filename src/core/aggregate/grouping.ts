// Which files are consolidated together: one per commune, all of one period and year; every other file rejected with its reason, all in one pass.
import type { Meta, Period } from '../data/types';
import { unitKey } from '../data/unit-key';
import { comparePeriods, type PeriodOfYear } from '../carry/period-order';
import { AGGREGATE_TEXT } from '../i18n/aggregate';

/** One commune's file, as far as grouping needs it. */
export interface GroupedUnit {
  /** What the user called the file (printed in messages and on the `Tổng hợp` sheet). */
  readonly file: string;
  /** `superior`: the body the commune reports to ("UBND tỉnh Ninh Bình"), when the file says it. */
  readonly meta: Pick<Meta, 'unit' | 'unitKind' | 'period' | 'year'> & { readonly superior?: string };
  /** Input rows the file reported (for the list of communes); absent when not counted. */
  readonly rowsReported?: number;
}

/** Why a file is left out: it could not be read or is not ours, its data has errors, its header is incomplete, its commune came twice, its period differs, or it follows another form set. */
export type RejectionKind = 'unreadable' | 'errors' | 'no-header' | 'duplicate' | 'other-period' | 'other-set';

export interface RejectedFile {
  readonly file: string;
  readonly kind: RejectionKind;
  /** "xã Hòa Phong" when the file said which commune it is, else null. */
  readonly unit: string | null;
  /** One Vietnamese sentence: why (without the file name). */
  readonly reason: string;
  /** Lines under the reason (the findings of a file with errors). */
  readonly details: readonly string[];
}

/** What one file turned out to be before grouping: a commune's data, or already rejected (unreadable, errors, no header). */
export type Candidate =
  | { readonly file: string; readonly unit: GroupedUnit }
  | { readonly file: string; readonly rejected: RejectedFile };

export interface Grouping {
  readonly period: Period;
  readonly year: number;
  /** The accepted communes, in the order given. */
  readonly units: readonly GroupedUnit[];
  /** Every file left out, in the order given (empty when all were accepted). */
  readonly rejected: readonly RejectedFile[];
}

export interface Screening {
  /** Null when no file was accepted (the period is then unknown). */
  readonly grouping: Grouping | null;
  /** Every file left out, in the order given. */
  readonly rejected: readonly RejectedFile[];
  /**
   * Lines about the set as a whole, for the terminal: a tie that decided the form set (given to screenFiles), which file has
   * which period, a tie that decided the period. Each host shows them with the rejections.
   */
  readonly notes: readonly string[];
  /** The lines of `notes` telling that a tie decided the form set or the period (also in `notes`); empty without a tie. */
  readonly ties: readonly string[];
  /** Communes the files stand for: a commune whose name came in several files counts once, a file that named none as one. */
  readonly units: number;
  /** Files that could be read at all. */
  readonly readable: number;
}

// Names compared as a person would (data/unit-key), here for the grouping's callers too.
export { unitKey };

export const unitName = (meta: Pick<Meta, 'unit' | 'unitKind'>): string => `${meta.unitKind} ${meta.unit.normalize('NFC').trim().replace(/\s+/g, ' ')}`;

/**
 * Screens the files: the period is the one most files have, a tie going to the latest of the tied periods (year, then
 * Q1 < H1 < Q3 < Y: an older file is likelier a leftover), whatever the order of the files, and said in a line of `notes`;
 * a file of another period is rejected, and so is every file of a commune that came more than once (which of them is right
 * is the office's call, not ours). Reasons are collected for all files, never stopping at the first. `setTies`: the line
 * saying a tie decided the form set the files are read by (byMostFollowedSet), first among the notes. `wanted`: for last
 * year's files (the district's comparison), the periods that can be compared with this year's (the same period of an
 * earlier year); a tie goes to one of them before any other, the latest of them.
 */
export function screenFiles(candidates: readonly Candidate[], setTies: readonly string[] = [], wanted?: (p: PeriodOfYear) => boolean): Screening {
  const rejectedAt = new Map<number, RejectedFile>();
  const notes: string[] = [];
  const units: { i: number; unit: GroupedUnit }[] = [];
  candidates.forEach((c, i) => {
    if ('rejected' in c) rejectedAt.set(i, c.rejected);
    else units.push({ i, unit: c.unit });
  });

  // The period: the most frequent, a tie going to the latest (never to the first file's: the order does not decide).
  const byPeriod = new Map<string, { period: Period; year: number; files: string[] }>();
  for (const { unit } of units) {
    const key = `${unit.meta.period}:${unit.meta.year}`;
    const entry = byPeriod.get(key) ?? { period: unit.meta.period, year: unit.meta.year, files: [] };
    entry.files.push(unit.file);
    byPeriod.set(key, entry);
  }
  // Of two tied periods, the later comes first, and a wanted one before any other.
  const before = (a: PeriodOfYear, b: PeriodOfYear): boolean => {
    const wa = wanted?.(a) === true;
    const wb = wanted?.(b) === true;
    return wa !== wb ? wa : comparePeriods(a, b) > 0;
  };
  let chosen: { period: Period; year: number; files: string[] } | undefined;
  for (const e of byPeriod.values()) {
    if (!chosen || e.files.length > chosen.files.length || (e.files.length === chosen.files.length && before(e, chosen))) chosen = e;
  }
  const ties = [...setTies];
  if (byPeriod.size > 1 && chosen) {
    notes.push(
      AGGREGATE_TEXT.grouping.mixedPeriods([...byPeriod.values()].map((g) => AGGREGATE_TEXT.grouping.periodOf(AGGREGATE_TEXT.groupingPeriod(g.period, g.year), g.files))),
    );
    const most = chosen.files.length;
    // The tied periods, the earliest first, as the line names them.
    const tied = [...byPeriod.values()].filter((g) => g.files.length === most).sort(comparePeriods);
    if (tied.length > 1) {
      const line = AGGREGATE_TEXT.grouping.periodTie(
        tied.map((g) => AGGREGATE_TEXT.groupingPeriod(g.period, g.year)),
        most,
        AGGREGATE_TEXT.groupingPeriod(chosen.period, chosen.year),
        wanted?.(chosen) === true,
      );
      ties.push(line);
      notes.push(line);
    }
  }

  const inPeriod: { i: number; unit: GroupedUnit }[] = [];
  for (const u of units) {
    if (chosen && (u.unit.meta.period !== chosen.period || u.unit.meta.year !== chosen.year)) {
      rejectedAt.set(u.i, {
        file: u.unit.file,
        kind: 'other-period',
        unit: unitName(u.unit.meta),
        reason: AGGREGATE_TEXT.grouping.otherPeriod(
          AGGREGATE_TEXT.groupingPeriod(u.unit.meta.period, u.unit.meta.year),
          AGGREGATE_TEXT.groupingPeriod(chosen.period, chosen.year),
        ),
        details: [],
      });
    } else inPeriod.push(u);
  }

  const byUnit = new Map<string, { i: number; unit: GroupedUnit }[]>();
  for (const u of inPeriod) {
    const key = `${u.unit.meta.unitKind}:${unitKey(u.unit.meta.unit)}`;
    byUnit.set(key, [...(byUnit.get(key) ?? []), u]);
  }
  const accepted: { i: number; unit: GroupedUnit }[] = [];
  for (const same of byUnit.values()) {
    const first = same[0];
    if (!first) continue;
    if (same.length === 1) {
      accepted.push(first);
      continue;
    }
    const name = unitName(first.unit.meta);
    const files = same.map((u) => u.unit.file);
    for (const u of same) {
      rejectedAt.set(u.i, { file: u.unit.file, kind: 'duplicate', unit: name, reason: AGGREGATE_TEXT.grouping.duplicate(name, files), details: [] });
    }
  }
  accepted.sort((a, b) => a.i - b.i);

  const rejected = [...rejectedAt.entries()].sort(([a], [b]) => a - b).map(([, r]) => r);
  const grouping: Grouping | null =
    chosen && accepted.length > 0 ? { period: chosen.period, year: chosen.year, units: accepted.map((a) => a.unit), rejected } : null;
  const readable = candidates.filter((c) => !('rejected' in c) || c.rejected.kind !== 'unreadable').length;
  // A commune counts once however many of its files came (accepted, rejected for errors, or duplicates); a file that named no commune counts as one.
  const named = new Set<string>();
  let unnamed = 0;
  for (const c of candidates) {
    const name = 'rejected' in c ? c.rejected.unit : unitName(c.unit.meta);
    if (name === null) unnamed++;
    else named.add(unitKey(name));
  }
  return { grouping, rejected, notes: [...setTies, ...notes], ties, units: named.size + unnamed, readable };
}
