// The note on a carried cell: written with the value as carried, read back to tell whether someone has edited the cell since.
import type { CellValue } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import { definedName } from '../forms/catalogue';
import { CARRY_TEXT } from '../i18n/carry';
import { COMMON_TEXT } from '../i18n/common';
import { hostValue } from '../read/host-value';

/** Defined names of every form cell a carry may fill and note (standing rows and the year's plan). */
export function carriedNames(catalogue: FormCatalogue = BUILTIN_CATALOGUE): readonly string[] {
  return [...catalogue.standing, ...catalogue.yearPlan].map((r) => definedName(r.form, r.key));
}

/**
 * A value as the note records it and as it is compared later: numbers in Vietnamese notation with
 * every decimal they have (never rounded, or an edit in the third decimal would go unseen), text as typed.
 */
export function carriedShown(value: CellValue): string {
  return typeof value === 'number' ? COMMON_TEXT.formatNumber(value, 10) : (value ?? '').trim();
}

/** The note written on a cell carried from the report named `from` ("Quý I năm 2025"). */
export function carryNote(from: string, value: CellValue): string {
  return CARRY_TEXT.note(from, carriedShown(value));
}

/** The value recorded in a carry note, or null when the note is not one of ours (a person's own note is never touched). */
export function carriedValueOfNote(note: string): string | null {
  const text = note.normalize('NFC');
  if (!text.startsWith(CARRY_TEXT.notePrefix)) return null;
  const at = text.lastIndexOf(CARRY_TEXT.noteValueMarker);
  return at < 0 ? null : text.slice(at + CARRY_TEXT.noteValueMarker.length).trim();
}

/**
 * Whether a carry note no longer describes its cell: the cell now holds something other than the
 * value carried (edited, or emptied). Hosts cannot rely on a change event in every spreadsheet
 * (Excel's onChanged fires only while the pane is open; Apps Script's simple onEdit has no
 * rights to other files), so the note keeps the carried value and this comparison decides.
 */
export function isStaleCarryNote(note: string, cell: unknown): boolean {
  const recorded = carriedValueOfNote(note);
  if (recorded === null) return false;
  const h = hostValue(cell);
  const now = h.kind === 'number' ? carriedShown(h.value) : h.kind === 'text' ? carriedShown(h.value) : h.kind === 'empty' ? '' : String(cell);
  return now !== recorded;
}
