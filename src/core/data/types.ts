// Report data (CONTRACTS.md, schemaVersion 1): header, form values and narrative text.
import type { FormSetIdentity } from '../forms/form-set';
import type { FormNumber } from '../forms/types';

export const PERIODS = ['Q1', 'H1', 'Q3', 'Y'] as const;
export type Period = (typeof PERIODS)[number];

export const UNIT_KINDS = ['xã', 'phường', 'thị trấn', 'đặc khu'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * A form value: a number, null/absent (not reported), or the text typed where a number
 * belongs — kept so that it can be reported, never coerced.
 */
export type CellValue = number | string | null;

export type FormValues = Readonly<Record<string, CellValue>>;
export type FormsData = Readonly<Partial<Record<`${FormNumber}`, FormValues>>>;

/** What a person typed in a form row's Ghi chú cell, by row key (section rows too). */
export type FormNotes = Readonly<Record<string, string>>;
/** Ghi chú texts keyed like `forms`: form number, then row key. */
export type NotesData = Readonly<Partial<Record<`${FormNumber}`, FormNotes>>>;

/**
 * How a signer signs (Nghị định 30/2020, Phụ lục I): TM. on behalf of the body, KT. standing in
 * for its head (under TM.), Q. as acting head, TL. by order of the head.
 */
export const SIGNER_FORMS = ['TM.', 'KT.', 'Q.', 'TL.'] as const;
export type SignerForm = (typeof SIGNER_FORMS)[number];

export interface Signer {
  /** The signing form; absent: read from `authority`, else TM. */
  readonly form?: SignerForm;
  /** The body signed for, without its kind: "ỦY BAN NHÂN DÂN" (the unit's kind is appended). */
  readonly body?: string;
  /**
   * The whole authority line as typed before `form` and `body` existed ("TM. ỦY BAN NHÂN DÂN",
   * "KT. CHỦ TỊCH"); its leading form is read as `form`, the rest as the body (TM.) or the head (others).
   */
  readonly authority?: string;
  /** The signer's own title: "CHỦ TỊCH", "PHÓ CHỦ TỊCH" (KT.). */
  readonly title: string;
  readonly name: string;
}

export interface Meta {
  /** Name of the commune without its kind: "Thái Học". */
  readonly unit: string;
  readonly unitKind: UnitKind;
  /** The body the report goes to, as it is written: "UBND huyện Bình Giang", "UBND thành phố Hải Phòng". */
  readonly superior: string;
  readonly province?: string;
  readonly period: Period;
  readonly year: number;
  /** "30/BC-UBND"; absent in a draft: "Số:      /BC-UBND". */
  readonly reportNumber?: string;
  /** ISO date of the report, "2023-06-09". */
  readonly date?: string;
  /** Place in the date line; defaults to the unit's name. */
  readonly place?: string;
  /** Data period; defaults follow Nghị định 09/2019 (15th of the month before to the 14th of the last month). */
  readonly dataFrom?: string;
  readonly dataTo?: string;
  /** The document the report answers ("Công văn số 98/UBND-NV ngày … về việc …"). */
  readonly basis?: string;
  readonly signer?: Signer;
  readonly recipients?: readonly string[];
  /**
   * Đơn vị cũ: the former units merged into this one ("Thái Học", "thị trấn Kẻ Sặt"), which the staff's
   * text may name without their being another unit.
   */
  readonly formerUnits?: readonly string[];
}

/** Sections of the narrative that carry the staff's own text. */
export const NARRATIVE_KEYS = [
  'I',
  'I.1',
  'I.2',
  'I.3',
  'I.4',
  'I.5',
  'II.1',
  'II.2.a',
  'II.2.b',
  'II.2.c',
  'II.3',
  'II.4',
  'II.5',
  'II.6',
  'III.1',
  'III.2',
  'IV',
  'V',
] as const;
export type NarrativeKey = (typeof NARRATIVE_KEYS)[number];
export type Narrative = Readonly<Partial<Record<NarrativeKey, string>>>;

/** The forms of the same period of an earlier year, which the report compares its figures with. */
export interface PreviousPeriod {
  readonly period: Period;
  readonly year: number;
  readonly forms: FormsData;
}

export interface ReportData {
  readonly schemaVersion: 1;
  readonly meta: Meta;
  readonly forms: FormsData;
  readonly narrative: Narrative;
  /** Ghi chú column of the forms; absent when no note was typed. */
  readonly notes?: NotesData;
  /** The same period of an earlier year (same period, earlier year); absent: no comparison. */
  readonly previous?: PreviousPeriod;
  /** The form set the data follows (CONTRACTS.md); absent: the built-in set. */
  readonly formSet?: FormSetIdentity;
}
