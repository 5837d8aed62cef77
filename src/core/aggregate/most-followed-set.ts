// Which set a district's files are totalled by when none is given — this year's (`cchc consolidate`, the pane's Tổng hợp) and
// last year's (their comparison) alike — decided from all of them whatever their order, and each file of another set rejected
// as such, in every host that reads them.
import type { FormsData } from '../data/types';
import type { FormSetDef, FormSetIdentity } from '../forms/form-set';
import { sameSet, setLabel } from '../forms/choose-form-set';
import { otherSetCandidate } from './candidate';
import { AGGREGATE_TEXT } from '../i18n/aggregate';
import { unitName, type Candidate } from './grouping';

/** One file read by its own set (ownSet: the one its workbook carries, else the one its data names). */
export interface OwnSetRead {
  readonly candidate: Candidate;
  /** The forms to total when the file is accepted by its own set; null when rejected. */
  readonly forms: FormsData | null;
  /** The set it was read by; null when it could not be read at all (then it follows no set). */
  readonly set: FormSetDef | null;
  /**
   * True when it could not be read for a reason no form set changes — no bytes, neither a workbook nor JSON — so that it is
   * never read again by another set (readAgainUnread, readAgainByCarried): its reason stands as first given.
   */
  readonly final?: boolean;
}

/**
 * The sets data may name besides the built-in one: `known`, then those the files' workbooks carry (`reads`) that `known`
 * lacks, so that data naming the set of a workbook among the files is read by it whichever comes first.
 */
export function setsWithCarried(known: readonly FormSetDef[], reads: readonly OwnSetRead[]): readonly FormSetDef[] {
  const out = [...known];
  for (const { set } of reads) if (set && !out.some((s) => sameSet(s, set))) out.push(set);
  return out;
}

/**
 * `reads` with each file no set could read (its set null) replaced by `again` of it, in order; the others as they are, and so
 * is one no set could ever read (`final`: no bytes, neither a workbook nor JSON).
 */
export async function readAgainUnread<R extends OwnSetRead>(reads: readonly R[], again: (read: R, index: number) => Promise<R>): Promise<R[]> {
  const out = [...reads];
  for (const [i, r] of reads.entries()) if (r.set === null && r.final !== true) out[i] = await again(r, i);
  return out;
}

/**
 * The files no set could read read again by the sets the files' workbooks carry besides `known` (setsWithCarried), so that
 * the order of the files does not decide whether data naming such a set is read; `reads` as they are when the workbooks carry
 * none `known` lacks. This year's files and last year's alike, in every host.
 */
export async function readAgainByCarried<R extends OwnSetRead>(
  reads: readonly R[],
  known: readonly FormSetDef[],
  again: (read: R, index: number, sets: readonly FormSetDef[]) => Promise<R>,
): Promise<R[]> {
  const more = setsWithCarried(known, reads);
  return more.length > known.length ? readAgainUnread(reads, (r, i) => again(r, i, more)) : [...reads];
}

/**
 * The order a tie of files between sets is decided by, whatever the order of the files: by code (Mã bộ biểu mẫu) as a person
 * reads it (letters without regard to case, then as written), the newer version of the same code first. Negative when `a`
 * comes first.
 */
export function compareTiedSets(a: FormSetIdentity, b: FormSetIdentity): number {
  const byText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return byText(a.id.toLowerCase(), b.id.toLowerCase()) || byText(a.id, b.id) || b.version - a.version;
}

/**
 * The sets most of the readable files follow, each as many (`files`), in the order a tie is decided by (compareTiedSets):
 * one set when none ties with it, none when no file is readable.
 */
function mostFollowed(reads: readonly OwnSetRead[]): { readonly sets: readonly FormSetDef[]; readonly files: number } {
  const counts: { set: FormSetDef; files: number }[] = [];
  for (const { set } of reads) {
    if (!set) continue;
    const seen = counts.find((c) => sameSet(c.set, set));
    if (seen) seen.files++;
    else counts.push({ set, files: 1 });
  }
  const files = Math.max(0, ...counts.map((c) => c.files));
  return { sets: counts.filter((c) => c.files === files).map((c) => c.set).sort(compareTiedSets), files };
}

/**
 * The set the files are totalled by: the one most of the readable files follow, a tie going to the first of the tied sets
 * by code, the newer version of the same code first (compareTiedSets); null when none is readable. Independent of the order
 * of the files.
 */
export function mostFollowedSet(reads: readonly OwnSetRead[]): FormSetDef | null {
  return mostFollowed(reads).sets[0] ?? null;
}

/**
 * The line saying a tie decided the set the files are totalled by (mostFollowedSet), in the words of their year, `hint`
 * telling how the host chooses another set (the CLI's --forms); none without a tie.
 */
export function setTieLines(reads: readonly OwnSetRead[], year: FilesYear, hint?: string): readonly string[] {
  const { sets, files } = mostFollowed(reads);
  const [chosen] = sets;
  if (!chosen || sets.length < 2) return [];
  return [AGGREGATE_TEXT.grouping.setTie(sets.map(setLabel), files, setLabel(chosen), year === 'last', hint)];
}

/** The commune a candidate names, accepted or rejected; null when it names none. */
const unitOf = (c: Candidate): string | null => ('unit' in c ? unitName(c.unit.meta) : c.rejected.unit);

/** A file of last year that follows another set than the one last year's files are totalled by: `set` and `chosen` are their labels. */
export function lastYearOtherSetCandidate(file: string, unit: string | null, set: string, chosen: string): Candidate {
  return { file, rejected: { file, kind: 'other-set', unit, reason: AGGREGATE_TEXT.grouping.lastYearOtherSet(set, chosen), details: [] } };
}

/** Whose files they are: this year's, a file of another set rejected as not of the set being consolidated; or last year's. */
export type FilesYear = 'this' | 'last';

/**
 * The files as they are screened: those of the set they are totalled by (mostFollowedSet) as read; each of another set
 * rejected naming both sets in the words of their year (otherSetCandidate, lastYearOtherSetCandidate), its forms left out; an
 * unreadable one as read. `totalled`: the reads whose forms are kept, in the order given. `ties`: the line saying a tie decided
 * the set (setTieLines, `hint` the host's way to choose another), for screenFiles to put among its notes; empty without a tie.
 */
export function byMostFollowedSet<R extends OwnSetRead>(
  reads: readonly R[],
  year: FilesYear,
  hint?: string,
): {
  readonly set: FormSetDef | null;
  readonly candidates: readonly Candidate[];
  readonly forms: ReadonlyMap<string, FormsData>;
  readonly totalled: readonly R[];
  readonly ties: readonly string[];
} {
  const set = mostFollowedSet(reads);
  const forms = new Map<string, FormsData>();
  const totalled: R[] = [];
  const other = year === 'this' ? otherSetCandidate : lastYearOtherSetCandidate;
  const candidates = reads.map((r) => {
    if (set && r.set && !sameSet(r.set, set)) return other(r.candidate.file, unitOf(r.candidate), setLabel(r.set), setLabel(set));
    if (r.forms) {
      forms.set(r.candidate.file, r.forms);
      totalled.push(r);
    }
    return r.candidate;
  });
  return { set, candidates, forms, totalled, ties: setTieLines(reads, year, hint) };
}
