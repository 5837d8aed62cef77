// The level of the body a report goes to ("tỉnh", "huyện"), read from how `meta.superior` is written.
import { DEFAULT_PLACE, placedLabel, superiorLevel } from '../data/place-words';
import type { FormNumber, FormRow } from '../forms/types';
import { AGGREGATE_TEXT } from '../i18n/aggregate';

export { superiorLevel };

/**
 * A row as a text of no single unit prints it (a district's total): the set's label for the superior body's level where it
 * has one ("UBND tỉnh, Chủ tịch UBND tỉnh"), villages and province in the xã's and a province's words.
 */
export function labelForSuperior(_form: FormNumber, row: FormRow, superior: string): string {
  return placedLabel(row, { ...DEFAULT_PLACE, superiorLevel: superiorLevel(superior) });
}

/** A row as printed for a superior of the given level ("tỉnh", or "cấp trên" when the communes' superiors differ); the form's label when null. */
export function labelForLevel(row: FormRow, level: string | null): string {
  return placedLabel(row, { ...DEFAULT_PLACE, superiorLevel: level });
}

/**
 * The level of the body many communes report to, which a consolidated Biểu mẫu 1 row 4 names: theirs when they all name one
 * ("tỉnh" in a 2026 provincial total), else that of `fallback` (the office's own managing body), else "cấp trên".
 */
export function sharedSuperiorLevel(superiors: readonly (string | undefined)[], fallback?: string): string {
  const levels = new Set(superiors.map((s) => (s ? superiorLevel(s) : null)));
  const [only] = levels;
  if (levels.size === 1 && only) return only;
  return (fallback ? superiorLevel(fallback) : null) ?? AGGREGATE_TEXT.report.anySuperior;
}
