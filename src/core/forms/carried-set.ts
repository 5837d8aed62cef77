// The form set a workbook carries: its identity and whole definition in a hidden sheet's named cells, which Excel, LibreOffice, Google Sheets and the light reader all keep.
import { FORMSET_TEXT } from '../i18n/form-sets';
import type { FormSetDef, FormSetIdentity } from './form-set';
import type { SheetPlan, PlanValue } from '../layout/types';

/** The hidden sheet's name (after the template's own sheets, as CONTRACTS.md allows). */
export const CARRIED_SET_SHEET = FORMSET_TEXT.carried.sheet;
export const CARRIED_SET_ID_NAME = 'CCHC_FORMSET_ID';
export const CARRIED_SET_VERSION_NAME = 'CCHC_FORMSET_VERSION';
export const CARRIED_SET_CHECK_NAME = 'CCHC_FORMSET_CHECK';
export const CARRIED_SET_PARTS_NAME = 'CCHC_FORMSET_PARTS';
/** Part i (from 1) of the set's JSON. */
export const carriedPartName = (i: number): string => `CCHC_FORMSET_${i}`;

/** Characters per cell: under Excel's 32,767 (Google Sheets holds 50,000). */
export const CARRIED_PART_LENGTH = 30_000;

/** FNV-1a over the UTF-16 code units, as 8 hex digits: tells an edited or truncated copy from the one written, cheaply and without a library. */
export function carriedChecksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * A character a part should neither start nor end with: a host may take a text starting with = + - @
 * for a formula (Excel fails a long one: OfficeDev/office-js#3256) or a leading apostrophe for its
 * text prefix, and a space at either end is what a person's or a host's trimming would lose.
 */
const RISKY_EDGE = /[\s=+\-@']/;

/** The JSON cut into parts a cell holds; never splits a surrogate pair, and moves a cut off a risky edge. */
function parts(json: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < json.length) {
    let end = Math.min(at + CARRIED_PART_LENGTH, json.length);
    if (end < json.length && isHighSurrogate(json.charCodeAt(end - 1))) end -= 1;
    if (end < json.length) {
      let cut = end;
      const risky = (i: number): boolean => RISKY_EDGE.test(json.charAt(i));
      while (cut > at + CARRIED_PART_LENGTH / 2 && (isHighSurrogate(json.charCodeAt(cut - 1)) || risky(cut) || risky(cut - 1))) cut -= 1;
      // A part of risky characters only (never in a real set) keeps the plain cut.
      if (cut > at + CARRIED_PART_LENGTH / 2) end = cut;
    }
    out.push(json.slice(at, end));
    at = end;
  }
  return out;
}

/**
 * The hidden, protected sheet carrying `def`: a line saying what it is, then the identity, the
 * checksum, the number of parts and the parts, each in a named cell of column B.
 */
export function carriedSetSheet(def: FormSetDef): SheetPlan {
  const json = JSON.stringify(def);
  const chunks = parts(json);
  const T = FORMSET_TEXT.carried;
  const rows: [string, PlanValue][] = [
    [T.what, null],
    [T.idLabel, def.id],
    [T.versionLabel, def.version],
    [T.checkLabel, carriedChecksum(json)],
    [T.partsLabel, chunks.length],
    ...chunks.map((c, i): [string, PlanValue] => [T.partLabel(i + 1), c]),
  ];
  const names = [CARRIED_SET_ID_NAME, CARRIED_SET_VERSION_NAME, CARRIED_SET_CHECK_NAME, CARRIED_SET_PARTS_NAME, ...chunks.map((_, i) => carriedPartName(i + 1))];
  return {
    name: CARRIED_SET_SHEET,
    rows: rows.length,
    columns: 2,
    values: rows.map(([label, value]) => [label, value]),
    formulas: rows.map(() => [null, null]),
    // Text, so that no host reads a version, a checksum of digits or a part as a number or a date.
    numberFormats: rows.map((_, i) => ['@', i === 2 || i === 4 ? '0' : '@']),
    merges: [],
    columnWidths: [28, 60],
    styles: [],
    inputs: [],
    validations: [],
    names: names.map((name, i) => ({ name, cell: `B${i + 2}` })),
    protect: true,
    print: { paperSize: 'A4', orientation: 'portrait', fitToWidth: true, margins: { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 } },
    hidden: true,
  };
}

/** A carried set that cannot be used: edited by hand, cut short, or not a set at all. */
export class CarriedSetError extends Error {
  override readonly name = 'CarriedSetError';
}

/** The identity a workbook's named cells carry, or null when it carries none (the built-in set). */
export function carriedIdentity(values: Readonly<Record<string, unknown>>): FormSetIdentity | null {
  const id = values[CARRIED_SET_ID_NAME];
  if (id === undefined || id === null || id === '') return null;
  const version = Number(values[CARRIED_SET_VERSION_NAME]);
  return { id: String(id), version };
}

/**
 * The set a workbook carries, from its named cells, or null when it carries none. The parts must
 * add up to what was written (checksum): the set was checked before the workbook was laid out, so
 * an intact copy needs neither zod nor the checker again (`cchc check` stays fast).
 */
export function readCarriedSet(values: Readonly<Record<string, unknown>>): FormSetDef | null {
  const identity = carriedIdentity(values);
  if (!identity) return null;
  const T = FORMSET_TEXT.carried;
  const count = Number(values[CARRIED_SET_PARTS_NAME]);
  if (!Number.isInteger(count) || count < 1) throw new CarriedSetError(T.damaged(identity.id));
  let json = '';
  for (let i = 1; i <= count; i++) {
    const part = values[carriedPartName(i)];
    if (typeof part !== 'string') throw new CarriedSetError(T.damaged(identity.id));
    json += part;
  }
  if (carriedChecksum(json) !== String(values[CARRIED_SET_CHECK_NAME] ?? '')) throw new CarriedSetError(T.damaged(identity.id));
  let def: FormSetDef;
  try {
    def = JSON.parse(json) as FormSetDef;
  } catch {
    throw new CarriedSetError(T.damaged(identity.id));
  }
  if (def.id !== identity.id || def.version !== identity.version) throw new CarriedSetError(T.damaged(identity.id));
  return def;
}
