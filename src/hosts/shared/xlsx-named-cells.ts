// Reads a loaded ExcelJS workbook through its single-cell defined names: what a person sees in each named cell, and where it sits (the CLI and the pane).
import type * as XL from 'exceljs';
import { parseSheetCell, sheetRef } from '../../core/layout/a1';
import { utcDay } from '../../core/read/number-as-shown';
import { valueAsShown } from '../../core/read/typed-percent';
import { spellAsTemplate } from '../../core/read/workbook-damage';

/** A cell value as the core reads it: formulas give their cached result, rich text its plain text. */
export type NamedValue = number | string | boolean | Date | null;

export interface NamedCells {
  /** Value by defined name. */
  readonly values: Readonly<Record<string, NamedValue>>;
  /** Sheet address by defined name: "'Biểu mẫu 1'!D8". */
  readonly addresses: Readonly<Record<string, string>>;
  /** Whether each named cell holds a formula (the light reader gives it; the plan's computed cells must). */
  readonly formulas?: Readonly<Record<string, boolean>>;
  /** Every sheet of the workbook by name (the light reader gives them: the damage check needs them). */
  readonly sheets?: readonly string[];
  /** Defined names dropped because they point nowhere (#REF!, a sheet the workbook lacks): present, but broken. */
  readonly brokenNames?: readonly string[];
}

/** Flattens an ExcelJS cell value to what a person sees in the cell. */
export function plainValue(value: XL.CellValue | undefined): NamedValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && result !== null && 'error' in result) return String((result as { error: unknown }).error);
    return plainValue(result as XL.CellValue);
  }
  if ('error' in value) return String(value.error);
  if ('text' in value) return plainValue(value.text as XL.CellValue);
  return null;
}

/**
 * What a person sees in a cell (a percent-formatted number as the percent it shows, a date as the day it shows). A formula cell's result is taken
 * from `cell.result`: ExcelJS's `cell.value` drops a cached result of 0 (it copies only truthy fields).
 */
export function cellPlainValue(cell: XL.Cell): NamedValue {
  const value = rawPlainValue(cell);
  // "90%" typed in a cell is stored as 0.9 under a percent format: read as the 90 it shows.
  if (typeof value === 'number') return valueAsShown(value, cell.numFmt);
  // ExcelJS gives a date-time its time of day (the cell's clock as UTC): the day shown is what the other hosts read (number-as-shown.ts).
  return value instanceof Date ? utcDay(value) : value;
}

function rawPlainValue(cell: XL.Cell): NamedValue {
  // Told by the value's shape, not by ExcelJS.ValueType: this module imports no ExcelJS code, so the pane loads it before ExcelJS.
  const value = cell.value;
  if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const result = cell.result as unknown;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) return String((result as { error: unknown }).error);
    return plainValue(result as XL.CellValue);
  }
  return plainValue(cell.value);
}

/**
 * Values and addresses of every single-cell defined name of a loaded workbook, under the template's spelling whatever
 * case the file writes a name in (spellAsTemplate), as Excel and the light reader find them.
 */
export function readNamedCells(wb: XL.Workbook): NamedCells {
  const values: Record<string, NamedValue> = {};
  const addresses: Record<string, string> = {};
  const formulas: Record<string, boolean> = {};
  const model = wb.definedNames.model;
  const rangesOf = new Map(model.map(({ name, ranges }) => [name, ranges.join(',').toLowerCase()] as const));
  // A name spelled two ways at two cells is left unread: which cell is meant cannot be told.
  const { readAs } = spellAsTemplate(rangesOf.keys(), (name) => rangesOf.get(name) ?? '');
  // A name's sheet is found whatever the case its reference spells it in, as Excel finds it (ExcelJS's getWorksheet compares exactly).
  const sheets = new Map(wb.worksheets.map((ws) => [ws.name.toLowerCase(), ws] as const));
  for (const { name: spelled, ranges } of model) {
    const name = readAs.get(spelled);
    if (name === undefined || name.startsWith('_xlnm.') || ranges.length !== 1 || !ranges[0]) continue;
    const at = parseSheetCell(ranges[0]);
    const ws = at ? sheets.get(at.sheet.toLowerCase()) : undefined;
    if (!at || !ws) continue;
    const cell = ws.getCell(at.a1);
    values[name] = cellPlainValue(cell);
    addresses[name] = sheetRef(ws.name, at.a1);
    // ExcelJS gives a formula cell as { formula, result }, a shared formula's follower as { sharedFormula, result }.
    const v = cell.value;
    formulas[name] = typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
  }
  return { values, addresses, formulas };
}
