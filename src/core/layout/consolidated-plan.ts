// The consolidated workbook plan: `Tổng hợp` (which communes, which period) and Biểu mẫu 1–7 with totals, recomputed ratios and completeness.
import type { Consolidated, ConsolidatedCell } from '../aggregate/consolidate';
import type { Grouping } from '../aggregate/grouping';
import type { FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE, isBuiltinSet } from '../forms/builtin';
import { formSheetName } from '../forms/catalogue';
import { carriedSetSheet } from '../forms/carried-set';
import { isComputedRow } from '../forms/types';
import type { FormDef, FormNumber, FormRow } from '../forms/types';
import { consolidatedCellText } from '../aggregate/cell-text';
import { AGGREGATE_TEXT } from '../i18n/aggregate';
import { COMMON_TEXT } from '../i18n/common';
import { LAYOUT_TEXT } from '../i18n/layout';
import { cellAddress, sheetRef } from './a1';
import { computedFormula } from './form-formulas';
import { TEMPLATE_VERSION } from './names';
import { wrappedRowHeight } from './row-height';
import { SheetGrid } from './sheet-grid';
import { COMPUTED_FILL, HEADER_FILL, INPUT_FILL, TITLE_FONT_SIZE, a4Portrait } from './sheet-style';
import type { PlanValue, WorkbookPlan } from './types';
import { labelForLevel, sharedSuperiorLevel } from '../report/superior-level';

export const CONSOLIDATED_HEADER_ROW = 4;
export const CONSOLIDATED_FIRST_ROW = CONSOLIDATED_HEADER_ROW + 1;
/** Column D: the consolidated value; E: communes reported / expected; F: Ghi chú; G, H: a ratio's part and whole added over the communes that gave both. */
export const CONSOLIDATED_VALUE_COL = 4;
const REPORTED_COL = 5;
const NOTE_COL = 6;
export const PAIR_PART_COL = 7;
export const PAIR_WHOLE_COL = 8;
const FORM_WIDTHS = [7, 55, 16, 20, 12, 24, 12, 12] as const;

/** Rows of `Tổng hợp` holding the counts, and where the list of communes starts. */
const G = { period: 4, reported: 5, expected: 6, share: 7, listTitle: 9, listHeader: 10 } as const;
const GROUPING_WIDTHS = [7, 40, 16, 40] as const;

/** Workbook-level name of a consolidated value cell: TH1_2_1 (not BM…, so no reader mistakes the file for a commune's). */
export function consolidatedCellName(form: FormNumber, key: string): string {
  return `TH${form}_${key.replace(/\./g, '_')}`;
}
/** The cell of `Tổng hợp` that says the period ("6 tháng đầu năm 2026", AGGREGATE_TEXT.groupingPeriod): C4. */
export const GROUPING_PERIOD_CELL = cellAddress(G.period, 3);
export const GROUPING_NAMES = { reported: 'TH_SO_DON_VI', expected: 'TH_SO_DON_VI_PHAI_BAO_CAO', share: 'TH_TY_LE_BAO_CAO' } as const;

export interface ConsolidatedWorkbook {
  readonly plan: WorkbookPlan;
  /** The core's value of every formula cell that is not empty, by "<sheet>!<A1>", for files viewed without recalculation. */
  readonly results: ReadonlyMap<string, number>;
}

const VALUE_FORMATS: Readonly<Record<FormRow['kind'], string>> = {
  section: 'General',
  count: '0',
  money: '#,##0.00',
  percent: '@',
  code: '@',
  ratio: '0.0',
  sum: '0',
};

/** What a non-computed cell holds in column D: a total as a number, or the text of codes and spreads. */
function literalOf(row: FormRow, cell: ConsolidatedCell | undefined): PlanValue {
  if (!cell || cell.kind === 'computed' || cell.kind === 'ratio') return null;
  if (cell.kind === 'total') return cell.total;
  return consolidatedCellText(row, cell) || null;
}

function noteOf(row: FormRow): string | null {
  if (row.kind === 'percent') return AGGREGATE_TEXT.spreadNote;
  if (row.kind === 'code') return AGGREGATE_TEXT.codesNote;
  if (row.kind === 'ratio') return AGGREGATE_TEXT.computedNote;
  return null;
}

