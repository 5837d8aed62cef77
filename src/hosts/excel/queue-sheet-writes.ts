// Queues every write of one sheet plan on an Office.js worksheet proxy: no sync here, the caller syncs once for all sheets.
/// <reference types="office-js" />
import type { CellStyle, SheetPlan, Validation, CellValidationRule } from '../../core/layout/types';
import { columnLetter } from '../../core/layout/a1';
import { hostLiteral } from '../../core/layout/host-literal';
import { planArea } from '../shared/plan-cells';
import { beyondPlan, type LaidArea } from '../../core/layout/beyond-plan';
import type { Supports } from './office-support';

/** The look every sheet's cells start from, as the .xlsx writer and the Sheets layout give them (Nghị định 30/2020: Times New Roman). */
export const BASE_FONT = { name: 'Times New Roman', size: 12 } as const;

/** Points per character of column width: Excel's default font is about 7 px a character plus 5 px padding. */
const PT_PER_CHAR = 5.25;
const PT_PADDING = 3.75;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right', justify: 'Justify' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** Protection options used every time a form sheet is protected (also when marks are redrawn). */
export const PROTECT_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
};

/**
 * One grid: a formula where the plan has one, else the literal value, "" for empty. Excel parses a
 * string written here like typed input, so text it would read as a number, date or formula goes
 * with a leading apostrophe, which Excel hides and never returns on read.
 */
export function cellContents(plan: SheetPlan): (string | number)[][] {
  return plan.values.map((row, r) =>
    row.map((value, c) => {
      const formula = plan.formulas[r]?.[c];
      if (formula) return formula;
      return hostLiteral(value, plan.numberFormats[r]?.[c]);
    }),
  );
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.hAlign) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.fill) f.fill.color = style.fill;
  if (style.border) {
    for (const edge of EDGES) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = '#000000';
    }
  }
}

function excelRule(rule: CellValidationRule): Excel.DataValidationRule {
  switch (rule.type) {
    case 'whole':
    case 'decimal': {
      const basic: Excel.BasicDataValidation =
        rule.max === undefined
          ? { formula1: rule.min, operator: 'GreaterThanOrEqualTo' }
          : { formula1: rule.min, formula2: rule.max, operator: 'Between' };
      return rule.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
    }
    case 'list':
      return { list: { inCellDropDown: true, source: rule.values.join(',') } };
    case 'textLength':
      return { textLength: { formula1: rule.max, operator: 'LessThanOrEqualTo' } };
  }
}

function applyValidation(range: Excel.Range, v: Validation): void {
  const dv = range.dataValidation;
  dv.rule = excelRule(v.rule);
  dv.ignoreBlanks = v.allowBlank;
  dv.prompt = { showPrompt: v.prompt !== '', title: v.promptTitle, message: v.prompt };
  dv.errorAlert = { showAlert: true, style: 'Stop', title: v.errorTitle, message: v.error };
}

/** "4:5" → "$4:$5", the form of PageLayout.setPrintTitleRows' own example (whole rows, absolute). */
export function absoluteRows(rows: string): string {
  return rows.replace(/\$/g, '').replace(/(\d+)/g, '$$$1');
}

/**
 * Queues the layout of `plan` on `sheet`: old formats, merges and validation of the plan's block
 * are cleared first so that re-applying gives the same sheet. Values must already hold what is kept.
 * `before`: the block an earlier layout wrote there; what of it lies outside the new block (rows of
 * the old set that the new one lacks, whose values the caller has listed) is emptied, locked and
 * stripped of its rules, as a fresh file or the Sheets layout has nothing there.
 */
export function queueSheetWrites(sheet: Excel.Worksheet, plan: SheetPlan, supports: Supports, before?: LaidArea): void {
  for (const range of before ? beyondPlan(plan, before) : []) {
    const old = sheet.getRange(range);
    old.unmerge();
    old.clear('All');
    old.format.protection.locked = true;
    if (supports('1.8')) old.dataValidation.clear();
  }
  const area = sheet.getRange(planArea(plan));
  area.unmerge();
  area.clear('Formats');
  if (supports('1.8')) area.dataValidation.clear();
  area.format.font.name = BASE_FONT.name;
  area.format.font.size = BASE_FONT.size;

  // Formats before contents, so that text such as "2026-06-08" in a "@" cell stays text.
  area.numberFormat = plan.numberFormats.map((row) => [...row]);
  area.formulas = cellContents(plan);

  for (const merge of plan.merges) sheet.getRange(merge).merge(false);
  plan.columnWidths.forEach((chars, i) => {
    const letter = columnLetter(i + 1);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = chars * PT_PER_CHAR + PT_PADDING;
  });
  for (const { range, style } of plan.styles) applyStyle(sheet.getRange(range), style);
  for (const { row, height } of plan.rowHeights ?? []) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  if (supports('1.7') && plan.freezeRows) sheet.freezePanes.freezeRows(plan.freezeRows);

  area.format.protection.locked = true;
  for (const input of plan.inputs) sheet.getRange(input).format.protection.locked = false;
  if (supports('1.8')) for (const v of plan.validations) applyValidation(sheet.getRange(v.range), v);

  if (supports('1.9')) {
    const page = sheet.pageLayout;
    page.paperSize = 'A4';
    page.orientation = plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    const m = plan.print.margins;
    page.topMargin = m.top * 72;
    page.bottomMargin = m.bottom * 72;
    page.leftMargin = m.left * 72;
    page.rightMargin = m.right * 72;
    if (plan.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (plan.print.printTitleRows) page.setPrintTitleRows(absoluteRows(plan.print.printTitleRows));
  }
}
