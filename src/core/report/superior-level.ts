// The level of the body a report goes to ("tỉnh", "huyện"), read from how `meta.superior` is written.
import type { FormNumber, FormRow } from '../forms/types';
import { AGGREGATE_TEXT } from '../i18n/aggregate';
import { COMMON_TEXT } from '../i18n/common';

/** Level words as they are written in a body's name, longest first ("thị xã" before "xã"). */
const LEVELS = ['thành phố', 'thị xã', 'tỉnh', 'huyện', 'quận'] as const;
/** What a body's name may start with before its level: "UBND", "Ủy ban nhân dân". */
const PREFIX = /^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+/u;

/**
 * "UBND tỉnh Quảng Ngãi" → "tỉnh", "UBND thành phố Hải Phòng" → "thành phố", "UBND huyện Bình
 * Giang" → "huyện"; null when the name does not start with a level (then labels keep the form's own words).
 */
export function superiorLevel(superior: string): string | null {
  const name = superior.normalize('NFC').trim().toLocaleLowerCase('vi').replace(PREFIX, '');
  return LEVELS.find((l) => name === l || name.startsWith(`${l} `)) ?? null;
}

/** A row as the report prints it: the set's label for the superior body's level where it has one ("UBND tỉnh, Chủ tịch UBND tỉnh"). */
export function labelForSuperior(_form: FormNumber, row: FormRow, superior: string): string {
  return labelForLevel(row, superiorLevel(superior));
}

/** A row as printed for a superior of the given level ("tỉnh", or "cấp trên" when the communes' superiors differ); the form's label when null. */
export function labelForLevel(row: FormRow, level: string | null): string {
  return row.labelBySuperior && level ? row.labelBySuperior.split(COMMON_TEXT.rowPlaceholders.superiorLevel).join(level) : row.label;
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