/** `level`: the communes' superior's level, which Biểu mẫu 1 row 4 names ("UBND tỉnh" in a 2026 provincial total). */
function formSheet(form: FormDef, c: Consolidated, subtitle: string, results: Map<string, number>, level: string) {
  const name = formSheetName(form.number);
  const last = CONSOLIDATED_FIRST_ROW + form.rows.length - 1;
  const g = new SheetGrid(name, last, FORM_WIDTHS.length);
  const addressOf = (key: string): string => {
    const i = form.rows.findIndex((r) => r.key === key);
    if (i < 0) throw new Error(LAYOUT_TEXT.errors.unknownRow(form.number, key));
    return cellAddress(CONSOLIDATED_FIRST_ROW + i, CONSOLIDATED_VALUE_COL);
  };

  g.value(1, 1, COMMON_TEXT.formName(form.number)).merge('A1:H1').style('A1:H1', { bold: true, fontSize: TITLE_FONT_SIZE, hAlign: 'center' });
  g.value(2, 1, form.title).merge('A2:H2').style('A2:H2', { bold: true, fontSize: TITLE_FONT_SIZE, hAlign: 'center', wrap: true });
  g.value(3, 1, subtitle).merge('A3:H3').style('A3:H3', { italic: true, hAlign: 'center' });
  [...AGGREGATE_TEXT.tableHeaders, ...AGGREGATE_TEXT.pairHeaders].forEach((h, i) => g.value(CONSOLIDATED_HEADER_ROW, i + 1, h, '@'));
  g.style(`A${CONSOLIDATED_HEADER_ROW}:H${CONSOLIDATED_HEADER_ROW}`, { bold: true, hAlign: 'center', wrap: true, fill: HEADER_FILL });
  g.style(`A${CONSOLIDATED_HEADER_ROW}:H${last}`, { border: true, vAlign: 'middle' });
  g.style(`G${CONSOLIDATED_FIRST_ROW}:H${last}`, { hAlign: 'center' });
  g.style(`A${CONSOLIDATED_FIRST_ROW}:A${last}`, { hAlign: 'center' });
  g.style(`B${CONSOLIDATED_FIRST_ROW}:B${last}`, { wrap: true });
  g.style(`C${CONSOLIDATED_FIRST_ROW}:C${last}`, { wrap: true, hAlign: 'center' });
  g.style(`D${CONSOLIDATED_FIRST_ROW}:D${last}`, { wrap: true, hAlign: 'center' });
  g.style(`E${CONSOLIDATED_FIRST_ROW}:E${last}`, { hAlign: 'center' });
  // The office may annotate the totals; everything else is computed from the communes' files.
  g.style(`F${CONSOLIDATED_FIRST_ROW}:F${last}`, { wrap: true, fill: INPUT_FILL }).input(`F${CONSOLIDATED_FIRST_ROW}:F${last}`);

  const cells = c.forms[form.number] ?? {};
  form.rows.forEach((row, i) => {
    const r = CONSOLIDATED_FIRST_ROW + i;
    const d = cellAddress(r, CONSOLIDATED_VALUE_COL);
    const label = labelForLevel(row, level);
    g.value(r, 1, row.stt, '@').value(r, 2, label, '@').value(r, 3, row.unit, '@');
    g.value(r, NOTE_COL, noteOf(row), '@');
    const literal = literalOf(row, cells[row.key]);
    const height = wrappedRowHeight([
      { text: label, width: FORM_WIDTHS[1] },
      { text: row.unit, width: FORM_WIDTHS[2] },
      { text: typeof literal === 'string' ? literal : '', width: FORM_WIDTHS[3] },
    ]);
    if (height !== undefined) g.height(r, height);
    g.format(r, CONSOLIDATED_VALUE_COL, VALUE_FORMATS[row.kind]);
    if (row.kind === 'section') {
      g.style(`A${r}:C${r}`, { bold: true });
      return;
    }
    g.nameCell(consolidatedCellName(form.number, row.key), r, CONSOLIDATED_VALUE_COL);
    const cell = cells[row.key];
    if (row.kind === 'ratio') {
      // Pair totals differ from the rows' totals when a commune gave a part without its whole: the formula reads them, so it still equals the core.
      const pair = cell?.kind === 'ratio' ? cell : null;
      g.value(r, PAIR_PART_COL, pair?.part ?? null, '0.######').value(r, PAIR_WHOLE_COL, pair?.whole ?? null, '0.######');
      const at = { [row.part]: cellAddress(r, PAIR_PART_COL), [row.whole]: cellAddress(r, PAIR_WHOLE_COL) };
      g.formula(r, CONSOLIDATED_VALUE_COL, computedFormula(row, (key) => at[key] ?? addressOf(key))).style(d, { fill: COMPUTED_FILL });
      if (pair && pair.value !== null) results.set(`${name}!${d}`, pair.value);
      g.value(r, REPORTED_COL, AGGREGATE_TEXT.reportedOfExpected(pair?.reported ?? 0, c.expected), '@');
      return;
    }
    if (isComputedRow(row)) {
      g.formula(r, CONSOLIDATED_VALUE_COL, computedFormula(row, addressOf)).style(d, { fill: COMPUTED_FILL });
      if (cell?.kind === 'computed' && cell.value !== null) results.set(`${name}!${d}`, cell.value);
      return;
    }
    g.value(r, CONSOLIDATED_VALUE_COL, literal);
    if (cell && cell.kind !== 'computed' && cell.kind !== 'ratio') g.value(r, REPORTED_COL, AGGREGATE_TEXT.reportedOfExpected(cell.reported, c.expected), '@');
  });

  return g.build({
    columnWidths: FORM_WIDTHS,
    protect: true,
    print: a4Portrait(`${CONSOLIDATED_HEADER_ROW}:${CONSOLIDATED_HEADER_ROW}`),
    freezeRows: CONSOLIDATED_HEADER_ROW,
  });
}

