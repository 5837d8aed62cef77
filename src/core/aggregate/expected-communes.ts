// The communes expected to report when the office lists them (DOMAIN.md: completeness = reported ÷ expected), one rule for every
// host: `cchc consolidate --expected-list`, the pane's "Các đơn vị phải báo cáo" and the rows of Google Sheets' Danh sách đơn vị.
import { UNIT_KINDS } from '../data/types';
import { unitKey } from '../data/unit-key';
import { unitName, type Candidate } from './grouping';

const kindOf = (key: string): string | undefined => UNIT_KINDS.find((k) => key.startsWith(`${k} `));

/** "xã Hòa Phong" → "hòa phong": a commune's name without its kind, as a list may write it. */
function bareKey(name: string): string {
  const key = unitKey(name);
  const kind = kindOf(key);
  return kind ? key.slice(kind.length + 1) : key;
}

/** Whether a list's entry stands for a commune ("xã Hòa Phong"): its name with or without its kind, in any case or spacing. */
export const isEntryOf = (entry: string, unit: string): boolean => unitKey(entry) === unitKey(unit) || unitKey(entry) === bareKey(unit);

/**
 * The communes a list names, each once, as written first: entries blank once trimmed dropped (a row of Danh sách đơn vị with a
 * link and no name names no commune), a repeat in any case or spacing dropped, and a name without its kind ("Hòa Phong") dropped
 * when the list has it with its kind ("xã Hòa Phong"; with two kinds, both stay and the bare name goes).
 */
export function listedCommunes(list: readonly string[]): string[] {
  const entries = list.map((raw) => raw.normalize('NFC').trim().replace(/\s+/g, ' ')).filter((e) => e !== '');
  const withKind = entries.filter((e) => kindOf(unitKey(e)) !== undefined);
  const out: string[] = [];
  for (const entry of entries) {
    const key = unitKey(entry);
    if (kindOf(key) === undefined && withKind.some((w) => bareKey(w) === key)) continue;
    if (!out.some((e) => unitKey(e) === key)) out.push(entry);
  }
  return out;
}

/**
 * Whether a file that named no commune (unreadable) was sent for a listed entry: its name, without folders and without its
 * extension, is the entry ("nop/Kim Sơn.xlsx", or on Sheets the row's label "Kim Sơn", for "Kim Sơn").
 */
export function isFileOf(entry: string, file: string): boolean {
  const name = file.split(/[\\/]/).pop() ?? file;
  return unitKey(entry) === unitKey(name.replace(/\.(xlsx|json)$/i, ''));
}

/** The commune a file stands for: the one its data names (accepted, or rejected after naming it), null when it named none. */
export const communeOf = (c: Candidate): string | null => ('rejected' in c ? c.rejected.unit : unitName(c.unit.meta));

export interface ExpectedCommunes {
  /** The list, each commune once (listedCommunes). */
  readonly listed: readonly string[];
  /** Communes a file stands for that no entry stands for: totalled, counted as expected, and named by the host. */
  readonly notListed: readonly string[];
  /** The communes expected: those listed and those not listed. */
  readonly expected: number;
}

/**
 * The communes expected when the office lists them: each listed commune once, and every commune a file stands for that the
 * list lacks. A file stands for the commune its data names — never for its file name, nor for the label of the row it was read
 * from: a row of Danh sách đơn vị whose spreadsheet names another commune leaves its own commune unreported, and the other
 * commune not listed. A file that named no commune (unreadable) adds no commune; screening counts it (screenedTotals).
 */
export function expectedCommunes(list: readonly string[], candidates: readonly Candidate[]): ExpectedCommunes {
  const listed = listedCommunes(list);
  const notListed: string[] = [];
  for (const c of candidates) {
    const unit = communeOf(c);
    if (unit === null || listed.some((e) => isEntryOf(e, unit)) || notListed.some((n) => unitKey(n) === unitKey(unit))) continue;
    notListed.push(unit);
  }
  return { listed, notListed, expected: listed.length + notListed.length };
}
