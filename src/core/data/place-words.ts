// The words a report uses for its place: the unit's name as written ("xã Hòa Phong", "Phường 12"), what it calls its villages, what its province is called.
import { COMMON_TEXT } from '../i18n/common';
import type { FormRow } from '../forms/types';
import type { Meta, UnitKind } from './types';
import { UNIT_KINDS } from './types';

/** The words that follow from where the unit is (DOMAIN.md, "What a signed report may not say"). */
export interface PlaceWords {
  /** What the unit calls its villages: "thôn" (xã), "tổ dân phố" (phường, thị trấn). */
  readonly village: string;
  /** "tỉnh", or "thành phố" for a centrally-run city: "của tỉnh" / "của thành phố". */
  readonly provinceKind: string;
  /** The level of the body the report goes to ("tỉnh", "huyện", "thành phố"), null when its name does not say. */
  readonly superiorLevel: string | null;
}

const fold = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('vi').replace(/\s+/gu, ' ');

/** Level words as they are written in a body's name, longest first ("thị xã" before "xã"). */
const LEVELS = ['thành phố', 'thị xã', 'tỉnh', 'huyện', 'quận'] as const;
/** What a body's name may start with before its level: "UBND", "Ủy ban nhân dân". */
const BODY_PREFIX = /^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+/u;
const CITIES = new Set(COMMON_TEXT.centralCities.map(fold));

/**
 * "UBND tỉnh Quảng Ngãi" → "tỉnh", "UBND thành phố Hải Phòng" → "thành phố", "UBND huyện Bình
 * Giang" → "huyện"; null when the name does not start with a level.
 */
export function superiorLevel(superior: string): string | null {
  const name = fold(superior).replace(BODY_PREFIX, '');
  return LEVELS.find((l) => name === l || name.startsWith(`${l} `)) ?? null;
}

/** Whether a province's name (with or without "thành phố"/"tỉnh" before it) is one of the six centrally-run cities. */
export function isCentralCity(name: string): boolean {
  const n = fold(name).replace(BODY_PREFIX, '');
  return CITIES.has(n) || CITIES.has(n.replace(/^(thành phố|tỉnh|tp\.?)\s*/u, ''));
}

/**
 * The province's word: "thành phố" when `province` names a centrally-run city, or, with no province given, when the
 * body above is "UBND thành phố <one of them>"; "tỉnh" otherwise (a city under a province is not the province).
 */
export function provinceKindOf(meta: Pick<Meta, 'province' | 'superior'>): string {
  const { province, superior } = meta;
  const { city, province: tinh } = COMMON_TEXT.provinceKinds;
  if (province?.trim()) return isCentralCity(province) ? city : tinh;
  const name = fold(superior).replace(BODY_PREFIX, '');
  return name.startsWith('thành phố ') && isCentralCity(name) ? city : tinh;
}

const isUnitKind = (k: string): k is UnitKind => (UNIT_KINDS as readonly string[]).includes(k);

/** What a unit of a kind calls its villages; a text of no single kind (a district's) uses the xã's word. */
export const villageOf = (kind: string): string => COMMON_TEXT.villageWords[isUnitKind(kind) ? kind : 'xã'];

export function placeWords(meta: Pick<Meta, 'unitKind' | 'province' | 'superior'>): PlaceWords {
  return { village: villageOf(meta.unitKind), provinceKind: provinceKindOf(meta), superiorLevel: superiorLevel(meta.superior) };
}

/** The words of a text that knows no unit (the empty template, a set's own check): the xã's, a province's. */
export const DEFAULT_PLACE: PlaceWords = { village: COMMON_TEXT.villageWords.xã, provinceKind: COMMON_TEXT.provinceKinds.province, superiorLevel: null };

/** A unit named by a number ("12", "1"): Nghị định 30/2020 writes its kind with it, capitalised ("Phường 12"). */
const NUMBERED = /^\d+[A-Za-z]?$/u;
export const isNumberedUnit = (unit: string): boolean => NUMBERED.test(unit.normalize('NFC').trim());

/**
 * The unit's name as running text writes it: "xã Hòa Phong", and for a unit named by a number its full name
 * "Phường 12" (the kind is part of the name, capitalised).
 */
export function unitName(kind: string, unit: string): string {
  const u = unit.normalize('NFC').trim();
  if (!isNumberedUnit(u)) return `${kind} ${u}`;
  const [first = ''] = [...kind];
  return `${first.toLocaleUpperCase('vi')}${kind.slice(first.length)} ${u}`;
}

/** The unit's name where a place is written alone (the date line): "Hòa Phong", and "Phường 12" for a numbered unit. */
export function placeName(kind: string, unit: string): string {
  return isNumberedUnit(unit) ? unitName(kind, unit) : unit.normalize('NFC').trim();
}

/**
 * A row's label as the unit's place words it: the set's `labelBySuperior` with `{cấp trên}`, `{thôn}` and `{tỉnh}`
 * filled in ("Thực hiện sắp xếp sáp nhập, chia tách tổ dân phố" in a phường); the row's own label where the set
 * gives none, where the place is not known (an empty template), or where the level of the body above is needed but unknown.
 */
export function placedLabel(row: Pick<FormRow, 'label' | 'labelBySuperior'>, place: PlaceWords | undefined): string {
  const { village, superiorLevel: level, province } = COMMON_TEXT.rowPlaceholders;
  const text = row.labelBySuperior;
  if (!text || !place) return row.label;
  if (text.includes(level) && place.superiorLevel === null) return row.label;
  return text
    .split(level)
    .join(place.superiorLevel ?? '')
    .split(village)
    .join(place.village)
    .split(province)
    .join(place.provinceKind);
}

/** A row text that names the unit's villages or province (a `topic`) with the place's words in. */
export const placedText = (text: string, place: Pick<PlaceWords, 'village' | 'provinceKind'> = DEFAULT_PLACE): string =>
  text.split(COMMON_TEXT.rowPlaceholders.village).join(place.village).split(COMMON_TEXT.rowPlaceholders.province).join(place.provinceKind);