function groupingSheet(grouping: Grouping, c: Consolidated, results: Map<string, number>) {
  const unitsLast = G.listHeader + Math.max(1, grouping.units.length);
  // The files left out follow the communes, one blank row between, so the office sees what to chase.
  const rejectedTitle = unitsLast + 2;
  const rejectedHeader = rejectedTitle + 1;
  const last = grouping.rejected.length > 0 ? rejectedHeader + grouping.rejected.length : unitsLast;
  const g = new SheetGrid(AGGREGATE_TEXT.groupingSheet, last, GROUPING_WIDTHS.length);
  g.value(1, 1, AGGREGATE_TEXT.groupingTitle).merge('A1:D1').style('A1:D1', { bold: true, fontSize: TITLE_FONT_SIZE, hAlign: 'center' });
  g.value(2, 1, AGGREGATE_TEXT.groupingPeriod(grouping.period, grouping.year)).merge('A2:D2').style('A2:D2', { bold: true, hAlign: 'center' });

  const field = (row: number, label: string): void => {
    g.value(row, 1, label, '@').merge(`A${row}:B${row}`).merge(`C${row}:D${row}`);
  };
  field(G.period, AGGREGATE_TEXT.periodLabel);
  g.value(G.period, 3, AGGREGATE_TEXT.groupingPeriod(grouping.period, grouping.year), '@');
  field(G.reported, AGGREGATE_TEXT.reportedLabel);
  g.value(G.reported, 3, grouping.units.length, '0').nameCell(GROUPING_NAMES.reported, G.reported, 3);
  field(G.expected, AGGREGATE_TEXT.expectedLabel);
  g.value(G.expected, 3, c.expected, '0').nameCell(GROUPING_NAMES.expected, G.expected, 3);
  field(G.share, AGGREGATE_TEXT.completenessLabel);
  const reported = cellAddress(G.reported, 3);
  const expected = cellAddress(G.expected, 3);
  g.formula(G.share, 3, `=IF(AND(ISNUMBER(${expected}),ISNUMBER(${reported})),IF(${expected}=0,"",ROUND(${reported}/${expected}*100,1)),"")`, '0.0')
    .nameCell(GROUPING_NAMES.share, G.share, 3)
    .style(cellAddress(G.share, 3), { fill: COMPUTED_FILL });
  if (c.expected > 0) results.set(`${AGGREGATE_TEXT.groupingSheet}!${cellAddress(G.share, 3)}`, Math.round((grouping.units.length / c.expected) * 1000) / 10);
  g.style(`A${G.period}:D${G.share}`, { border: true, vAlign: 'middle' });
  g.style(`A${G.period}:B${G.share}`, { bold: true });
  g.style(`C${G.period}:D${G.share}`, { hAlign: 'left' });

  g.value(G.listTitle, 1, AGGREGATE_TEXT.unitsTitle).merge(`A${G.listTitle}:D${G.listTitle}`).style(`A${G.listTitle}:D${G.listTitle}`, { bold: true });
  AGGREGATE_TEXT.unitsHeader.forEach((h, i) => g.value(G.listHeader, i + 1, h, '@'));
  g.style(`A${G.listHeader}:D${G.listHeader}`, { bold: true, hAlign: 'center', fill: HEADER_FILL });
  grouping.units.forEach((u, i) => {
    const r = G.listHeader + 1 + i;
    g.value(r, 1, i + 1, '0').value(r, 2, u.meta.unit, '@').value(r, 3, u.meta.unitKind, '@').value(r, 4, u.file, '@');
  });
  g.style(`A${G.listHeader}:D${unitsLast}`, { border: true, vAlign: 'middle' });
  g.style(`A${G.listHeader + 1}:A${unitsLast}`, { hAlign: 'center' });
  g.style(`C${G.listHeader + 1}:C${unitsLast}`, { hAlign: 'center' });
  g.style(`D${G.listHeader + 1}:D${unitsLast}`, { wrap: true });

  if (grouping.rejected.length > 0) {
    g.value(rejectedTitle, 1, AGGREGATE_TEXT.rejectedTitle).merge(`A${rejectedTitle}:D${rejectedTitle}`).style(`A${rejectedTitle}:D${rejectedTitle}`, { bold: true });
    AGGREGATE_TEXT.rejectedHeader.forEach((h, i) => g.value(rejectedHeader, i + 1, h, '@'));
    g.style(`A${rejectedHeader}:D${rejectedHeader}`, { bold: true, hAlign: 'center', fill: HEADER_FILL });
    grouping.rejected.forEach((f, i) => {
      const r = rejectedHeader + 1 + i;
      g.value(r, 1, i + 1, '0').value(r, 2, f.file, '@').value(r, 3, f.unit ?? '', '@').value(r, 4, f.reason, '@');
      const height = wrappedRowHeight([
        { text: f.file, width: GROUPING_WIDTHS[1] },
        { text: f.reason, width: GROUPING_WIDTHS[3] },
      ]);
      if (height !== undefined) g.height(r, height);
    });
    g.style(`A${rejectedHeader}:D${last}`, { border: true, vAlign: 'middle' });
    g.style(`A${rejectedHeader + 1}:A${last}`, { hAlign: 'center' });
    g.style(`B${rejectedHeader + 1}:D${last}`, { wrap: true });
  }

  return g.build({ columnWidths: GROUPING_WIDTHS, protect: true, print: a4Portrait(`${G.listHeader}:${G.listHeader}`) });
}

