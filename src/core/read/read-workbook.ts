// The reader: a workbook's named cells, as a host reads them, → typed report data (empty stays empty, text stays text).
import { NARRATIVE_KEYS } from '../data/types';
import type { CellValue, FormsData, Narrative, NotesData, ReportData } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import { definedName } from '../forms/catalogue';
import { isComputedRow } from '../forms/types';
import type { FormNumber } from '../forms/types';
import { READ_TEXT } from '../i18n/read';
import { sheetRef } from '../layout/a1';
import { infoCellAddress } from '../layout/info-sheet';
import {
  INFO_FIELDS,
  SHEET_INFO,
  TEMPLATE_VERSION_NAME,
  infoCellName,
  narrativeCellName,
  noteCellName,
} from '../layout/names';
import type { InfoField } from '../layout/names';
import type { Finding } from '../rules/types';
import { hostValue } from './host-value';
import { isoOfDate, viOfIso } from './parse-date';
import { readHeader } from './read-header';
import { readableTemplateVersion } from './template-version';
import { OLDER_TEMPLATE_NAMES } from '../layout/template-versions';
import { WorkbookFormatError } from './workbook-format-error';

export { WorkbookFormatError } from './workbook-format-error';

export interface ReadResult {
  /** Null when the header lacks a required field; `findings` then says which. */
  readonly data: ReportData | null;
  /** Always read, so the forms can be checked even when the header is incomplete. */
  readonly forms: FormsData;
  readonly findings: readonly Finding[];
}

export interface ReadOptions {
  /** Read ratio and sum cells too (for the computed-mismatch audit); export leaves them out. */
  readonly includeComputed?: boolean;
  /** Sheet-qualified address of a form cell, for findings (the checker's cellOf). */
  readonly cellOf?: (form: FormNumber, key: string) => string | null;
  /** Sheet-qualified address of any defined name; header findings fall back to the template's address. */
  readonly cellOfName?: (name: string) => string | null;
}

const templateNamesOf = new WeakMap<FormCatalogue, readonly string[]>();

/** Every defined name the template of a set writes: if none is present, the workbook is not ours. Once per catalogue. */
function templateNames(catalogue: FormCatalogue): readonly string[] {
  const known = templateNamesOf.get(catalogue);
  if (known) return known;
  const names = [
    ...catalogue.forms.flatMap((f) => f.rows.filter((r) => r.kind !== 'section').map((r) => definedName(f.number, r.key))),
    ...catalogue.forms.flatMap((f) => f.rows.map((r) => noteCellName(f.number, r.key))),
    ...INFO_FIELDS.map(infoCellName),
    ...NARRATIVE_KEYS.map(narrativeCellName),
    TEMPLATE_VERSION_NAME,
    ...OLDER_TEMPLATE_NAMES,
  ];
  templateNamesOf.set(catalogue, names);
  return names;
}

/** A form value: number, or the text exactly as typed; undefined = empty (not reported, never 0). */
function formValue(v: unknown): CellValue | undefined {
  const h = hostValue(v);
  switch (h.kind) {
    case 'empty':
      return undefined;
    case 'number':
      return h.value;
    case 'text':
      return h.value;
    case 'boolean':
      return h.value ? 'TRUE' : 'FALSE';
    case 'date':
      // A number typed like "1/2" that the spreadsheet turned into a date: keep what the person sees.
      return viOfIso(isoOfDate(h.value));
  }
}

/** A Ghi chú as text: a number typed there becomes its text; undefined = nothing typed. */
function noteValue(v: unknown): string | undefined {
  const h = hostValue(v);
  switch (h.kind) {
    case 'empty':
      return undefined;
    case 'number':
      return String(h.value);
    case 'text':
      return h.value.trim();
    case 'boolean':
      return h.value ? 'TRUE' : 'FALSE';
    case 'date':
      return viOfIso(isoOfDate(h.value));
  }
}

/** Every Ghi chú by its name; workbooks laid out before notes were named have none, and read as no notes. */
function readNotes(values: Readonly<Record<string, unknown>>, catalogue: FormCatalogue): NotesData | undefined {
  const notes: Partial<Record<`${FormNumber}`, Readonly<Record<string, string>>>> = {};
  for (const form of catalogue.forms) {
    const out: Record<string, string> = {};
    for (const row of form.rows) {
      const note = noteValue(values[noteCellName(form.number, row.key)]);
      if (note !== undefined) out[row.key] = note;
    }
    if (Object.keys(out).length > 0) notes[`${form.number}`] = out;
  }
  return Object.keys(notes).length > 0 ? notes : undefined;
}

/** Does the workbook hold any of the template's defined names (today's or an older version's)? If not, it is not ours. */
export function hasTemplateNames(values: Readonly<Record<string, unknown>>, catalogue: FormCatalogue = BUILTIN_CATALOGUE): boolean {
  return templateNames(catalogue).some((name) => Object.prototype.hasOwnProperty.call(values, name));
}

export function readWorkbookValues(
  values: Readonly<Record<string, unknown>>,
  options: ReadOptions = {},
  catalogue: FormCatalogue = BUILTIN_CATALOGUE,
): ReadResult {
  if (!hasTemplateNames(values, catalogue)) throw new WorkbookFormatError(READ_TEXT.notTemplate);
  // A newer or unknown version is refused before any value is read: its cells may mean something else.
  readableTemplateVersion(values[TEMPLATE_VERSION_NAME]);

  const forms: Partial<Record<`${FormNumber}`, Readonly<Record<string, CellValue>>>> = {};
  for (const form of catalogue.forms) {
    const out: Record<string, CellValue> = {};
    for (const row of form.rows) {
      if (row.kind === 'section' || (isComputedRow(row) && !options.includeComputed)) continue;
      const v = formValue(values[definedName(form.number, row.key)]);
      if (v !== undefined) out[row.key] = v;
    }
    if (Object.keys(out).length > 0) forms[`${form.number}`] = out;
  }

  const narrative: Partial<Record<(typeof NARRATIVE_KEYS)[number], string>> = {};
  for (const key of NARRATIVE_KEYS) {
    const h = hostValue(values[narrativeCellName(key)]);
    if (h.kind === 'text') narrative[key] = h.value.trim();
    else if (h.kind === 'number') narrative[key] = String(h.value);
    // A cell under a date format reads as the day it shows, as the Sheets API gives it (dd/mm/yyyy text).
    else if (h.kind === 'date') narrative[key] = viOfIso(isoOfDate(h.value));
  }

  const cellOfField = (field: InfoField): string | null =>
    options.cellOfName?.(infoCellName(field)) ?? sheetRef(SHEET_INFO, infoCellAddress(field));
  const header = readHeader(values, cellOfField);
  if (!header.meta) return { data: null, forms, findings: header.findings };

  const notes = readNotes(values, catalogue);
  const candidate: ReportData = {
    schemaVersion: 1,
    meta: header.meta,
    forms,
    narrative: narrative as Narrative,
    ...(notes ? { notes } : {}),
  };
  // Valid by construction (the header is parsed field by field, values are typed above), so zod is not
  // loaded to re-check it: `cchc check` of a workbook starts without it. read-workbook.test pins that
  // report data validation accepts what is built here unchanged.
  return { data: candidate, forms, findings: header.findings };
}
