// Moving a workbook to a newer version of its set: the values whose row the new version no longer has, and the visible sheet that keeps them.
import { FORMSET_TEXT } from '../i18n/form-sets';
import { noteCellName } from '../layout/names';
import { cellAddress, rangeAddresses, rangeCells } from '../layout/a1';
import { beyondPlan, type LaidArea } from '../layout/beyond-plan';
import type { PlanValue, SheetPlan } from '../layout/types';
import type { FormCatalogue } from './build-catalogue';
import { definedName } from './catalogue';
import { isComputedRow, type FormNumber } from './types';

/** A value (or a Ghi chú) typed on a row of the old version that the new version has no input for. */
export interface OrphanValue {
  readonly form: FormNumber;
  readonly key: string;
  /** The row's label in the old version. */
  readonly label: string;
  readonly value: PlanValue;
  readonly note: string | null;
}

const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const plain = (v: unknown): PlanValue => (typeof v === 'number' || typeof v === 'string' ? v : v === null || v === undefined ? null : String(v));

/**
 * Every value and note of `values` (by defined name) on a row of `from` whose input `to` lacks: the row is gone, its
 * form is gone, or it became a heading or a computed row. Computed values are not listed: they follow from the inputs.
 */
export function orphanValues(values: Readonly<Record<string, unknown>>, from: FormCatalogue, to: FormCatalogue): OrphanValue[] {
  const out: OrphanValue[] = [];
  for (const form of from.forms) {
    for (const row of form.rows) {
      const now = to.row(form.number, row.key);
      const wasInput = row.kind !== 'section' && !isComputedRow(row);
      const isInput = now !== undefined && now.kind !== 'section' && !isComputedRow(now);
      const value = wasInput && !isInput ? values[definedName(form.number, row.key)] : undefined;
      // A Ghi chú has a cell on every row, headings included: it is lost only when the row is.
      const note = now === undefined ? values[noteCellName(form.number, row.key)] : undefined;
      if (blank(value) && blank(note)) continue;
      out.push({ form: form.number, key: row.key, label: row.label, value: blank(value) ? null : plain(value), note: blank(note) ? null : String(note) });
    }
  }
  return out;
}

/** The visible sheet keeping them: a line saying what it is, the headers, one row each (unprotected: they are the user's to copy). */
export function orphansSheet(orphans: readonly OrphanValue[], fromLabel: string, toLabel: string): SheetPlan {
  const T = FORMSET_TEXT.option;
  const rows: PlanValue[][] = [
    [T.orphansIntro(fromLabel, toLabel), null, null, null, null],
    [...T.orphansHeaders],
    // A cell kept by strayValues has no row key: its cell is in its label.
    ...orphans.map((o) => [o.form, o.key === '' ? null : o.key, o.label, o.value, o.note]),
  ];
  return {
    name: T.orphansSheet,
    rows: rows.length,
    columns: 5,
    values: rows,
    formulas: rows.map(() => [null, null, null, null, null]),
    // The key stays text ("3.1" is not a number); a value keeps what it was.
    numberFormats: rows.map(() => ['General', '@', '@', 'General', '@']),
    merges: ['A1:E1'],
    columnWidths: [10, 12, 60, 18, 40],
    styles: [],
    inputs: [],
    validations: [],
    names: [],
    protect: false,
    print: { paperSize: 'A4', orientation: 'landscape', fitToWidth: true, margins: { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 } },
  };
}

/** The rows already on a sheet of values without a row (from an earlier move), from its values row by row (row 1 the intro, row 2 the headers): kept, before the new ones. */
export function orphansOfRows(rows: readonly (readonly unknown[])[]): OrphanValue[] {
  const out: OrphanValue[] = [];
  for (const row of rows.slice(2)) {
    const cell = (c: number): PlanValue => plain(blank(row[c]) ? null : row[c]);
    const form = Number(cell(0));
    if (!Number.isInteger(form) || form < 1) continue;
    const note = cell(4);
    out.push({ form: form as FormNumber, key: String(cell(1) ?? ''), label: String(cell(2) ?? ''), value: cell(3), note: note === null ? null : String(note) });
  }
  return out;
}

/**
 * What a move to another set would lay its table over or clear: every cell of `after`'s block (a form sheet, `form`), and of the old
 * block beyond it (core beyondPlan, which every host empties), where the old set's layout `before` (built with the same data;
 * undefined where it had no such sheet) has nothing (no value, no formula, no input: below its table, or a free cell inside it) and
 * the workbook holds something other than what `after` writes there. A cell outside both blocks is left as it is, unless the host
 * keeps nothing of the sheet up to `lostToo` (the command line writes the file anew): those cells are listed too. No name of the old
 * layout held it, so it is no row's entry: a row the new set adds there takes none of it (it has no earlier entry), and it is kept
 * with the values that have no row (the sheet `Giá trị không còn dòng`), its cell in place of a row. `at`: the workbook's value at a
 * 0-based cell of the sheet (blank: null, undefined or empty text).
 */
export function strayValues(
  before: SheetPlan | undefined,
  after: SheetPlan,
  form: FormNumber,
  at: (r: number, c: number) => unknown,
  lostToo: LaidArea = { rows: 0, columns: 0 },
): OrphanValue[] {
  const oldInputs = new Set(before ? before.inputs.flatMap((range) => rangeAddresses(range)) : []);
  const heldBefore = (r: number, c: number): boolean =>
    before !== undefined &&
    r < before.rows &&
    c < before.columns &&
    ((before.values[r]?.[c] ?? null) !== null || !!before.formulas[r]?.[c] || oldInputs.has(cellAddress(r + 1, c + 1)));
  const cleared = new Set(before ? beyondPlan(after, before).flatMap((range) => rangeCells(range).map((p) => `${p.row - 1}:${p.col - 1}`)) : []);
  const rows = Math.max(after.rows, before?.rows ?? 0, lostToo.rows);
  const columns = Math.max(after.columns, before?.columns ?? 0, lostToo.columns);
  const out: OrphanValue[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const inAfter = r < after.rows && c < after.columns;
      if (!inAfter && !cleared.has(`${r}:${c}`) && !(r < lostToo.rows && c < lostToo.columns)) continue;
      const value = at(r, c);
      if (blank(value) || heldBefore(r, c)) continue;
      const written = !inAfter || after.formulas[r]?.[c] ? undefined : after.values[r]?.[c];
      if (written !== undefined && written !== null && plain(value) === written) continue;
      out.push({ form, key: '', label: FORMSET_TEXT.option.strayLabel(cellAddress(r + 1, c + 1)), value: plain(value), note: null });
    }
  }
  return out;
}