/** Lays out the consolidation of `grouping`: `Tổng hợp`, then Biểu mẫu 1–7 with the consolidated values. */
export function buildConsolidatedPlan(grouping: Grouping, consolidated: Consolidated, catalogue: FormCatalogue = BUILTIN_CATALOGUE): ConsolidatedWorkbook {
  const results = new Map<string, number>();
  const subtitle = AGGREGATE_TEXT.resultLine(grouping.period, grouping.year);
  const sheets = [
    groupingSheet(grouping, consolidated, results),
    ...catalogue.forms.map((f) => formSheet(f, consolidated, subtitle, results, sharedSuperiorLevel(grouping.units.map((u) => u.meta.superior)))),
    // The set the totals follow, carried as a commune's workbook carries it (none for the built-in set).
    ...(isBuiltinSet(catalogue.definition) ? [] : [carriedSetSheet(catalogue.definition)]),
  ];
  return { plan: { templateVersion: TEMPLATE_VERSION, sheets }, results };
}

/** Sheet-qualified address of a consolidated value cell in a plan: "'Biểu mẫu 1'!D6". */
export function consolidatedCellAddress(plan: WorkbookPlan, form: FormNumber, key: string): string | null {
  const name = consolidatedCellName(form, key);
  for (const s of plan.sheets) for (const n of s.names) if (n.name === name) return sheetRef(s.name, n.cell);
  return null;
}
