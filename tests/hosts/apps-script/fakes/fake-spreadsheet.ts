// A recording fake of the SpreadsheetApp / Sheets API surface the adapter uses; formulas are computed by HyperFormula.
import { HyperFormula } from 'hyperformula';
import { parseCellAddress } from '../../../../src/core/layout/a1';
import type {
  GasDataValidation,
  GasDataValidationBuilder,
  GasMenu,
  GasProtection,
  GasRange,
  GasRangeList,
  GasSheet,
  GasSheetsApi,
  GasSpreadsheet,
  GasSpreadsheetApp,
  GasUi,
  GasUser,
  GasPromptResponse,
  GasHtmlOutput,
} from '../../../../src/hosts/apps-script/gas-types';
import type { CallLog } from './call-log';
import { FakeChart, REQUEST_KINDS, checkAddChart, knownFields } from './fake-charts';

type Schema = GoogleAppsScript.Sheets.Schema.Spreadsheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;

const key = (r: number, c: number): string => `${r}:${c}`;

export class FakeUser implements GasUser {
  constructor(readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

export interface ValidationSpec {
  readonly criteria: string;
  readonly args: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

export class FakeValidation implements GasDataValidation {
  constructor(readonly spec: ValidationSpec) {}
  getHelpText(): string | null {
    return this.spec.helpText;
  }
}

class FakeValidationBuilder implements GasDataValidationBuilder {
  private spec: ValidationSpec = { criteria: '', args: [], allowInvalid: true, helpText: null };
  constructor(private readonly log: CallLog) {}
  private set(patch: Partial<ValidationSpec>, method: string): this {
    this.log.record('DataValidation', method);
    this.spec = { ...this.spec, ...patch };
    return this;
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set({ criteria: 'NUMBER_BETWEEN', args: [start, end] }, 'requireNumberBetween');
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set({ criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', args: [n] }, 'requireNumberGreaterThanOrEqualTo');
  }
  requireValueInList(values: string[], showDropdown: boolean): this {
    return this.set({ criteria: 'VALUE_IN_LIST', args: [values, showDropdown] }, 'requireValueInList');
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set({ criteria: 'CUSTOM_FORMULA', args: [formula] }, 'requireFormulaSatisfied');
  }
  setAllowInvalid(allowInvalid: boolean): this {
    return this.set({ allowInvalid }, 'setAllowInvalid');
  }
  setHelpText(helpText: string): this {
    return this.set({ helpText }, 'setHelpText');
  }
  build(): FakeValidation {
    this.log.record('DataValidation', 'build');
    return new FakeValidation(this.spec);
  }
}

/** A cell's stored state; `content` is a literal or, when `formula` is set, ignored. */
export interface FakeCell {
  content: unknown;
  formula?: string;
  format?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  fontFamily?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  background?: string | null;
  validation?: FakeValidation | null;
  note?: string;
  border?: boolean;
  /** The address a cell's text links to (a pasted link shown as the file's title). */
  link?: string;
  /**
   * A smart chip's link (a pasted Drive link Sheets turned into a file chip). Apps Script documents
   * no chip access (RichTextValue has text runs and links only:
   * https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value), so the fake
   * shows it to the Sheets API alone (`chipRuns`).
   */
  chip?: string;
}

export class FakeProtection implements GasProtection {
  description = '';
  warningOnly = false;
  unprotected: string[] = [];
  editors: Set<string>;
  domainEdit = true;
  removed = false;
  /** ProtectedRange.protectedRangeId, as the Sheets API lists it. */
  readonly apiId: number;
  constructor(
    private readonly ss: FakeSpreadsheet,
    readonly sheet: FakeSheet,
    /** A RANGE protection (Range.protect) covers only its range; a SHEET one the whole sheet. */
    readonly range: string | null = null,
  ) {
    this.editors = new Set(ss.editors);
    this.apiId = ss.nextProtectionId++;
  }
  /** Protection.canEdit without recording a call: what ProtectedRange.requestingUserCanEdit reports. */
  userCanEdit(): boolean {
    return this.editors.has(this.ss.currentUser) || this.ss.currentUser === this.ss.owner;
  }
  private rec(method: string): void {
    this.ss.log.record('SpreadsheetApp', `Protection.${method}`);
  }
  setDescription(d: string): this {
    this.rec('setDescription');
    this.description = d;
    return this;
  }
  setWarningOnly(w: boolean): this {
    this.rec('setWarningOnly');
    this.warningOnly = w;
    return this;
  }
  setUnprotectedRanges(ranges: GasRange[]): this {
    this.rec('setUnprotectedRanges');
    this.unprotected = ranges.map((r) => (r as FakeRange).a1());
    return this;
  }
  addEditor(user: GasUser): this {
    this.rec('addEditor');
    this.editors.add(user.getEmail());
    return this;
  }
  getEditors(): GasUser[] {
    this.rec('getEditors');
    return [...this.editors].map((e) => new FakeUser(e));
  }
  removeEditors(users: GasUser[]): this {
    this.rec('removeEditors');
    // As documented: neither the owner nor the current user can be removed.
    for (const u of users) if (u.getEmail() !== this.ss.owner && u.getEmail() !== this.ss.currentUser) this.editors.delete(u.getEmail());
    return this;
  }
  canDomainEdit(): boolean {
    this.rec('canDomainEdit');
    return this.domainEdit;
  }
  setDomainEdit(e: boolean): this {
    this.rec('setDomainEdit');
    this.domainEdit = e;
    return this;
  }
  /** As documented: whether the current user may edit this protection (the owner always may). */
  canEdit(): boolean {
    this.rec('canEdit');
    return this.editors.has(this.ss.currentUser) || this.ss.currentUser === this.ss.owner;
  }
  remove(): void {
    this.rec('remove');
    // Sheets refuses to remove a protection the user may not edit; the reference guards remove() with canEdit().
    if (!this.editors.has(this.ss.currentUser) && this.ss.currentUser !== this.ss.owner) {
      throw new Error('Bạn đang cố sửa một trang hoặc vùng được bảo vệ.');
    }
    this.removed = true;
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
  /** Whether `email` may type into the cell at 0-based (r, c). */
  allows(email: string, r: number, c: number): boolean {
    if (this.range !== null && !inRange(this.range, r, c)) return true;
    // The owner is never bound: "the spreadsheet owner is always able to edit protected ranges"
    // (Protection class, https://developers.google.com/apps-script/reference/spreadsheet/protection).
    if (email === this.ss.owner) return true;
    if (this.editors.has(email)) return true;
    return this.unprotected.some((a1) => inRange(a1, r, c));
  }
}

function inRange(a1: string, r: number, c: number): boolean {
  const [from, to = from] = a1.split(':');
  const a = parseCellAddress(from ?? '');
  const b = parseCellAddress(to ?? '');
  return r + 1 >= a.row && r + 1 <= b.row && c + 1 >= a.col && c + 1 <= b.col;
}

function columnLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * What Sheets (Vietnamese locale: "." groups thousands, "," marks decimals, dates d/m/y) does with a
 * string written by setValues or typed: a cell formatted as plain text keeps it as it is; a leading
 * apostrophe is hidden and makes the rest text; "=" starts a formula; numbers, percentages, dates
 * and booleans are parsed. Kept apart from the adapter's own quoting rules on purpose, so that the
 * tests catch a string the adapter forgets to quote. Range.setValue: "If it begins with '=' it is
 * interpreted as a formula" (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue);
 * plain text format "@" (https://developers.google.com/sheets/api/guides/formats#number_format_examples,
 * "Plain text" in https://support.google.com/docs/answer/56470) keeps what is entered as text.
 */
export function parseInput(v: unknown, format: string | undefined, timeZone = 'Asia/Ho_Chi_Minh'): { content: unknown; formula?: string; percent?: boolean } {
  if (typeof v !== 'string') return { content: v === null || v === undefined ? '' : v };
  if (format === '@') return { content: v };
  if (v.startsWith("'")) return { content: v.slice(1) };
  if (v.startsWith('=')) return { content: '', formula: v };
  const t = v.trim();
  const pct = /%$/.test(t);
  const body = t.replace(/%$/, '');
  if (/^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(body)) {
    const n = Number(body.replace(/\./g, '').replace(',', '.'));
    return pct ? { content: n / 100, percent: true } : { content: n };
  }
  if (/^[+-]?\d*\.\d+$/.test(body)) return pct ? { content: Number(body) / 100, percent: true } : { content: Number(body) };
  const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (d) return { content: midnightIn(timeZone, Number(d[3]), Number(d[2]), Number(d[1])) };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return { content: midnightIn(timeZone, Number(iso[1]), Number(iso[2]), Number(iso[3])) };
  if (/^(true|false)$/i.test(t)) return { content: t.toLowerCase() === 'true' };
  return { content: v };
}

/**
 * A date cell's value as getValues returns it: the instant of that day's midnight in the
 * spreadsheet's time zone (Spreadsheet.getSpreadsheetTimeZone; dates are "interpreted in the
 * spreadsheet's time zone", https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()),
 * which a script running in another zone reads as another day with getDate().
 */
export function midnightIn(timeZone: string, y: number, m: number, d: number): Date {
  const guess = Date.UTC(y, m - 1, d);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(new Date(guess));
  const n = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const shown = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  return new Date(guess - (shown - guess));
}

/** The serial day number of the date a Date instant falls on in `timeZone` (day 0: 30 December 1899). */
export function serialIn(timeZone: string, d: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(d);
  const n = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return (Date.UTC(n('year'), n('month') - 1, n('day')) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * Characters one cell holds in Google Sheets: 50,000. Writing more is refused with "Your input
 * contains more than the maximum of 50000 characters in a single cell" (the error Sheets gives,
 * as reported at https://integrately.com/integrations/google-sheets/error; Google's limits page,
 * https://support.google.com/docs/answer/37603, gives the spreadsheet's 10 million cells).
 */
export const MAX_CELL_CHARS = 50_000;

export class FakeRange implements GasRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}
  a1(): string {
    const tl = `${columnLetters(this.col)}${this.row}`;
    if (this.rows === 1 && this.cols === 1) return tl;
    return `${tl}:${columnLetters(this.col + this.cols - 1)}${this.row + this.rows - 1}`;
  }
  private rec(method: string): void {
    this.sheet.ss.log.record('SpreadsheetApp', `Range.${method}`);
  }
  /** As Sheets does: one locked cell the current user may not edit fails the whole write (values, formats and notes alike). */
  private guard(method: string): void {
    const user = this.sheet.ss.currentUser;
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) {
        if (!this.sheet.protections.every((p) => p.allows(user, this.row - 1 + r, this.col - 1 + c))) {
          throw new Error(`${method}: Bạn đang cố chỉnh sửa một ô hoặc đối tượng được bảo vệ (${this.a1()}).`);
        }
      }
    }
  }
  /** A write as SpreadsheetApp takes it: checked now, applied to the cells when the spreadsheet's pending writes are (FakeSpreadsheet.settle). */
  private put<T>(method: string, grid: T[][], apply: (cell: FakeCell, v: T) => void): this {
    this.rec(method);
    if (grid.length !== this.rows || grid.some((row) => row.length !== this.cols)) {
      throw new Error(`${method}: kích thước ${grid.length}×${grid[0]?.length} khác vùng ${this.rows}×${this.cols}`);
    }
    this.guard(method);
    const copy = grid.map((row) => [...row]);
    this.sheet.ss.later(() => copy.forEach((row, r) => row.forEach((v, c) => apply(this.sheet.rawCell(this.row - 1 + r, this.col - 1 + c), v))));
    return this;
  }
  private get<T>(method: string, read: (cell: FakeCell | undefined, r: number, c: number) => T): T[][] {
    this.rec(method);
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.cols }, (_, c) => read(this.sheet.cells.get(key(this.row - 1 + r, this.col - 1 + c)), this.row - 1 + r, this.col - 1 + c)),
    );
  }
  getFormulas(): string[][] {
    return this.get('getFormulas', (cell) => cell?.formula ?? '');
  }
  /** Range.getNumberFormats (https://developers.google.com/apps-script/reference/spreadsheet/range#getnumberformats): Sheets' default "0.###############" where none was set. */
  getNumberFormats(): string[][] {
    return this.get('getNumberFormats', (cell) => cell?.format ?? '0.###############');
  }
  getValues(): unknown[][] {
    const computed = this.sheet.computedValues();
    return this.get('getValues', (_cell, r, c) => computed[r]?.[c] ?? '');
  }
  /**
   * Range.getRichTextValues: per cell its text with its links; getLinkUrl() is the link of the whole
   * text, null when there is none (https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value#getLinkUrl()).
   * RichTextValue documents no chips: a smart chip's cell answers null here.
   */
  getRichTextValues(): ({ getLinkUrl(): string | null } | null)[][] {
    return this.get('getRichTextValues', (cell) => ({ getLinkUrl: () => cell?.link ?? null }));
  }
  setValues(values: unknown[][]): this {
    const long = values.flat().find((v) => typeof v === 'string' && v.length > MAX_CELL_CHARS);
    if (long !== undefined) throw new Error(`Exception: Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
    return this.put('setValues', values, (cell, v) => {
      const parsed = parseInput(v, cell.format, this.sheet.ss.timeZone);
      cell.content = parsed.content;
      if (parsed.formula) cell.formula = parsed.formula;
      else delete cell.formula;
    });
  }
  setFormulas(formulas: string[][]): this {
    return this.put('setFormulas', formulas, (cell, f) => {
      cell.content = '';
      if (f) cell.formula = f;
      else delete cell.formula;
    });
  }
  setNumberFormats(f: string[][]): this {
    return this.put('setNumberFormats', f, (cell, v) => (cell.format = v));
  }
  setDataValidations(rules: (GasDataValidation | null)[][]): this {
    return this.put('setDataValidations', rules, (cell, v) => (cell.validation = (v as FakeValidation | null) ?? null));
  }
  setFontWeights(w: (string | null)[][]): this {
    return this.put('setFontWeights', w, (cell, v) => (cell.fontWeight = v ?? 'normal'));
  }
  setFontStyles(s: (string | null)[][]): this {
    return this.put('setFontStyles', s, (cell, v) => (cell.fontStyle = v ?? 'normal'));
  }
  setFontSizes(s: number[][]): this {
    return this.put('setFontSizes', s, (cell, v) => (cell.fontSize = v));
  }
  setFontFamily(family: string): this {
    this.rec('setFontFamily');
    this.guard('setFontFamily');
    this.sheet.ss.later(() => this.forEachCell((cell) => (cell.fontFamily = family)));
    return this;
  }
  setHorizontalAlignments(a: (string | null)[][]): this {
    return this.put('setHorizontalAlignments', a, (cell, v) => (cell.hAlign = v ?? 'general'));
  }
  setVerticalAlignments(a: (string | null)[][]): this {
    return this.put('setVerticalAlignments', a, (cell, v) => (cell.vAlign = v ?? 'bottom'));
  }
  setWraps(w: boolean[][]): this {
    return this.put('setWraps', w, (cell, v) => (cell.wrap = v));
  }
  getBackgrounds(): string[][] {
    return this.get('getBackgrounds', (cell) => cell?.background ?? '#ffffff');
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this.put('setBackgrounds', colors, (cell, v) => (cell.background = v));
  }
  getNotes(): string[][] {
    return this.get('getNotes', (cell) => cell?.note ?? '');
  }
  setNotes(notes: (string | null)[][]): this {
    return this.put('setNotes', notes, (cell, v) => (cell.note = v ?? ''));
  }
  activate(): this {
    this.rec('activate');
    this.sheet.ss.active = { sheet: this.sheet.name, a1: this.a1() };
    return this;
  }
  /** Every cell of the range as stored, pending writes not applied (for those writes themselves). */
  forEachCell(f: (cell: FakeCell) => void): void {
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) f(this.sheet.rawCell(this.row - 1 + r, this.col - 1 + c));
  }
}

class FakeRangeList implements GasRangeList {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly ranges: FakeRange[],
  ) {}
  setBorder(top: boolean, left: boolean, bottom: boolean, right: boolean, vertical: boolean, horizontal: boolean): this {
    this.sheet.ss.log.record('SpreadsheetApp', 'RangeList.setBorder');
    const all = top && left && bottom && right && vertical && horizontal;
    this.sheet.ss.later(() => {
      for (const r of this.ranges) r.forEachCell((cell) => (cell.border = all));
    });
    return this;
  }
  getRanges(): GasRange[] {
    this.sheet.ss.log.record('SpreadsheetApp', 'RangeList.getRanges');
    return [...this.ranges];
  }
}

/**
 * A sheet's formulas evaluated by HyperFormula; the same grid always gives the same values, so
 * evaluations are remembered (hundreds of commune spreadsheets share a few sets of numbers).
 *
 * Sheets reads a formula with the separators of the spreadsheet's locale
 * (https://support.google.com/docs/answer/58515: "the locale affects formatting details such as
 * functions, dates, and currency"). In a Vietnam-locale spreadsheet, as in every locale whose decimal
 * mark is ",", arguments are separated by ";" and a formula written with "," is a "Formula parse
 * error" (#ERROR!): HyperFormula is set up the same way. In a "," locale (en_US), ";" is accepted
 * too and read as "," (https://stackoverflow.com/questions/73767719; not in Google's reference).
 */
const evaluated = new Map<string, unknown[][]>();
const SEMICOLON_SYNTAX = { functionArgSeparator: ';', decimalSeparator: ',', thousandSeparator: '.', arrayColumnSeparator: ',', arrayRowSeparator: '|' } as const;
function evaluate(input: (number | boolean | string | null)[][], locale: string): unknown[][] {
  const commaLocale = locale === 'en_US';
  const sheet = commaLocale ? input.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? semicolonsAsCommas(v) : v))) : input;
  const key = `${locale}\u0000${JSON.stringify(sheet)}`;
  const known = evaluated.get(key);
  if (known) return known;
  const hf = HyperFormula.buildFromSheets({ S: sheet }, { licenseKey: 'gpl-v3', ...(commaLocale ? {} : SEMICOLON_SYNTAX) });
  const values = hf.getSheetValues(0) as unknown[][];
  hf.destroy();
  if (evaluated.size > 500) evaluated.clear();
  evaluated.set(key, values);
  return values;
}

/** A formula's ";" outside text and quoted sheet names read as ",", as a "," locale's Sheets does. */
function semicolonsAsCommas(formula: string): string {
  let quote: string | null = null;
  let out = '';
  for (const ch of formula) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    out += !quote && ch === ';' ? ',' : ch;
  }
  return out;
}

export class FakeSheet implements GasSheet {
  /** The cells as the spreadsheet holds them, without the script's pending SpreadsheetApp writes. */
  readonly store = new Map<string, FakeCell>();
  /** The cells once every pending write is applied: what any reader (SpreadsheetApp, or a test after the execution) sees. */
  get cells(): Map<string, FakeCell> {
    this.ss.settle();
    return this.store;
  }
  protections: FakeProtection[] = [];
  merges: GridRange[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  frozenRows = 0;
  /** Hidden from the tabs (Sheet.hideSheet / Sheet.isSheetHidden; SheetProperties.hidden in the Sheets API). */
  hidden = false;
  constructor(
    readonly ss: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}
  private rec(method: string): void {
    this.ss.log.record('SpreadsheetApp', `Sheet.${method}`);
  }
  /** A cell once the pending writes are applied (created empty when absent). */
  cell(r: number, c: number): FakeCell {
    this.ss.settle();
    return this.rawCell(r, c);
  }
  /** A cell as stored now, pending writes not applied: what a pending write or the Sheets API writes into. */
  rawCell(r: number, c: number): FakeCell {
    let cell = this.store.get(key(r, c));
    if (!cell) {
      cell = { content: '' };
      this.store.set(key(r, c), cell);
    }
    return cell;
  }
  /** Last row and column holding content or a formula (1-based), at least 1. */
  extent(): { rows: number; cols: number } {
    let rows = 1;
    let cols = 1;
    for (const [k, cell] of this.cells) {
      if (cell.formula === undefined && (cell.content === '' || cell.content === null || cell.content === undefined)) continue;
      const [r, c] = k.split(':').map(Number) as [number, number];
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return { rows, cols };
  }
  /** Every cell's value as getValues shows it: formulas evaluated by a real engine. */
  computedValues(): unknown[][] {
    const { rows, cols } = this.extent();
    const grid: unknown[][] = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => {
        const cell = this.cells.get(key(r, c));
        if (!cell) return null;
        if (cell.formula) return cell.formula;
        return cell.content === '' ? null : cell.content instanceof Date ? cell.content : cell.content;
      }),
    );
    const hasFormula = [...this.cells.values()].some((c) => c.formula);
    if (!hasFormula) return grid.map((row) => row.map((v) => (v === null ? '' : v)));
    // Literal text goes in quoted, so "12" typed into a text cell stays text as it does in Sheets.
    const input = grid.map((row, r) =>
      row.map((v, c) => {
        if (v instanceof Date) return null;
        if (typeof v === 'string' && !this.cells.get(key(r, c))?.formula) return `'${v}`;
        return v as number | boolean | string | null;
      }),
    );
    const values = evaluate(input, this.ss.locale);
    return grid.map((row, r) =>
      row.map((v, c) => {
        if (!this.cells.get(key(r, c))?.formula) return v === null ? '' : v;
        const out = values[r]?.[c];
        if (out === null || out === undefined) return '';
        if (typeof out === 'object') return '#ERROR!';
        return out;
      }),
    );
  }
  valueAt(a1: string): unknown {
    const { row, col } = parseCellAddress(a1);
    return this.computedValues()[row - 1]?.[col - 1] ?? '';
  }
  getName(): string {
    this.rec('getName');
    return this.name;
  }
  getSheetId(): number {
    this.rec('getSheetId');
    return this.id;
  }
  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    this.rec('getRange');
    if (numRows < 1 || numColumns < 1) throw new Error('Số hàng và số cột phải lớn hơn 0');
    return new FakeRange(this, row, column, numRows, numColumns);
  }
  rangeOf(a1: string): FakeRange {
    const [from, to = from] = a1.split(':');
    const a = parseCellAddress(from ?? '');
    const b = parseCellAddress(to ?? '');
    return new FakeRange(this, a.row, a.col, b.row - a.row + 1, b.col - a.col + 1);
  }
  getRangeList(a1s: string[]): FakeRangeList {
    this.rec('getRangeList');
    return new FakeRangeList(this, a1s.map((a) => this.rangeOf(a)));
  }
  /** The charts on the sheet, in the order added (Sheet.getCharts; the Sheets API's Sheet.charts). */
  charts: FakeChart[] = [];
  /**
   * The grid's size (SheetProperties.gridProperties rowCount × columnCount,
   * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#GridProperties): a new sheet has
   * 1000 rows and 26 columns ("Google Sheets has 26 columns by default", https://github.com/burnash/gspread/issues/371;
   * "Range ('…'!A1001) exceeds grid limits. Max rows: 1000, max columns: 121",
   * https://github.com/cloudfour/lighthouse-parade/issues/151). The fake bounds the charts' ranges and anchors by it;
   * other writes neither check nor grow it.
   */
  rowCount = 1000;
  columnCount = 26;
  /** Sheet.getCharts(): "Returns an array of charts on this sheet" (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getCharts()), however they were added. */
  getCharts(): FakeChart[] {
    this.rec('getCharts');
    return [...this.charts];
  }
  /** A person deleting a chart by hand (select it, Delete): no script call. */
  deleteChartByHand(chart: FakeChart): void {
    const at = this.charts.indexOf(chart);
    if (at < 0) throw new Error('The chart is not on this sheet.');
    this.charts.splice(at, 1);
  }
  /**
   * Sheet.hideSheet() hides the sheet from the tabs
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideSheet()); the Sheets
   * API shows it as SheetProperties.hidden, "True if the sheet is hidden in the UI". A spreadsheet
   * keeps one sheet visible: the fake refuses to hide the last one (the cautious case; the error's
   * wording is the fake's) and takes hiding a hidden sheet as doing nothing.
   */
  hideSheet(): this {
    this.rec('hideSheet');
    if (!this.hidden && !this.ss.sheets.some((s) => s !== this && !s.hidden)) throw new Error("Exception: You can't hide all the sheets in a document.");
    this.hidden = true;
    return this;
  }
  /** A person showing the sheet again (right-click › Show sheet). */
  show(): void {
    this.hidden = false;
  }
  getDataRange(): FakeRange {
    this.rec('getDataRange');
    const { rows, cols } = this.extent();
    return new FakeRange(this, 1, 1, rows, cols);
  }
  setColumnWidth(col: number, width: number): this {
    this.rec('setColumnWidth');
    this.columnWidths.set(col - 1, width);
    return this;
  }
  protect(): FakeProtection {
    this.rec('protect');
    const p = new FakeProtection(this.ss, this);
    this.protections.push(p);
    return p;
  }
  /** Sheet.getProtections(type): the sheet's protection, or its range protections (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getProtections(ProtectionType)). */
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GasProtection[] {
    this.rec('getProtections');
    const wantRange = String(type) === 'RANGE';
    return this.protections.filter((p) => (p.range !== null) === wantRange);
  }
  /**
   * Sheet.clear(): "Clears the sheet of content and formatting information"
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear()); notes and
   * validation rules stay. A protected cell the user may not edit fails it, as any write does.
   */
  clear(): this {
    this.rec('clear');
    const user = this.ss.currentUser;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(':').map(Number) as [number, number];
      if (!this.protections.every((p) => p.allows(user, r, c))) throw new Error('clear: Bạn đang cố chỉnh sửa một ô hoặc đối tượng được bảo vệ.');
    }
    for (const [k, cell] of this.cells) this.cells.set(k, { content: '', validation: cell.validation ?? null, ...(cell.note ? { note: cell.note } : {}) });
    return this;
  }
  /** Range.protect() by whoever is the current user: a protected range whose editors are the owner and that user. */
  protectRange(a1: string): FakeProtection {
    const p = new FakeProtection(this.ss, this, a1);
    p.editors = new Set([this.ss.owner, this.ss.currentUser]);
    this.protections.push(p);
    return p;
  }
  /** Whether `email` may type into a cell (no protection = anyone). */
  canEdit(email: string, a1: string): boolean {
    const { row, col } = parseCellAddress(a1);
    return this.protections.every((p) => p.allows(email, row - 1, col - 1));
  }
  /** A person typing into a cell, as the Sheets UI would take it. */
  /**
   * A person typing into a cell, as the Sheets UI would take it. A rule set to reject input
   * refuses what it does not allow, for everyone, the owner included (data validation is not
   * protection); the fake evaluates the computed cells' custom rule, `=ISFORMULA(<the cell>)`
   * (Sheets API DataValidationRule.strict: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#DataValidationRule).
   * Other criteria are left to the checker's findings, which is what tests typing text into number cells look at.
   */
  type(a1: string, v: unknown): void {
    const { row, col } = parseCellAddress(a1);
    const cell = this.cell(row - 1, col - 1);
    const parsed = parseInput(v, cell.format, this.ss.timeZone);
    const rule = cell.validation?.spec;
    // An empty entry is a deletion, which the rule does not stop (see deleteContent).
    const emptied = parsed.content === '' && !parsed.formula;
    if (rule && !rule.allowInvalid && rule.criteria === 'CUSTOM_FORMULA' && rule.args[0] === `=ISFORMULA(${a1})` && !parsed.formula && !emptied) {
      throw new Error(`Dữ liệu bạn đã nhập vào ô ${a1} vi phạm quy tắc xác thực dữ liệu đặt cho ô này.`);
    }
    // Typed input is parsed as USER_ENTERED: "Formats may also be inferred, so "$100.15" becomes a number with
    // currency formatting" (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption): "90%" gets a percent format.
    if (parsed.percent) cell.format = '0%';
    cell.content = parsed.content;
    if (parsed.formula) cell.formula = parsed.formula;
    else delete cell.formula;
    // Typing "90%" into a number cell stores 0.9 and gives the cell a percent format, which the
    // Sheets API reports as NumberFormat type PERCENT (https://developers.google.com/sheets/api/guides/formats).
    if (typeof v === 'string' && /%\s*$/.test(v) && typeof parsed.content === 'number' && cell.format !== '@') cell.format = '0%';
  }
  /**
   * A value that arrives without the rule being applied: Ctrl+V of a cell copied from elsewhere
   * brings that cell's (absent) rule along. A paste gets past data validation
   * (https://support.google.com/docs/answer/139705); the fake takes the cautious case, the rule
   * replaced and the value kept, so that the check's formula-overwritten finding, not the rule, is
   * what tests rely on. Rules that reject input: https://developers.google.com/apps-script/reference/spreadsheet/data-validation#getAllowInvalid()
   */
  paste(a1: string, v: unknown): void {
    const { row, col } = parseCellAddress(a1);
    const cell = this.cell(row - 1, col - 1);
    cell.validation = null;
    this.type(a1, v);
  }
  /**
   * A person pressing Delete on a cell: its value or formula goes, its format, note and rule stay.
   * Data validation checks what is entered, not a deletion, so a rule set to reject input does not
   * stop it (https://support.google.com/docs/answer/139705); Sheets accepts the emptied cell.
   */
  deleteContent(a1: string): void {
    const { row, col } = parseCellAddress(a1);
    const cell = this.cell(row - 1, col - 1);
    cell.content = '';
    delete cell.formula;
  }
  cellAt(a1: string): FakeCell | undefined {
    const { row, col } = parseCellAddress(a1);
    return this.cells.get(key(row - 1, col - 1));
  }
}

