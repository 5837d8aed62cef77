// Applies a workbook plan to an ExcelJS workbook (values, formulas with cached results, formats, protection, names): the CLI's and the pane's writer.
import type * as XL from 'exceljs';
import { cellAddress, columnLetter, parseCellAddress, rangeCells, sheetRef } from '../../core/layout/a1';
import type { CellStyle, SheetPlan, Validation, WorkbookPlan } from '../../core/layout/types';
import { dropXmlForbidden } from '../../core/report/document-text';

/** Key "<sheet>!<A1>" of a cell in a map of cached results. */
export const cellKey = (sheet: string, a1: string): string => `${sheet}!${a1.replace(/\$/g, '').toUpperCase()}`;

/** Nghị định 30/2020: Times New Roman throughout. */
const FONT_NAME = 'Times New Roman';
const DEFAULT_FONT_SIZE = 12;
/** OOXML paper size code of A4. */
const PAPER_A4 = 9;

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

function applyStyle(cell: XL.Cell, style: CellStyle): void {
  cell.font = { name: FONT_NAME, size: style.fontSize ?? DEFAULT_FONT_SIZE, bold: style.bold ?? false, italic: style.italic ?? false };
  cell.alignment = {
    horizontal: style.hAlign ?? 'left',
    vertical: style.vAlign ?? 'middle',
    wrapText: style.wrap ?? false,
  };
  if (style.border) {
    const thin = { style: 'thin' as const };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
}

function validationOf(v: Validation): XL.DataValidation {
  const messages = {
    allowBlank: v.allowBlank,
    showInputMessage: true,
    promptTitle: v.promptTitle,
    prompt: v.prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.errorTitle,
    error: v.error,
  } as const;
  const r = v.rule;
  switch (r.type) {
    case 'whole':
    case 'decimal':
      return r.max === undefined
        ? { ...messages, type: r.type, operator: 'greaterThanOrEqual', formulae: [r.min] }
        : { ...messages, type: r.type, operator: 'between', formulae: [r.min, r.max] };
    case 'list':
      return { ...messages, type: 'list', formulae: [`"${r.values.join(',')}"`] };
    case 'textLength':
      return { ...messages, type: 'textLength', operator: 'lessThanOrEqual', formulae: [r.max] };
  }
}

async function applySheet(wb: XL.Workbook, plan: SheetPlan, results: ReadonlyMap<string, number>): Promise<void> {
  // Hidden, not veryHidden: a person may show the sheet (Unhide) and see what it is.
  const ws = wb.addWorksheet(plan.name, plan.hidden ? { state: 'hidden' } : {});
  plan.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });

  // Styles are layered: a later range overrides only the fields it sets.
  const styles = new Map<string, CellStyle>();
  for (const { range, style } of plan.styles) {
    for (const { row, col } of rangeCells(range)) {
      const key = cellAddress(row, col);
      styles.set(key, { ...styles.get(key), ...style });
    }
  }

  for (let r = 1; r <= plan.rows; r++) {
    for (let c = 1; c <= plan.columns; c++) {
      const a1 = cellAddress(r, c);
      const cell = ws.getCell(a1);
      const formula = plan.formulas[r - 1]?.[c - 1] ?? null;
      const value = plan.values[r - 1]?.[c - 1] ?? null;
      if (formula) {
        const result = results.get(cellKey(plan.name, a1));
        cell.value = result === undefined ? { formula: formula.replace(/^=/, '') } : { formula: formula.replace(/^=/, ''), result };
      } else if (value !== null) {
        // ExcelJS drops most C0 controls but writes U+FFFE, U+FFFF and lone surrogates, which make the part unreadable.
        cell.value = typeof value === 'string' ? dropXmlForbidden(value) : value;
      }
      const numFmt = plan.numberFormats[r - 1]?.[c - 1];
      if (numFmt && numFmt !== 'General') cell.numFmt = numFmt;
      applyStyle(cell, styles.get(a1) ?? {});
    }
  }

  for (const { row, height } of plan.rowHeights ?? []) ws.getRow(row).height = height;
  if (plan.freezeRows) ws.views = [{ state: 'frozen', ySplit: plan.freezeRows, xSplit: 0 }];
  for (const range of plan.merges) ws.mergeCells(range);
  for (const range of plan.inputs) {
    for (const { row, col } of rangeCells(range)) ws.getCell(row, col).protection = { locked: false };
  }
  for (const v of plan.validations) {
    const dv = validationOf(v);
    for (const { row, col } of rangeCells(v.range)) ws.getCell(row, col).dataValidation = dv;
  }
  // A note (ExcelJS cell.note: the legacy kind, not a threaded comment), which older Excel and LibreOffice read too.
  for (const { cell, text } of plan.notes ?? []) ws.getCell(cell).note = text;
  for (const { name, cell } of plan.names) {
    const { row, col } = parseCellAddress(cell);
    wb.definedNames.add(sheetRef(plan.name, `$${columnLetter(col)}$${row}`), name);
  }

  const { print } = plan;
  ws.pageSetup = {
    paperSize: PAPER_A4,
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { ...print.margins, header: 0.3, footer: 0.3 },
    ...(print.printTitleRows ? { printTitlesRow: print.printTitleRows } : {}),
  };

  if (plan.protect) {
    // No password: protection guards against slips, not people; a password would only get lost.
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
}

/** Lays every sheet of `plan` into the empty workbook `wb`; a formula cell gets its value from `results` (by cellKey) as its cached result. */
export async function fillWorkbook(wb: XL.Workbook, plan: Pick<WorkbookPlan, 'sheets'>, results: ReadonlyMap<string, number>): Promise<void> {
  wb.creator = 'cchc';
  // Excel and LibreOffice recompute every formula on opening; the cached results only serve viewers that do not.
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of plan.sheets) await applySheet(wb, sheet, results);
}
