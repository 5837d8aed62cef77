// The whole workbook plan: `Thông tin chung`, Biểu mẫu 1–7 and `Thuyết minh`, filled from report data when given.
import type { FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE, isBuiltinSet } from '../forms/builtin';
import { carriedSetSheet } from '../forms/carried-set';
import { definedName } from '../forms/catalogue';
import type { FormNumber } from '../forms/types';
import { placeWords, type PlaceWords } from '../data/place-words';
import type { ReportData } from '../data/types';
import { sheetRef } from './a1';
import { buildFormSheet } from './form-sheet';
import { buildInfoSheet } from './info-sheet';
import { TEMPLATE_VERSION } from './names';
import { buildNarrativeSheet } from './narrative-sheet';
import type { WorkbookPlan } from './types';

/**
 * Lays out the workbook; with data, every input cell holds the data's value (text typed in a number cell is kept as text) and every Ghi chú cell its note.
 * A set other than the built-in one is carried in the hidden sheet `Bộ biểu mẫu` after the others; the built-in set by its absence.
 * `place`: the unit's words for labels that name its villages or province ("tổ dân phố" in a phường), where no data is given
 * but the header is known (a spreadsheet laid out again over its own header).
 */
export function buildWorkbookPlan(data?: ReportData | null, catalogue: FormCatalogue = BUILTIN_CATALOGUE, place?: PlaceWords): WorkbookPlan {
  return {
    templateVersion: TEMPLATE_VERSION,
    sheets: [
      buildInfoSheet(data?.meta),
      ...catalogue.forms.map((form) => buildFormSheet(form, data?.forms[`${form.number}`], data?.notes?.[`${form.number}`], data ? placeWords(data.meta) : place)),
      buildNarrativeSheet(data?.narrative),
      ...(isBuiltinSet(catalogue.definition) ? [] : [carriedSetSheet(catalogue.definition)]),
    ],
  };
}

/** Sheet-qualified address of every defined name in the plan: "BM1_2_2" → "'Biểu mẫu 1'!D8". */
export function namedCellAddresses(plan: WorkbookPlan): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const sheet of plan.sheets) for (const n of sheet.names) out.set(n.name, sheetRef(sheet.name, n.cell));
  return out;
}

/** The checker's cellOf: where a form row's value sits in this plan, or null for a key the form lacks. */
export function cellLocator(plan: WorkbookPlan): (form: FormNumber, key: string) => string | null {
  const at = namedCellAddresses(plan);
  return (form, key) => at.get(definedName(form, key)) ?? null;
}