export class FakeSpreadsheet implements GasSpreadsheet {
  sheets: FakeSheet[] = [];
  namedRanges: { namedRangeId: string; name: string; range: GridRange }[] = [];
  toasts: string[] = [];
  active: { sheet: string; a1: string } | null = null;
  private nextId = 100;
  private nextNamedId = 1;
  nextProtectionId = 1;
  /**
   * Names whose sheet was deleted (#REF!): the Sheets API does not list them
   * (https://issuetracker.google.com/issues/126262167) yet addNamedRange with the same name fails.
   */
  brokenNames: string[] = [];
  /**
   * File › Settings › Locale (SpreadsheetProperties.locale,
   * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets#SpreadsheetProperties):
   * a Vietnamese staff member's spreadsheet is "vi_VN"; "en_US" is the other one modelled.
   */
  locale: 'vi_VN' | 'en_US' = 'vi_VN';
  readonly owner: string = 'owner@example.com';
  /** Who runs the script; a test may switch to another editor of the spreadsheet. */
  currentUser: string = 'staff@example.com';
  readonly editors = ['owner@example.com', 'staff@example.com', 'colleague@example.com'];
  /**
   * SpreadsheetApp writes not yet applied. "Spreadsheet operations are sometimes bundled together
   * to improve performance"; flush() "applies all pending Spreadsheet changes"
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush), as
   * does the end of the execution. The Sheets API (an advanced service, another client of the same
   * spreadsheet) writes at once: a SpreadsheetApp write made before it but not yet flushed lands
   * on top of it. A read sees the pending writes: SpreadsheetApp's own reads do; for a Sheets API
   * read, and for a test looking after the execution, the fake takes them as applied too (it
   * cannot tell where one execution ends), so only the order of writes is modelled.
   */
  private readonly pending: (() => void)[] = [];
  later(write: () => void): void {
    this.pending.push(write);
  }
  /** Applies the pending SpreadsheetApp writes in the order they were made. */
  settle(): void {
    const writes = this.pending.splice(0);
    for (const w of writes) w();
  }
  constructor(
    readonly log: CallLog,
    readonly id = 'ss-1',
    /** File › Settings › Time zone; the script's own zone is the process's. */
    readonly timeZone = 'Asia/Ho_Chi_Minh',
  ) {
    this.sheets.push(new FakeSheet(this, 'Trang tính1', 0));
  }
  private rec(method: string): void {
    this.log.record('SpreadsheetApp', `Spreadsheet.${method}`);
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`Không có trang ${name}`);
    return s;
  }
  getId(): string {
    this.rec('getId');
    return this.id;
  }
  /** The spreadsheet's title (SpreadsheetProperties.title, https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets#SpreadsheetProperties). */
  name = 'Báo cáo CCHC';
  getName(): string {
    this.rec('getName');
    return this.name;
  }
  getSheets(): GasSheet[] {
    this.rec('getSheets');
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    this.rec('getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name: string, index: number): FakeSheet {
    this.rec('insertSheet');
    if (this.sheets.some((s) => s.name === name)) throw new Error(`Trang ${name} đã có`);
    const s = new FakeSheet(this, name, this.nextId++);
    this.sheets.splice(Math.min(index, this.sheets.length), 0, s);
    return s;
  }
  getRange(a1: string): FakeRange {
    this.rec('getRange');
    const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(a1);
    if (!m || !m[3]) throw new Error(`Vùng không hợp lệ: ${a1}`);
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
    return this.sheet(name).rangeOf(m[3].replace(/\$/g, ''));
  }
  getSpreadsheetTimeZone(): string {
    this.rec('getSpreadsheetTimeZone');
    return this.timeZone;
  }
  toast(msg: string, _title: string): void {
    this.rec('toast');
    this.toasts.push(msg);
  }
  /**
   * File › Make a copy into `target` (another environment's spreadsheet): "a copy of the
   * spreadsheet" with its sheets, their cells (values, formulas, formats, notes, rules), their
   * hidden state and the named ranges (Spreadsheet.copy:
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#copy(String); named
   * ranges and hidden sheets travel with a copy as with any content of the file). Protections are
   * not copied here: no test of a copy looks at them, and the copier owns the copy anyway.
   */
  copyInto(target: FakeSpreadsheet): void {
    this.settle();
    target.sheets = this.sheets.map((s) => {
      const copy = new FakeSheet(target, s.name, s.id);
      for (const [k, cell] of s.store) copy.store.set(k, { ...cell });
      copy.merges = s.merges.map((m) => ({ ...m }));
      copy.columnWidths = new Map(s.columnWidths);
      copy.rowHeights = new Map(s.rowHeights);
      copy.frozenRows = s.frozenRows;
      copy.hidden = s.hidden;
      return copy;
    });
    target.namedRanges = this.namedRanges.map((n) => ({ ...n, range: { ...n.range } }));
    target.locale = this.locale;
  }

  /** The defined name's cell on its sheet: "D8". */
  nameCell(name: string): { sheet: FakeSheet; a1: string } | null {
    const nr = this.namedRanges.find((n) => n.name === name);
    if (!nr) return null;
    const sheet = this.sheets.find((s) => s.id === nr.range.sheetId);
    if (!sheet) return null;
    return { sheet, a1: `${columnLetters((nr.range.startColumnIndex ?? 0) + 1)}${(nr.range.startRowIndex ?? 0) + 1}` };
  }

  // ---- the Sheets API (advanced service) over the same model ----

  /**
   * Spreadsheets.get (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get):
   * sheets and named ranges; each sheet's cells with their calculated value (ExtendedValue: a
   * number, text, boolean or error; a date is a serial number of days since 30 December 1899 with
   * a DATE format), their format, the text they show, and their links and chips.
   * - `includeGridData` "is ignored if a field mask was set in the request": with `fields`, the
   *   cells come back when the mask asks for `sheets.data`.
   * - `ranges` ("The ranges to retrieve from the spreadsheet", A1 notation): only the sheets they
   *   name, each with one GridData per range, from where the range starts; a sheet the spreadsheet
   *   lacks fails the whole request with 400 "Unable to parse range".
   * - `fields` (https://developers.google.com/sheets/api/guides/field-masks): only the fields the
   *   mask names come back.
   */
  apiGet(id: string, args: { includeGridData?: boolean; fields?: string; ranges?: readonly string[] } = {}): Schema {
    this.log.record('Sheets', 'Spreadsheets.get');
    if (id !== this.id) throw new Error('API call to sheets.spreadsheets.get failed with error: Requested entity was not found.');
    const mask = args.fields === undefined ? null : parseFieldMask(args.fields);
    const withData = mask ? maskSelects(mask, ['sheets', 'data']) : args.includeGridData === true;
    const wanted = args.ranges ? args.ranges.map((r) => this.apiRange(r)) : this.sheets.map((s) => ({ sheet: s, area: null }));
    const sheets = this.sheets.filter((s) => wanted.some((w) => w.sheet === s));
    this.apiGets.push({ ranges: args.ranges ? [...args.ranges] : null, sheets: sheets.map((s) => s.name) });
    const full: Schema = {
      properties: { title: this.name, locale: this.locale, timeZone: this.timeZone },
      sheets: sheets.map((s) => ({
        properties: { sheetId: s.id, title: s.name, index: this.sheets.indexOf(s), ...(s.hidden ? { hidden: true } : {}) },
        ...(s.protections.length > 0 ? { protectedRanges: s.protections.map((p) => this.protectedRange(s, p)) } : {}),
        // Sheet.charts: "The specifications of every chart on this sheet" (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#Sheet).
        ...(s.charts.length > 0 ? { charts: s.charts.map((c) => ({ chartId: c.chartId, spec: c.spec, position: { overlayPosition: { anchorCell: { ...c.anchor } } } })) } : {}),
        ...(withData ? { data: wanted.filter((w) => w.sheet === s).map((w) => this.gridData(s, w.area)) } : {}),
      })),
      namedRanges: this.namedRanges.map((n) => ({ namedRangeId: n.namedRangeId, name: n.name, range: { ...n.range } })),
    };
    return mask ? (pruneToMask(full, mask) as Schema) : full;
  }

  /**
   * A protection as the API's ProtectedRange (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange):
   * a sheet's protection has an unbounded range ("considered a protected sheet"); editors are
   * "only visible to users with edit access to the protected range".
   */
  private protectedRange(s: FakeSheet, p: FakeProtection): GoogleAppsScript.Sheets.Schema.ProtectedRange {
    const canEdit = p.userCanEdit();
    return {
      protectedRangeId: p.apiId,
      range: p.range === null ? { sheetId: s.id } : a1GridRange(p.range, s.id),
      description: p.description,
      warningOnly: p.warningOnly,
      requestingUserCanEdit: canEdit,
      ...(p.unprotected.length > 0 ? { unprotectedRanges: p.unprotected.map((a1) => a1GridRange(a1, s.id)) } : {}),
      ...(canEdit ? { editors: { users: [...p.editors], domainUsersCanEdit: p.domainEdit } } : {}),
    };
  }

  /** The requests of each Spreadsheets.batchUpdate, in order (refused ones included). */
  readonly apiBatches: Request[][] = [];

  /** What each Spreadsheets.get asked for and which sheets it answered with. */
  readonly apiGets: { ranges: string[] | null; sheets: string[] }[] = [];

  /** "Sheet1" (every cell), "'Danh sách đơn vị'!A3:B" (open-ended), "Sheet1!B2:C9" (A1 notation: https://developers.google.com/sheets/api/guides/concepts#cell). */
  private apiRange(range: string): { sheet: FakeSheet; area: { r0: number; c0: number; r1: number | null; c1: number | null } | null } {
    const m = /^(?:'((?:[^']|'')+)'|([^!']+))(?:!([A-Z]+)(\d+)?(?::([A-Z]+)(\d+)?)?)?$/.exec(range);
    const name = m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '')) : '';
    const sheet = this.sheets.find((s) => s.name === name);
    if (!m || !sheet) throw new Error(`API call to sheets.spreadsheets.get failed with error: Unable to parse range: ${range}`);
    if (m[3] === undefined) return { sheet, area: null };
    const col = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return {
      sheet,
      area: {
        r0: m[4] ? Number(m[4]) - 1 : 0,
        c0: col(m[3]),
        r1: m[6] ? Number(m[6]) : m[5] === undefined && m[4] ? Number(m[4]) : null,
        c1: m[5] ? col(m[5]) + 1 : col(m[3]) + 1,
      },
    };
  }

  private gridData(s: FakeSheet, area: { r0: number; c0: number; r1: number | null; c1: number | null } | null): GoogleAppsScript.Sheets.Schema.GridData {
    const rows = this.rowData(s);
    if (!area) return { startRow: 0, startColumn: 0, rowData: rows };
    const rowData = rows.slice(area.r0, area.r1 ?? undefined).map((row) => ({ values: (row.values ?? []).slice(area.c0, area.c1 ?? undefined) }));
    return { startRow: area.r0, startColumn: area.c0, rowData };
  }

  private rowData(s: FakeSheet): GoogleAppsScript.Sheets.Schema.RowData[] {
    // CellData.userEnteredValue: "The value the user entered in the cell. e.g., 1234, 'Hello', or =NOW()"
    // (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#CellData); the fake gives it for formulas.
    // CellData.note, "Any note on the cell" (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#CellData): a cell holding only a note is data too, so the grid reaches it (that the API returns such a cell is assumed, not seen).
    const grid = this.cellData(s);
    for (const [k, cell] of s.cells) {
      if (!cell.note) continue;
      const [r, c] = k.split(':').map(Number) as [number, number];
      while (grid.length <= r) grid.push([]);
      const row = grid[r]!;
      while (row.length <= c) row.push({});
    }
    return grid.map((row, r) => ({
      values: row.map((cell, c) => {
        const stored = s.cells.get(key(r, c));
        const noted = stored?.note ? { ...cell, note: stored.note } : cell;
        return stored?.formula ? { ...noted, userEnteredValue: { formulaValue: stored.formula } } : noted;
      }),
    }));
  }

  private cellData(s: FakeSheet): GoogleAppsScript.Sheets.Schema.CellData[][] {
    return s.computedValues().map((row, r) => (
      row.map((v, c) => {
        const stored = s.cells.get(key(r, c));
        const format = stored?.format;
        const numberFormat =
          v instanceof Date
            ? { type: 'DATE', pattern: 'dd/mm/yyyy' }
            : format === '@'
              ? { type: 'TEXT', pattern: '@' }
              : format && format !== 'General'
                ? { type: format.includes('%') ? 'PERCENT' : 'NUMBER', pattern: format }
                : undefined;
        const effectiveFormat = numberFormat ? { effectiveFormat: { numberFormat } } : {};
        const links = cellLinks(stored);
        if (v === '' || v === null || v === undefined) return { ...effectiveFormat, ...links };
        // formattedValue, simplified: the text as typed, numbers and booleans as JavaScript prints them.
        const shown = { formattedValue: v instanceof Date ? formatSerialDate(serialIn(this.timeZone, v)) : typeof v === 'boolean' ? String(v).toUpperCase() : String(v), ...links };
        if (v instanceof Date) return { effectiveValue: { numberValue: serialIn(this.timeZone, v) }, ...effectiveFormat, ...shown };
        if (typeof v === 'number') return { effectiveValue: { numberValue: v }, ...effectiveFormat, ...shown };
        if (typeof v === 'boolean') return { effectiveValue: { boolValue: v }, ...effectiveFormat, ...shown };
        if (stored?.formula && /^#/.test(String(v))) return { effectiveValue: { errorValue: { type: 'ERROR', message: String(v) } }, ...shown };
        return { effectiveValue: { stringValue: String(v) }, ...effectiveFormat, ...shown };
      })
    ));
  }

  /**
   * "If any request is not valid, the entire request fails and nothing is applied"
   * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate): the
   * state is restored when a request throws, and the error names the request as the API does
   * ("Invalid requests[3].addNamedRange: …"). The requests are applied one after the other: "The server processes the
   * subrequests in the same order they appear in the batch request. Latter subrequests can depend on actions taken during
   * earlier subrequests" (https://developers.google.com/sheets/api/guides/batch) — a chart deleted early in the batch frees
   * its id for an addChart after it.
   */
  apiBatchUpdate(requests: Request[], id: string): void {
    this.log.record('Sheets', 'Spreadsheets.batchUpdate');
    this.apiBatches.push(requests);
    if (id !== this.id) throw new Error('Không tìm thấy bảng tính');
    const saved = {
      sheets: [...this.sheets],
      namedRanges: this.namedRanges.map((n) => ({ ...n })),
      brokenNames: [...this.brokenNames],
      perSheet: this.sheets.map((s) => ({
        s,
        merges: [...s.merges],
        widths: new Map(s.columnWidths),
        heights: new Map(s.rowHeights),
        frozen: s.frozenRows,
        hidden: s.hidden,
        protections: [...s.protections],
        charts: [...s.charts],
        store: new Map([...s.store].map(([k, cell]) => [k, { ...cell }])),
      })),
    };
    // Cell writes are checked before any is made (the rollback below also restores cells and protections):
    // the API, like the editor, refuses an edit to a cell protected against the user
    // ("You are trying to edit a protected cell or object"; Protection: https://developers.google.com/apps-script/reference/spreadsheet/protection).
    requests.forEach((req, i) => {
      const target = cellTarget(req);
      if (!target) return;
      const s = this.sheets.find((x) => x.id === target.sheetId);
      const b = bounds(target);
      for (let r = b.r0; r < Math.min(b.r1, b.r0 + 1000); r++) {
        for (let c = b.c0; c < Math.min(b.c1, b.c0 + 100); c++) {
          if (s && !s.protections.every((p) => p.allows(this.currentUser, r, c))) {
            throw new Error(`Invalid requests[${i}].${Object.keys(req)[0] ?? ''}: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.`);
          }
        }
      }
    });
    requests.forEach((req, i) => {
      try {
        this.applyRequest(req);
      } catch (e) {
        this.sheets = saved.sheets;
        this.namedRanges = saved.namedRanges;
        this.brokenNames = saved.brokenNames;
        for (const p of saved.perSheet) {
          p.s.merges = p.merges;
          p.s.columnWidths = p.widths;
          p.s.rowHeights = p.heights;
          p.s.frozenRows = p.frozen;
          p.s.hidden = p.hidden;
          p.s.protections = p.protections;
          p.s.charts = p.charts;
          p.s.store.clear();
          for (const [k, cell] of p.store) p.s.store.set(k, cell);
        }
        throw new Error(`Invalid requests[${i}].${Object.keys(req)[0] ?? ''}: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
  }

  /** Ids of embedded objects (charts) the spreadsheet hands out when a request names none. */
  private nextObjectId = 5000;

  private applyRequest(req: Request): void {
    const sheetById = (sid: number | undefined): FakeSheet => {
      const s = this.sheets.find((x) => x.id === sid);
      if (!s) throw new Error(`Không có sheetId ${sid}`);
      return s;
    };
    // A Request holds exactly one kind ("Union field kind can be only one of the following",
    // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#Request); a name the API lacks is refused as unknown.
    const kinds = Object.keys(req);
    const unknown = kinds.find((k) => !REQUEST_KINDS.has(k));
    if (unknown !== undefined) throw new Error(`Invalid JSON payload received. Unknown name "${unknown}" at 'requests': Cannot find field.`);
    if (kinds.length !== 1) throw new Error(`A request must set exactly one kind, not ${kinds.length} (${kinds.join(', ')}).`);
    {
      if (req.addChart !== undefined) {
        const grids = (id: number): { rows: number; columns: number; title: string } | null => {
          const s = this.sheets.find((x) => x.id === id);
          return s ? { rows: s.rowCount, columns: s.columnCount, title: s.name } : null;
        };
        const taken = (id: number): boolean => this.sheets.some((x) => x.charts.some((c) => c.chartId === id));
        const { chartId, spec, anchor } = checkAddChart(req.addChart, grids, taken);
        let id = chartId;
        while (id === null || (chartId === null && taken(id))) id = this.nextObjectId++;
        sheetById(anchor.sheetId).charts.push(new FakeChart(this.log, id, JSON.parse(JSON.stringify(spec)) as typeof spec, anchor));
      } else if (req.deleteEmbeddedObject !== undefined) {
        // DeleteEmbeddedObjectRequest: "Deletes the embedded object with the given ID"
        // (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#DeleteEmbeddedObjectRequest);
        // an id the spreadsheet does not have is taken as refused, the cautious case (as deleteNamedRange here).
        const { objectId } = knownFields(req.deleteEmbeddedObject, 'DeleteEmbeddedObjectRequest', 'requests.delete_embedded_object');
        if (typeof objectId !== 'number') throw new Error('deleteEmbeddedObject: objectId is required');
        const s = this.sheets.find((x) => x.charts.some((c) => c.chartId === objectId));
        if (!s) throw new Error(`No embedded object with id: ${objectId}`);
        s.charts = s.charts.filter((c) => c.chartId !== objectId);
      } else if (req.addSheet) {
        const p = req.addSheet.properties ?? {};
        if (this.sheets.some((x) => x.name === p.title)) throw new Error(`Trang ${p.title} đã có`);
        if (p.sheetId !== undefined && p.sheetId !== null && this.sheets.some((x) => x.id === p.sheetId)) throw new Error(`sheetId ${p.sheetId} đã dùng`);
        const s = new FakeSheet(this, p.title ?? '', p.sheetId ?? this.nextId++);
        this.sheets.splice(Math.min(p.index ?? this.sheets.length, this.sheets.length), 0, s);
      } else if (req.deleteSheet) {
        // DeleteSheetRequest: "Deletes the requested sheet"
        // (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#DeleteSheetRequest).
        // A spreadsheet keeps at least one sheet: the fake refuses to delete the last (the cautious case).
        // A defined name left on the deleted sheet turns into #REF!: the API no longer lists it, yet its name stays taken (brokenNames).
        const s = sheetById(req.deleteSheet.sheetId ?? undefined);
        if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
        this.sheets = this.sheets.filter((x) => x !== s);
        this.brokenNames.push(...this.namedRanges.filter((n) => n.range.sheetId === s.id).map((n) => n.name));
        this.namedRanges = this.namedRanges.filter((n) => n.range.sheetId !== s.id);
      } else if (req.updateSheetProperties) {
        const u = req.updateSheetProperties;
        const s = sheetById(u.properties?.sheetId ?? undefined);
        const fields = (u.fields ?? '').split(',');
        if (fields.includes('index')) {
          const index = u.properties?.index ?? 0;
          this.sheets = this.sheets.filter((x) => x !== s);
          this.sheets.splice(index, 0, s);
        }
        if (fields.includes('gridProperties.frozenRowCount')) s.frozenRows = u.properties?.gridProperties?.frozenRowCount ?? 0;
        // SheetProperties.title, "The name of the sheet": a rename keeps the sheet's id, so the named ranges (whose GridRange
        // holds the sheetId, https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#GridRange) follow it.
        // Two sheets of one name are refused, the cautious case.
        if (fields.includes('title')) {
          const title = u.properties?.title ?? '';
          if (this.sheets.some((x) => x !== s && x.name === title)) throw new Error(`Trang ${title} đã có`);
          s.name = title;
        }
        // SheetProperties.hidden, "True if the sheet is hidden in the UI"
        // (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#SheetProperties):
        // a spreadsheet keeps one sheet visible, so hiding the last one is refused (as hideSheet does here).
        if (fields.includes('hidden')) {
          const hide = u.properties?.hidden === true;
          if (hide && !s.hidden && !this.sheets.some((x) => x !== s && !x.hidden)) throw new Error("You can't hide all the sheets in a document.");
          s.hidden = hide;
        }
      } else if (req.unmergeCells) {
        const r = req.unmergeCells.range!;
        const s = sheetById(r.sheetId ?? undefined);
        // As the API reference says: the range must not partially span any merge.
        if (s.merges.some((m) => overlaps(m, r) && !contains(r, m))) throw new Error('Vùng bỏ gộp cắt ngang một vùng gộp');
        s.merges = s.merges.filter((m) => !overlaps(m, r));
      } else if (req.mergeCells) {
        const r = req.mergeCells.range!;
        const s = sheetById(r.sheetId ?? undefined);
        if (s.merges.some((m) => overlaps(m, r))) throw new Error('Vùng gộp chồng lên vùng gộp khác');
        s.merges.push({ ...r });
      } else if (req.updateDimensionProperties) {
        const u = req.updateDimensionProperties;
        const s = sheetById(u.range?.sheetId ?? undefined);
        const sizes = u.range?.dimension === 'ROWS' ? s.rowHeights : s.columnWidths;
        for (let c = u.range?.startIndex ?? 0; c < (u.range?.endIndex ?? 0); c++) sizes.set(c, u.properties?.pixelSize ?? 0);
      } else if (req.setDataValidation) {
        const r = req.setDataValidation.range!;
        const s = sheetById(r.sheetId ?? undefined);
        const rule = req.setDataValidation.rule;
        const b = bounds(r);
        const v = rule ? apiValidation(rule) : null;
        // Written at once into the stored cells: a SpreadsheetApp write still pending lands on top of it later.
        for (let row = b.r0; row < b.r1; row++) for (let c = b.c0; c < b.c1; c++) s.rawCell(row, c).validation = v;
      } else if (req.updateCells) {
        this.updateCells(req.updateCells, sheetById);
      } else if (req.updateBorders) {
        // UpdateBordersRequest (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatebordersrequest):
        // "If a field is not set in the request, that means the border remains as-is"; the fake keeps
        // one flag per cell, set when all six edges are given a visible style (what the layout sends).
        const u = req.updateBorders;
        const s = sheetById(u.range?.sheetId ?? undefined);
        const edges = [u.top, u.bottom, u.left, u.right, u.innerHorizontal, u.innerVertical];
        if (!edges.every((e) => e?.style && e.style !== 'NONE')) throw new Error('updateBorders: the fake models all six edges set at once');
        const b = bounds(u.range ?? {});
        if (!Number.isFinite(b.r1) || !Number.isFinite(b.c1)) throw new Error('updateBorders: the fake takes a bounded range');
        for (let r = b.r0; r < b.r1; r++) for (let c = b.c0; c < b.c1; c++) s.rawCell(r, c).border = true;
      } else if (req.addProtectedRange) {
        this.addProtectedRange(req.addProtectedRange.protectedRange ?? {}, sheetById);
      } else if (req.deleteProtectedRange) {
        // DeleteProtectedRangeRequest (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#deleteprotectedrangerequest):
        // an ID the spreadsheet lacks is refused; so is a protection the user may not edit (as Protection.remove is).
        const id = req.deleteProtectedRange.protectedRangeId;
        const s = this.sheets.find((x) => x.protections.some((p) => p.apiId === id));
        const p = s?.protections.find((x) => x.apiId === id);
        if (!s || !p) throw new Error(`No protected range with id: ${id}`);
        if (!p.userCanEdit()) throw new Error('You are trying to edit a protected cell or object.');
        p.removed = true;
        s.protections = s.protections.filter((x) => x !== p);
      } else if (req.addNamedRange) {
        const nr = req.addNamedRange.namedRange!;
        const problem = sheetsNameProblem(nr.name ?? '');
        if (problem) throw new Error(`Tên vùng ${nr.name} không hợp lệ: ${problem}`);
        if (this.namedRanges.some((n) => n.name === nr.name) || this.brokenNames.includes(nr.name ?? '')) throw new Error(`Tên ${nr.name} đã có`);
        this.namedRanges.push({ namedRangeId: `nr-${this.nextNamedId++}`, name: nr.name ?? '', range: { ...nr.range } });
      } else if (req.updateNamedRange) {
        const nr = req.updateNamedRange.namedRange!;
        const found = this.namedRanges.find((n) => n.namedRangeId === nr.namedRangeId);
        if (!found) throw new Error(`Không có tên ${nr.namedRangeId}`);
        found.range = { ...nr.range };
      } else if (req.deleteNamedRange) {
        // "Removes the named range with the given ID from the spreadsheet"
        // (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#deletenamedrangerequest);
        // an ID the spreadsheet does not have is taken as refused, the cautious case.
        const id = req.deleteNamedRange.namedRangeId;
        if (!this.namedRanges.some((n) => n.namedRangeId === id)) throw new Error(`Không có tên ${id}`);
        this.namedRanges = this.namedRanges.filter((n) => n.namedRangeId !== id);
      } else {
        // A kind of the API the fake does not model: refused in the fake's words, never taken as done.
        throw new Error(`Yêu cầu chưa hỗ trợ: ${Object.keys(req).join(',')}`);
      }
    }
  }

  /**
   * UpdateCellsRequest (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatecellsrequest):
   * exactly one of `start` (the rows written from there) or `range` (every cell of the range; cells
   * the rows do not reach get the named fields cleared: "data … cleared if not specified"); `fields`
   * is required ("At least one field must be specified") and names what is written, the rest of
   * each cell stays. An unbounded range reaches every cell the sheet holds.
   */
  private updateCells(u: GoogleAppsScript.Sheets.Schema.UpdateCellsRequest, sheetById: (sid: number | undefined) => FakeSheet): void {
    if ((u.start ? 1 : 0) + (u.range ? 1 : 0) !== 1) throw new Error('updateCells: exactly one of start or range must be set');
    if (!u.fields) throw new Error('updateCells: At least one field must be specified');
    const mask = parseFieldMask(u.fields);
    const s = sheetById((u.start ?? u.range)?.sheetId ?? undefined);
    const rows = u.rows ?? [];
    const r0 = u.start ? (u.start.rowIndex ?? 0) : (u.range?.startRowIndex ?? 0);
    const c0 = u.start ? (u.start.columnIndex ?? 0) : (u.range?.startColumnIndex ?? 0);
    const cells: [number, number][] = [];
    if (u.start) rows.forEach((row, i) => (row.values ?? []).forEach((_, j) => cells.push([r0 + i, c0 + j])));
    else {
      const b = bounds(u.range ?? {});
      if (r0 + rows.length > b.r1 || rows.some((row) => c0 + (row.values?.length ?? 0) > b.c1)) throw new Error('updateCells: the rows reach past the range');
      if (Number.isFinite(b.r1) && Number.isFinite(b.c1)) {
        for (let r = b.r0; r < b.r1; r++) for (let c = b.c0; c < b.c1; c++) cells.push([r, c]);
      } else {
        const seen = new Set<string>();
        for (const k of s.store.keys()) {
          const [r, c] = k.split(':').map(Number) as [number, number];
          if (r < b.r0 || r >= b.r1 || c < b.c0 || c >= b.c1) continue;
          seen.add(k);
          cells.push([r, c]);
        }
        rows.forEach((row, i) =>
          (row.values ?? []).forEach((_, j) => {
            if (!seen.has(key(r0 + i, c0 + j))) cells.push([r0 + i, c0 + j]);
          }),
        );
      }
    }
    for (const [r, c] of cells) writeCellData(s.rawCell(r, c), rows[r - r0]?.values?.[c - c0], mask);
  }

  /**
   * AddProtectedRangeRequest (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#addprotectedrangerequest)
   * with its ProtectedRange (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange):
   * "Editors are not supported with warning_only protection"; "Unprotected ranges are only supported
   * on protected sheets" (a range with only the sheet id). The owner can always edit. The fake also
   * refuses, as the cautious cases: a second protection of a whole sheet, and a protection the
   * requesting user would not be an editor of (a script locking itself out).
   */
  private addProtectedRange(pr: GoogleAppsScript.Sheets.Schema.ProtectedRange, sheetById: (sid: number | undefined) => FakeSheet): void {
    if (!pr.range || pr.namedRangeId) throw new Error('addProtectedRange: the fake takes a range (not a named range id)');
    const s = sheetById(pr.range.sheetId ?? undefined);
    const b = bounds(pr.range);
    const whole = b.r0 === 0 && b.c0 === 0 && !Number.isFinite(b.r1) && !Number.isFinite(b.c1);
    if (pr.warningOnly && pr.editors) throw new Error('Editors are not supported with warning_only protection.');
    if ((pr.unprotectedRanges ?? []).length > 0 && !whole) throw new Error('Unprotected ranges are only supported on protected sheets.');
    if ((pr.unprotectedRanges ?? []).some((g) => (g.sheetId ?? 0) !== s.id)) throw new Error('An unprotected range must be on the protected sheet.');
    if (whole && s.protections.some((p) => p.range === null)) throw new Error(`Sheet ${s.name} is already protected.`);
    const users = new Set([this.owner, ...(pr.editors?.users ?? [])]);
    if (!pr.warningOnly && !users.has(this.currentUser)) throw new Error('addProtectedRange: the requesting user would not be an editor of the protected range');
    const p = new FakeProtection(this, s, whole ? null : gridA1(pr.range));
    p.description = pr.description ?? '';
    p.warningOnly = pr.warningOnly === true;
    p.unprotected = (pr.unprotectedRanges ?? []).map(gridA1);
    if (!p.warningOnly) p.editors = users;
    p.domainEdit = pr.editors?.domainUsersCanEdit === true;
    s.protections.push(p);
  }
}

/** The cells a request writes (values or rules), or null for a request on structure or names. */
function cellTarget(req: Request): GridRange | null {
  if (req.setDataValidation?.range) return req.setDataValidation.range;
  if (req.updateBorders?.range) return req.updateBorders.range;
  const u = req.updateCells;
  if (u?.start) {
    const r0 = u.start.rowIndex ?? 0;
    const c0 = u.start.columnIndex ?? 0;
    const width = Math.max(1, ...(u.rows ?? []).map((row) => row.values?.length ?? 0));
    return { sheetId: u.start.sheetId ?? 0, startRowIndex: r0, endRowIndex: r0 + Math.max(1, u.rows?.length ?? 0), startColumnIndex: c0, endColumnIndex: c0 + width };
  }
  return u?.range ?? null;
}

/** A GridRange's bounds; a missing index leaves that side unbounded (Sheets API GridRange). */
function bounds(g: GridRange): { r0: number; r1: number; c0: number; c1: number } {
  return { r0: g.startRowIndex ?? 0, r1: g.endRowIndex ?? Infinity, c0: g.startColumnIndex ?? 0, c1: g.endColumnIndex ?? Infinity };
}

function overlaps(a: GridRange, b: GridRange): boolean {
  const x = bounds(a);
  const y = bounds(b);
  return a.sheetId === b.sheetId && x.r0 < y.r1 && y.r0 < x.r1 && x.c0 < y.c1 && y.c0 < x.c1;
}

function contains(outer: GridRange, inner: GridRange): boolean {
  const o = bounds(outer);
  const i = bounds(inner);
  return outer.sheetId === inner.sheetId && o.r0 <= i.r0 && i.r1 <= o.r1 && o.c0 <= i.c0 && i.c1 <= o.c1;
}

/** Sheets columns run from A to ZZZ; rows from 1. */
const A1_CELL = /^\$?[A-Za-z]{1,3}\$?[1-9]\d*$/;
const R1C1_CELL = /^R\d*C\d*$/i;

/**
 * Why Sheets would refuse a range name, or null. The rules of the Sheets help page "Name a range":
 * only letters, numbers and underscores; not starting with a number or the words "true" or
 * "false"; 1–250 characters; not in A1 or R1C1 syntax (a name that is itself a cell reference).
 */
export function sheetsNameProblem(name: string): string | null {
  if (name.length < 1 || name.length > 250) return 'độ dài phải từ 1 đến 250 ký tự';
  if (!/^[A-Za-z0-9_]+$/.test(name)) return 'chỉ được dùng chữ, số và dấu gạch dưới';
  if (/^\d/.test(name)) return 'không được bắt đầu bằng chữ số';
  if (/^(true|false)/i.test(name)) return 'không được bắt đầu bằng true hoặc false';
  if (A1_CELL.test(name) || R1C1_CELL.test(name)) return 'trùng dạng địa chỉ ô';
  return null;
}

export class FakeHtmlOutput implements GasHtmlOutput {
  title = '';
  constructor(readonly content: string) {}
  setTitle(t: string): this {
    this.title = t;
    return this;
  }
  getContent(): string {
    return this.content;
  }
}

export class FakeUi implements GasUi {
  menus: { caption: string; items: { caption: string; fn: string }[] }[] = [];
  sidebars: FakeHtmlOutput[] = [];
  alerts: { title: string; prompt: string }[] = [];
  /** Prompts shown, and the answers the person will give, in order (text typed, button pressed). */
  prompts: { title: string; prompt: string }[] = [];
  answers: { text: string; button: 'OK' | 'CANCEL' | 'CLOSE' }[] = [];
  ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as unknown as typeof GoogleAppsScript.Base.ButtonSet;
  // Ui.Button: the button a person pressed, CLOSE when they closed the dialog (https://developers.google.com/apps-script/reference/base/button).
  Button = { OK: 'OK', CANCEL: 'CANCEL', CLOSE: 'CLOSE', YES: 'YES', NO: 'NO' } as unknown as typeof GoogleAppsScript.Base.Button;
  constructor(private readonly log: CallLog) {}
  createMenu(caption: string): GasMenu {
    this.log.record('Other', 'Ui.createMenu');
    const menu = { caption, items: [] as { caption: string; fn: string }[] };
    const api: GasMenu = {
      addItem: (c, fn) => {
        menu.items.push({ caption: c, fn });
        return api;
      },
      addSeparator: () => api,
      addToUi: () => {
        this.menus.push(menu);
      },
    };
    return api;
  }
  showSidebar(html: GasHtmlOutput): void {
    this.log.record('Other', 'Ui.showSidebar');
    this.sidebars.push(html as FakeHtmlOutput);
  }
  /**
   * Ui.prompt shows an input dialog and waits; the response gives the text typed and the button pressed
   * (https://developers.google.com/apps-script/reference/base/ui#prompt(String,String,ButtonSet),
   * https://developers.google.com/apps-script/reference/base/prompt-response). No queued answer: the dialog was closed.
   */
  prompt(title: string, prompt: string): GasPromptResponse {
    this.log.record('Other', 'Ui.prompt');
    this.prompts.push({ title, prompt });
    const answer = this.answers.shift() ?? { text: '', button: 'CLOSE' as const };
    return {
      getResponseText: () => answer.text,
      getSelectedButton: () => answer.button as unknown as GoogleAppsScript.Base.Button,
    };
  }
  alert(title: string, prompt: string): GoogleAppsScript.Base.Button {
    this.log.record('Other', 'Ui.alert');
    this.alerts.push({ title, prompt });
    return 'OK' as unknown as GoogleAppsScript.Base.Button;
  }
}

export class FakeSpreadsheetApp implements GasSpreadsheetApp {
  readonly ui: FakeUi;
  /** Other spreadsheets the user may open, by id (a test adds last year's here). */
  readonly others = new Map<string, FakeSpreadsheet>();
  flushes = 0;
  ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  constructor(
    readonly ss: FakeSpreadsheet,
    private readonly log: CallLog,
  ) {
    this.ui = new FakeUi(log);
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    this.log.record('SpreadsheetApp', 'getActiveSpreadsheet');
    return this.ss;
  }
  getUi(): FakeUi {
    return this.ui;
  }
  /**
   * SpreadsheetApp.openById throws when the spreadsheet does not exist or the user may not open it
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)).
   */
  openById(id: string): FakeSpreadsheet {
    this.log.record('SpreadsheetApp', 'openById');
    if (id === this.ss.id) return this.ss;
    const other = this.others.get(id);
    if (!other) throw new Error('Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return other;
  }
  newDataValidation(): GasDataValidationBuilder {
    this.log.record('DataValidation', 'newDataValidation');
    return new FakeValidationBuilder(this.log);
  }
  /** SpreadsheetApp.flush(): applies every pending write (FakeSpreadsheet.pending). */
  flush(): void {
    this.log.record('SpreadsheetApp', 'flush');
    this.flushes++;
    this.ss.settle();
    for (const other of this.others.values()) other.settle();
  }
}

/**
 * A cell's links as the Sheets API gives them (CellData:
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#CellData): a linked
 * text has `hyperlink` ("A hyperlink this cell points to, if any") and a text run whose format links
 * (`textFormatRuns[].format.link.uri`); a smart chip is a run of `chipRuns` whose chip's
 * `richLinkProperties.uri` "is always present" ("When reading, all chipped and non-chipped runs are
 * included"), and the fake claims no `hyperlink` for it.
 */
function cellLinks(cell: FakeCell | undefined): Record<string, unknown> {
  if (cell?.chip) return { chipRuns: [{ startIndex: 0, chip: { richLinkProperties: { uri: cell.chip, mimeType: 'application/vnd.google-apps.spreadsheet' } } }] };
  if (cell?.link) return { hyperlink: cell.link, textFormatRuns: [{ startIndex: 0, format: { link: { uri: cell.link } } }] };
  return {};
}

const formatSerialDate = (serial: number): string => {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};

/** A field mask as a tree: "a.b(c,d(e)),f" → { a: { b: { c: true, d: { e: true } } }, f: true } (https://developers.google.com/sheets/api/guides/field-masks). */
export type FieldMask = { [field: string]: FieldMask | true };

export function parseFieldMask(text: string): FieldMask {
  let at = 0;
  const list = (): FieldMask => {
    const out: FieldMask = {};
    for (;;) {
      const path: string[] = [];
      for (;;) {
        const m = /^[A-Za-z_*][A-Za-z0-9_]*/.exec(text.slice(at));
        if (!m) throw new Error(`API call to sheets.spreadsheets.get failed with error: Invalid field selection ${text}`);
        path.push(m[0]);
        at += m[0].length;
        if (text[at] !== '.') break;
        at++;
      }
      let sub: FieldMask | true = true;
      if (text[at] === '(') {
        at++;
        sub = list();
        if (text[at] !== ')') throw new Error(`API call to sheets.spreadsheets.get failed with error: Invalid field selection ${text}`);
        at++;
      }
      let node: FieldMask | null = out;
      for (let i = 0; i < path.length && node; i++) {
        const p = path[i]!;
        const prev: FieldMask | true | undefined = node[p];
        if (i === path.length - 1) node[p] = prev === true || sub === true ? true : { ...(prev ?? {}), ...sub };
        else if (prev === true) node = null;
        else node = node[p] = prev ?? {};
      }
      if (text[at] !== ',') return out;
      at++;
    }
  };
  return list();
}

export function maskSelects(mask: FieldMask, path: readonly string[]): boolean {
  let node: FieldMask | true = mask;
  for (const p of path) {
    if (node === true) return true;
    const next: FieldMask | true | undefined = node[p];
    if (next === undefined) return false;
    node = next;
  }
  return true;
}

/** Keeps only what the mask names; arrays are masked element by element. */
export function pruneToMask(value: unknown, mask: FieldMask | true): unknown {
  if (mask === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => pruneToMask(v, mask));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const sub = mask[k];
    if (sub !== undefined) out[k] = pruneToMask(v, sub);
  }
  return out;
}

/** The Sheets API reaches any spreadsheet the user may open: the active one, and the `others` a test adds. */
export function fakeSheetsApi(ss: FakeSpreadsheet, others: ReadonlyMap<string, FakeSpreadsheet> = new Map()): GasSheetsApi {
  return {
    Spreadsheets: {
      get: (id: string, args: object) => (others.get(id) ?? ss).apiGet(id, args),
      batchUpdate: (resource, id) => {
        (others.get(id) ?? ss).apiBatchUpdate(resource.requests ?? [], id);
        return { spreadsheetId: id };
      },
    },
  };
}

/**
 * A DataValidationRule (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#DataValidationRule)
 * as the fake stores it; the number of condition values each ConditionType takes
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ConditionType) is enforced for the types the layout uses.
 */
export function apiValidation(rule: GoogleAppsScript.Sheets.Schema.DataValidationRule): FakeValidation {
  const type = rule.condition?.type ?? '';
  const values = (rule.condition?.values ?? []).map((x) => x.userEnteredValue);
  const arity: Record<string, (n: number) => boolean> = {
    NUMBER_BETWEEN: (n) => n === 2,
    NUMBER_GREATER_THAN_EQ: (n) => n === 1,
    CUSTOM_FORMULA: (n) => n === 1,
    ONE_OF_LIST: (n) => n >= 1,
  };
  const ok = arity[type];
  if (!ok) throw new Error(`Invalid condition type: ${type}`);
  if (!ok(values.length)) throw new Error(`${type} takes another number of values than ${values.length}`);
  return new FakeValidation({ criteria: type, args: values, allowInvalid: rule.strict !== true, helpText: rule.inputMessage ?? null });
}

/** One cell's fields named by the mask, from its CellData (absent: cleared); CellData: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#CellData. */
function writeCellData(cell: FakeCell, data: GoogleAppsScript.Sheets.Schema.CellData | undefined, mask: FieldMask): void {
  if (mask.userEnteredValue) {
    const v = data?.userEnteredValue;
    cell.content = v?.stringValue ?? v?.numberValue ?? v?.boolValue ?? '';
    if (v?.formulaValue) cell.formula = v.formulaValue;
    else delete cell.formula;
  }
  const fm = mask.userEnteredFormat;
  if (fm) {
    const sel = (...path: string[]): boolean => fm === true || maskSelects(fm, path);
    const f = data?.userEnteredFormat;
    const set = <K extends keyof FakeCell>(k: K, v: FakeCell[K] | undefined): void => {
      if (v === undefined) delete cell[k];
      else cell[k] = v;
    };
    if (sel('numberFormat')) {
      // NumberFormat.type is required.
      if (f?.numberFormat && !f.numberFormat.type) throw new Error('NumberFormat.type is required');
      set('format', f?.numberFormat?.pattern ?? (f?.numberFormat?.type === 'TEXT' ? '@' : undefined));
    }
    if (sel('textFormat', 'fontFamily')) set('fontFamily', f?.textFormat?.fontFamily ?? undefined);
    if (sel('textFormat', 'fontSize')) set('fontSize', f?.textFormat?.fontSize ?? undefined);
    if (sel('textFormat', 'bold')) cell.fontWeight = f?.textFormat?.bold ? 'bold' : 'normal';
    if (sel('textFormat', 'italic')) cell.fontStyle = f?.textFormat?.italic ? 'italic' : 'normal';
    if (sel('horizontalAlignment')) set('hAlign', f?.horizontalAlignment?.toLowerCase());
    if (sel('verticalAlignment')) set('vAlign', f?.verticalAlignment?.toLowerCase());
    if (sel('wrapStrategy')) cell.wrap = f?.wrapStrategy === 'WRAP';
    if (sel('backgroundColor')) cell.background = f?.backgroundColor ? hexOf(f.backgroundColor) : null;
    if (sel('borders')) cell.border = false;
  }
  if (mask.dataValidation) cell.validation = data?.dataValidation ? apiValidation(data.dataValidation) : null;
  // CellData.note, "Any note on the cell" (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#CellData): absent (or empty) under a mask naming it, the note goes.
  if (mask.note) {
    if (data?.note) cell.note = data.note;
    else delete cell.note;
  }
}

/** A Color (channels in [0, 1]) as getBackgrounds shows it: "#d9e1f2". */
function hexOf(c: GoogleAppsScript.Sheets.Schema.Color): string {
  const ch = (x: number | null | undefined): string => Math.round((x ?? 0) * 255).toString(16).padStart(2, '0');
  return `#${ch(c.red)}${ch(c.green)}${ch(c.blue)}`;
}

/** A bounded GridRange in A1 notation, a single cell without ":" (as Range.getA1Notation gives it). */
function gridA1(g: GridRange): string {
  const b = bounds(g);
  const tl = `${columnLetters(b.c0 + 1)}${b.r0 + 1}`;
  if (b.r1 - b.r0 === 1 && b.c1 - b.c0 === 1) return tl;
  return `${tl}:${columnLetters(b.c1)}${b.r1}`;
}

/** "D6:D9" → the GridRange on sheet `sheetId`. */
function a1GridRange(a1: string, sheetId: number): GridRange {
  const [from, to = from] = a1.split(':');
  const a = parseCellAddress(from ?? '');
  const b = parseCellAddress(to ?? '');
  return { sheetId, startRowIndex: a.row - 1, endRowIndex: b.row, startColumnIndex: a.col - 1, endColumnIndex: b.col };
}
