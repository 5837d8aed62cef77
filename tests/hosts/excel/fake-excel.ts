// A recording Office.js double: proxies queue work, context.sync() runs it, reads before a sync throw, syncs are counted.
/// <reference types="office-js" />
import { cellAddress, parseCellAddress, parseSheetCell } from '../../../src/core/layout/a1';

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  locked?: boolean;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  /** RangeFont.name and RangeFont.size (https://learn.microsoft.com/javascript/api/excel/excel.rangefont), absent where never set (the workbook's default font). */
  fontName?: string;
  fontSize?: number;
  /** The cell's note (Excel.Note.content), absent when it has none. */
  note?: string;
}

export interface FakeSheet {
  name: string;
  /** Worksheet.id: stays the same through a rename. */
  id: string;
  cells: Map<string, FakeCell>;
  merges: string[];
  validations: Map<string, unknown>;
  protected: boolean;
  /** Protected by a person with a password: unprotect() without it fails, as in Excel. */
  password?: boolean;
  protectCalls: number;
  unprotectCalls: number;
  /**
   * What the last protect() allowed besides editing unlocked cells (Excel.WorksheetProtectionOptions,
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions): the options set to true.
   */
  protectAllows?: string[];
  columnWidths: Map<string, number>;
  /** Row heights in points, by the range they were set on ("7:7"). */
  rowHeights: Map<string, number>;
  frozenRows: number;
  /** Worksheet.visibility (Excel.SheetVisibility, ExcelApi 1.1). */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /**
   * The names scoped to this sheet (NamedItem.scope "Worksheet"), keyed as written: Worksheet.names, "Collection of
   * names scoped to the current worksheet" (ExcelApi 1.4,
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-names-member), while
   * Workbook.names is "a collection of workbook-scoped named items"
   * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-names-member): FakeState.names.
   * Excel gives a copied sheet such names (see copySheet). They belong to the sheet and go with it when it is deleted.
   */
  names: Map<string, FakeName>;
}

/**
 * Characters one cell holds: "Total number of characters that a cell can contain", 32,767
 * ("Excel specifications and limits",
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * A longer text written through values or formulas fails the batch when it syncs; the page gives
 * the limit, not the error's code: InvalidArgument is this double's choice.
 */
export const MAX_CELL_CHARS = 32_767;

/** Excel's highest row, in points (see FakeRangeFormat's rowHeight). */
export const MAX_ROW_POINTS = 409;

/**
 * Where a defined name (workbook-level, or a sheet's own) points. `broken`: the sheet or the cell it named was deleted,
 * and Excel now holds `=#REF!$D$7` (see FakeNamedItem).
 */
export interface FakeName {
  sheet: string;
  cell: string;
  broken?: true;
}

export interface FakeState {
  sheets: FakeSheet[];
  /** The workbook-scoped names (Workbook.names), keyed as written; Excel finds one whatever the case (see findName). A sheet's own names are FakeSheet.names. */
  names: Map<string, FakeName>;
  enableEvents: boolean;
  selected: { sheet: string; range: string } | null;
  active: string | null;
  /** Every write, "<what> <where>", in order of execution. */
  log: string[];
  syncs: number;
  /** Operations queued before each sync (index = sync number - 1). */
  opsPerSync: number[];
  /**
   * The highest ExcelApi requirement set the pretend host supports ("1.9"). A member from a later
   * set fails at sync with ApiNotFound, as a real Excel does, so that tests catch an ungated call.
   */
  excelApi: string;
  /**
   * Bytes a request (or its response) may carry, null for none. Excel on the web refuses a batch
   * over 5 MB with RequestPayloadSizeLimitExceeded (ResponsePayloadSizeLimitExceeded for what it
   * sends back): "Excel on the web has a payload size limit for requests and responses of 5MB",
   * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
   * and the error codes at https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-error-handling
   * The default is the web's, the strictest host: code that passes here passes everywhere.
   */
  payloadLimit: number | null;
  /** Estimated request bytes of each sync (index = sync number - 1). */
  requestBytes: number[];
}

/** 5 MB, the payload limit of Excel on the web. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export function newState(): FakeState {
  return {
    sheets: [],
    names: new Map(),
    enableEvents: true,
    selected: null,
    active: null,
    log: [],
    syncs: 0,
    opsPerSync: [],
    excelApi: '1.20',
    payloadLimit: WEB_PAYLOAD_LIMIT,
    requestBytes: [],
  };
}

let sheetIds = 0;

export function newSheet(name: string): FakeSheet {
  return { name, id: `{sheet-${++sheetIds}}`, cells: new Map(), merges: [], validations: new Map(), protected: false, protectCalls: 0, unprotectCalls: 0, columnWidths: new Map(), rowHeights: new Map(), frozenRows: 0, visibility: 'Visible', names: new Map() };
}

/** Cells of "A1:E3", "D8"; whole columns "A:A" give no cells. */
function cellsIn(range: string): string[] {
  const [a = '', b = a] = range.replace(/\$/g, '').split(':');
  if (/^[A-Z]+$/.test(a) || /^\d+$/.test(a)) return [];
  const p = parseCellAddress(a);
  const q = parseCellAddress(b);
  const out: string[] = [];
  for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) out.push(cellAddress(r, c));
  return out;
}

function quote(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** An Office.js error as Excel reports it: a code from Excel.ErrorCodes and a message. */
export function officeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/**
 * Sheet and defined names are compared without regard to case, as Excel does: "Excel does not
 * distinguish between uppercase and lowercase characters in names"
 * (https://support.microsoft.com/en-us/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64),
 * and a workbook cannot hold two sheets whose names differ only in case
 * (https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
 */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function findSheet(state: FakeState, name: string): FakeSheet | undefined {
  return state.sheets.find((s) => sameName(s.name, name));
}

/** The entry of `names` (one scope's) that `name` refers to, whatever its case: [the name as stored, where it points]. */
function findIn(names: ReadonlyMap<string, FakeName>, name: string): [string, FakeName] | undefined {
  for (const entry of names) if (sameName(entry[0], name)) return entry;
  return undefined;
}

/** The workbook-level defined name `name` refers to, whatever its case: [the name as stored, where it points]. */
export function findName(state: FakeState, name: string): [string, FakeName] | undefined {
  return findIn(state.names, name);
}

/** Every defined name of the workbook, of either scope: the workbook's, then each sheet's own. */
function everyName(state: FakeState): FakeName[] {
  return [...state.names.values(), ...state.sheets.flatMap((s) => [...s.names.values()])];
}

const MAX_COLUMN = 16_384; // XFD
const MAX_ROW = 1_048_576;

/** "BM1" → column BM row 1 is a cell of the grid (columns up to XFD, rows up to 1 048 576). */
function isA1Cell(name: string): boolean {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(name);
  if (!m || !m[1] || !m[2]) return false;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return col <= MAX_COLUMN && row >= 1 && row <= MAX_ROW;
}

/**
 * Why Excel refuses `name` as a defined name, or null when it takes it. The rules of
 * https://support.microsoft.com/en-us/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64
 * ("Learn about syntax rules for names"): the first character a letter, an underscore or a
 * backslash, then letters, numbers, periods and underscores, no spaces; at most 255 characters;
 * not "C", "c", "R" or "r"; not the same as a cell reference such as Z$100 or R1C1. ECMA-376
 * Part 1 §18.2.5 (definedName) adds TRUE and FALSE. "BM1" is column BM row 1, so it is refused,
 * while "BM1_2_1" is no cell reference and is taken.
 */
export function definedNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 255) return 'length';
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return 'characters';
  if (/^[RC]$/i.test(name)) return 'R/C shorthand';
  if (/^(TRUE|FALSE)$/i.test(name)) return 'boolean';
  if (isA1Cell(name) || /^R\d*C\d*$/i.test(name) || /^[RC]\d+$/i.test(name)) return 'cell reference';
  return null;
}

/**
 * Why Excel refuses `name` for a sheet, or null: not blank, at most 31 characters, none of
 * / \ ? * : [ ], not beginning or ending with an apostrophe, not "History"
 * (https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
 */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === '' || name.length > 31) return 'length';
  if (/[/\\?*:[\]]/.test(name) || /^'|'$/.test(name)) return 'characters';
  if (sameName(name, 'History')) return 'reserved';
  return null;
}

/**
 * A sheet deleted (by a person or Worksheet.delete): every defined name on it turns into a #REF!
 * error, as formulas that referred to deleted cells do
 * (https://support.microsoft.com/en-us/office/how-to-correct-a-ref-error-822c8e46-e610-4d01-b2d5-6e0ee89c6aa9).
 */
function removeSheet(state: FakeState, sheet: FakeSheet): void {
  state.sheets.splice(state.sheets.indexOf(sheet), 1);
  // Its own names went with it; the others (workbook-level or another sheet's) that pointed at it are #REF!.
  for (const target of everyName(state)) if (target.sheet === sheet.name) target.broken = true;
  if (state.active === sheet.name) state.active = null;
}

/**
 * A sheet renamed: names and references follow it (Excel rewrites `='Old'!$D$7` as `='New'!$D$7`).
 * Refused when another sheet already has the name in any case (ItemAlreadyExists) or the name
 * breaks Excel's rules (InvalidArgument).
 */
function renameSheetTo(state: FakeState, sheet: FakeSheet, to: string): void {
  const problem = sheetNameProblem(to);
  if (problem) throw officeError('InvalidArgument', `sheet name ${to} (${problem})`);
  if (state.sheets.some((s) => s !== sheet && sameName(s.name, to))) throw officeError('ItemAlreadyExists', `worksheet ${to}`);
  for (const target of everyName(state)) if (target.sheet === sheet.name && !target.broken) target.sheet = to;
  if (state.active === sheet.name) state.active = to;
  state.log.push(`renameSheet ${sheet.name}→${to}`);
  sheet.name = to;
}

/** A person deletes a sheet in Excel. */
export function deleteSheet(state: FakeState, name: string): void {
  const s = findSheet(state, name);
  if (!s) throw new Error(`no sheet ${name}`);
  removeSheet(state, s);
}

/** A person renames a sheet in Excel. */
export function renameSheet(state: FakeState, from: string, to: string): void {
  const s = findSheet(state, from);
  if (!s) throw new Error(`no sheet ${from}`);
  renameSheetTo(state, s, to);
}

/**
 * A person copies a sheet in Excel (right-click › Move or Copy › Create a copy), the copy named `copy` as Excel names it
 * ("Biểu mẫu 1 (2)") and put at `position` (default: right after the original). The copy holds what the original holds
 * (values, formulas, formats, notes, merges, validation, widths, protection) and becomes the active sheet, as the
 * copied sheet is selected once copied (https://github.com/OfficeDev/office-js/issues/2875, steps 3–4). Every
 * workbook-level name into the original gets a namesake scoped to the copy, pointing at the copy's cell: "When you move
 * or copy a sheet containing one or more names that duplicate global names in the destination workbook, the names on
 * the newly added sheet are converted to local names" (Microsoft KB Q104501,
 * https://library.thedatadungeon.com/msdn-1998-06/kb/Source/excel/q104501.content.htm; "Excel also clones the workbook
 * Defined Names but converts them to worksheet Defined Names", http://www.excelcodex.com/2012/06/defined-names-choosing-the-scope/);
 * the original's own names are copied as the copy's own (Microsoft KB Q108001,
 * https://www.betaarchive.com/wiki/index.php?title=Microsoft_KB_Archive/108001). The workbook-level names are left as
 * they were: they still point at the original.
 */
export function copySheet(state: FakeState, from: string, copy: string, position?: number): FakeSheet {
  const original = findSheet(state, from);
  if (!original) throw new Error(`no sheet ${from}`);
  if (findSheet(state, copy) || sheetNameProblem(copy)) throw new Error(`Excel would not name a copy ${copy}`);
  const made: FakeSheet = {
    ...newSheet(copy),
    cells: new Map([...original.cells].map(([a1, c]) => [a1, { ...c }])),
    merges: [...original.merges],
    validations: new Map(original.validations),
    protected: original.protected,
    ...(original.password ? { password: true } : {}),
    ...(original.protectAllows ? { protectAllows: [...original.protectAllows] } : {}),
    columnWidths: new Map(original.columnWidths),
    rowHeights: new Map(original.rowHeights),
    frozenRows: original.frozenRows,
  };
  for (const [name, at] of original.names) made.names.set(name, { ...at, ...(at.sheet === original.name ? { sheet: copy } : {}) });
  for (const [name, at] of state.names) {
    if (at.sheet === original.name && !at.broken && !findIn(made.names, name)) made.names.set(name, { sheet: copy, cell: at.cell });
  }
  state.sheets.splice(position ?? state.sheets.indexOf(original) + 1, 0, made);
  state.active = copy;
  return made;
}

/** Length of a value as JSON: what it adds to a request or a response. */
function jsonBytes(v: unknown): number {
  return JSON.stringify(v)?.length ?? 0;
}

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} read before context.sync()`);
  }
}

type Op = () => void;

/** "1.10" > "1.9": requirement-set versions compare by their minor number. */
export function apiAtLeast(have: string, need: string): boolean {
  const [a = 0, b = 0] = have.split('.').map(Number);
  const [c = 0, d = 0] = need.split('.').map(Number);
  return a > c || (a === c && b >= d);
}

/** Rows × columns of an A1 range ("A1:E40", "D8"). */
function dimensions(range: string): { rows: number; cols: number } {
  const [a = '', b = a] = range.replace(/\$/g, '').split(':');
  const p = parseCellAddress(a);
  const q = parseCellAddress(b);
  return { rows: q.row - p.row + 1, cols: q.col - p.col + 1 };
}

const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
const RULE_KINDS = ['wholeNumber', 'decimal', 'textLength', 'date', 'time', 'list', 'custom'];

/**
 * Throws as Excel does for a data-validation rule it refuses (Excel.DataValidationRule: exactly one
 * criterion; BasicDataValidation: a known operator, formula2 with Between/NotBetween;
 * ListDataValidation: a Range or a comma-separated string).
 */
export function checkValidationRule(rule: unknown): void {
  const keys = Object.keys((rule ?? {}) as object).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !RULE_KINDS.includes(keys[0] ?? '')) throw new Error(`InvalidArgument: a rule has exactly one criterion, got ${keys.join(',')}`);
  const kind = keys[0] as string;
  const body = (rule as Record<string, Record<string, unknown>>)[kind] ?? {};
  if (kind === 'list') {
    if (typeof body.source !== 'string' || body.source === '') throw new Error('InvalidArgument: list.source');
    return;
  }
  if (kind === 'custom') return;
  const op = String(body.operator);
  if (!OPERATORS.includes(op)) throw new Error(`InvalidArgument: operator ${op}`);
  if (body.formula1 === undefined) throw new Error('InvalidArgument: formula1');
  if ((op === 'Between' || op === 'NotBetween') !== (body.formula2 !== undefined)) throw new Error(`InvalidArgument: formula2 with ${op}`);
}

/** PageLayoutZoomOptions: a scale of 10–400, or pages to fit (not both). */
function checkZoom(z: unknown): void {
  const o = (z ?? {}) as Record<string, unknown>;
  const fit = o.horizontalFitToPages !== undefined || o.verticalFitToPages !== undefined;
  if (o.scale !== undefined && fit) throw new Error('InvalidArgument: zoom scale with fit to pages');
  if (o.scale !== undefined && (typeof o.scale !== 'number' || o.scale < 10 || o.scale > 400)) throw new Error('InvalidArgument: zoom scale');
  if (!fit && o.scale === undefined) throw new Error('InvalidArgument: empty zoom');
}

/** DataValidationPrompt / DataValidationErrorAlert as Excel takes them (its dialog's limits: title 32, message 255). */
function checkValidationText(kind: 'prompt' | 'errorAlert', v: unknown): void {
  const o = (v ?? {}) as Record<string, unknown>;
  const flag = kind === 'prompt' ? 'showPrompt' : 'showAlert';
  if (typeof o[flag] !== 'boolean') throw new Error(`InvalidArgument: ${kind}.${flag}`);
  if (kind === 'errorAlert' && !['Stop', 'Warning', 'Information'].includes(String(o.style))) throw new Error('InvalidArgument: errorAlert.style');
  if (String(o.title ?? '').length > 32 || String(o.message ?? '').length > 255) throw new Error(`InvalidArgument: ${kind} text too long`);
}

/** Days from Excel's epoch (1899-12-30) to a calendar date: the number Excel stores for a typed date. */
const serial = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

/**
 * What Excel (Vietnamese locale: "." groups thousands, "," marks decimals, dates d/m/y) makes of a
 * string written through range.values or range.formulas, as if typed: a cell formatted as text
 * keeps it; a leading apostrophe is hidden and makes the rest text; "=", "+", "-" and "@" start a
 * formula; numbers, percentages, dates and booleans are parsed. Kept apart from the adapter's own
 * quoting rules on purpose, so that the tests catch a string the adapter forgets to quote.
 * Text format: "Excel treats the content of the cell as text, even when you type a number"
 * (https://support.microsoft.com/en-us/office/format-numbers-as-text-583160db-35e7-4ba9-b5f7-75d7b4d88ebf),
 * and a formula entered there "will appear exactly as it was typed" instead of being calculated
 * (https://excelribbon.tips.net/T003308_Formulas_Dont_Calculate_as_Formulas.html).
 */
export function excelInput(x: unknown, numberFormat: string | undefined): { value: string | number | boolean; formula?: string; percent?: boolean } {
  if (typeof x !== 'string') return { value: (x ?? '') as string | number | boolean };
  if (numberFormat === '@') return { value: x };
  if (x.startsWith("'")) return { value: x.slice(1) };
  const t = x.trim();
  const pct = /%$/.test(t);
  const body = t.replace(/%$/, '');
  if (/^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(body)) {
    const n = Number(body.replace(/\./g, '').replace(',', '.'));
    return pct ? { value: n / 100, percent: true } : { value: n };
  }
  if (/^[+-]?\d*\.\d+$/.test(body)) return pct ? { value: Number(body) / 100, percent: true } : { value: Number(body) };
  const date = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(t);
  if (date) return { value: serial(Number(date[3]), Number(date[2]), Number(date[1])) };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  if (/^[=+\-@]/.test(x)) return { value: '', formula: x.startsWith('=') ? x : `=${x}` };
  return { value: x };
}

/** A loaded value: readable only after the sync that filled it. */
class Slot<T> {
  private v: { ok: true; value: T } | { ok: false } = { ok: false };
  constructor(private readonly what: string) {}
  set(value: T): void {
    this.v = { ok: true, value };
  }
  get(): T {
    if (!this.v.ok) throw new NotLoaded(this.what);
    return this.v.value;
  }
}

/** Request bytes of one queued call with no data of its own: the call, its object, its arguments. */
const CALL_BYTES = 64;

export class FakeContext {
  private queue: { op: Op; bytes: number }[] = [];
  /** Bytes the running sync sends back (values read). */
  private responseBytes = 0;
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  readonly application: { suspendApiCalculationUntilNextSync: () => void; suspendScreenUpdatingUntilNextSync: () => void };

  constructor(readonly state: FakeState) {
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.needs('1.6', 'suspendApiCalculationUntilNextSync');
        this.enqueue(() => state.log.push('suspendCalculation'));
      },
      suspendScreenUpdatingUntilNextSync: () => {
        this.needs('1.9', 'suspendScreenUpdatingUntilNextSync');
        this.enqueue(() => state.log.push('suspendScreenUpdating'));
      },
    };
  }

  /**
   * Queues a call; `data` is what it carries besides the call itself (the values written). "The
   * request payload size is a combination of: the number of API calls, the number of objects, the
   * length of the value to set or get"
   * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
   */
  enqueue(op: Op, data = 0): void {
    this.queue.push({ op, bytes: CALL_BYTES + data });
  }

  /** Counts bytes a load sends back. */
  respond(bytes: number): void {
    this.responseBytes += bytes;
  }

  /** Queues a member of ExcelApi `set`: on a host without it the batch fails at sync with ApiNotFound. */
  needs(set: string, what: string): void {
    this.enqueue(() => {
      if (!apiAtLeast(this.state.excelApi, set)) throw officeError('ApiNotFound', `${what} needs ExcelApi ${set}, the host has ${this.state.excelApi}`);
    });
  }

  /** WorksheetCollection.getItem: "Gets a worksheet object using its name or ID", the name whatever its case. */
  sheet(key: string): FakeSheet {
    const s = this.state.sheets.find((x) => x.id === key) ?? findSheet(this.state, key);
    if (!s) throw officeError('ItemNotFound', `worksheet ${key}`);
    return s;
  }

  /** Writes into a protected sheet fail, as in Excel. */
  writable(s: FakeSheet): FakeSheet {
    if (s.protected) throw officeError('AccessDenied', `${s.name} is protected`);
    return s;
  }

  async sync(): Promise<void> {
    this.state.syncs++;
    this.state.opsPerSync.push(this.queue.length);
    const queued = this.queue;
    this.queue = [];
    const request = queued.reduce((sum, q) => sum + q.bytes, 0);
    this.state.requestBytes.push(request);
    const limit = this.state.payloadLimit;
    // Refused whole: nothing of the batch runs.
    if (limit !== null && request > limit) throw officeError('RequestPayloadSizeLimitExceeded', `${request} bytes`);
    this.responseBytes = 0;
    for (const { op } of queued) op();
    if (limit !== null && this.responseBytes > limit) throw officeError('ResponsePayloadSizeLimitExceeded', `${this.responseBytes} bytes`);
  }
}

class FakeRuntime {
  private loaded = new Slot<boolean>('runtime.enableEvents');
  constructor(private readonly ctx: FakeContext) {}
  load(_props: string): this {
    this.ctx.needs('1.8', 'runtime.enableEvents');
    this.ctx.enqueue(() => this.loaded.set(this.ctx.state.enableEvents));
    return this;
  }
  get enableEvents(): boolean {
    return this.loaded.get();
  }
  set enableEvents(v: boolean) {
    this.ctx.needs('1.8', 'runtime.enableEvents');
    this.ctx.enqueue(() => {
      this.ctx.state.enableEvents = v;
      this.ctx.state.log.push(`enableEvents=${v}`);
    });
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  readonly notes: FakeNotes;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.names = new FakeNames(ctx);
    this.notes = new FakeNotes(ctx, null);
  }
}

/**
 * Notes, ExcelApi 1.18 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.notecollection):
 * `add(cellAddress, content)` takes a Range or an address and throws InvalidCellAddress for a range
 * that is not a single cell; `getItemOrNullObject(key)` finds a note by its cell address, else a null
 * object. The documentation does not say what `add` does on a cell that already has a note, nor on a
 * protected sheet: the double refuses both (InvalidArgument, AccessDenied as any write), so that no
 * adapter code relies on either.
 */
class FakeNotes {
  constructor(
    private readonly ctx: FakeContext,
    /** A worksheet's collection (Worksheet.notes) reads addresses on that sheet; the workbook's needs a Range. */
    private readonly sheet: FakeWorksheet | null,
  ) {}
  add(cellAddress: FakeRange | string, content: string): FakeNote {
    this.ctx.needs('1.18', 'notes.add');
    const where: Where =
      typeof cellAddress === 'string'
        ? () => {
            // The workbook's collection takes "Sheet1!A1"; a worksheet's, "A1" on that sheet.
            const at = cellAddress.includes('!') ? parseSheetCell(cellAddress) : null;
            if (at) return { sheet: this.ctx.sheet(at.sheet), range: at.a1 };
            if (!this.sheet) throw officeError('InvalidCellAddress', `${cellAddress} names no sheet`);
            return { sheet: this.sheet.resolve(), range: cellAddress };
          }
        : (cellAddress as unknown as { where: Where }).where;
    this.ctx.enqueue(() => {
      const { sheet, range } = where();
      const cells = cellsIn(range);
      if (cells.length !== 1 || !cells[0]) throw officeError('InvalidCellAddress', `${range} is not a single cell`);
      const s = this.ctx.writable(sheet);
      const cell = s.cells.get(cells[0]) ?? { value: '' };
      if (cell.note !== undefined) throw officeError('InvalidArgument', `${s.name}!${cells[0]} already has a note`);
      s.cells.set(cells[0], { ...cell, note: content });
      this.ctx.state.log.push(`addNote ${s.name}!${cells[0]}`);
    });
    return new FakeNote(this.ctx, where);
  }
  getItemOrNullObject(key: string): FakeNote {
    this.ctx.needs('1.18', 'notes.getItemOrNullObject');
    const sheet = this.sheet;
    if (!sheet) throw new Error('the double reads notes through Worksheet.notes');
    return new FakeNote(this.ctx, () => ({ sheet: sheet.resolve(), range: key.replace(/\$/g, '') }));
  }
}

/**
 * Worksheet.notes and Workbook.notes are both ExcelApi 1.18
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-notes-member).
 * Excel.Note (https://learn.microsoft.com/en-us/javascript/api/excel/excel.note): `content` once loaded, `delete()`; a null object reads isNullObject true. */
class FakeNote {
  private loaded = new Slot<string | null>('note.content');
  constructor(
    private readonly ctx: FakeContext,
    private readonly where: Where,
  ) {}
  load(_props: string): this {
    this.ctx.enqueue(() => {
      const { sheet, range } = this.where();
      this.loaded.set(sheet.cells.get(range)?.note ?? null);
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.loaded.get() === null;
  }
  get content(): string {
    const c = this.loaded.get();
    if (c === null) throw officeError('ItemNotFound', 'note of a null object');
    return c;
  }
  delete(): void {
    this.ctx.needs('1.18', 'note.delete');
    this.ctx.enqueue(() => {
      const { sheet, range } = this.where();
      const s = this.ctx.writable(sheet);
      const cell = s.cells.get(range);
      if (cell?.note === undefined) throw officeError('ItemNotFound', `no note on ${s.name}!${range}`);
      delete cell.note;
      this.ctx.state.log.push(`deleteNote ${s.name}!${range}`);
    });
  }
}

class FakeWorksheets {
  private list = new Slot<{ name: string; id: string }[]>('worksheets.items');
  constructor(private readonly ctx: FakeContext) {}
  load(_props: string): this {
    this.ctx.enqueue(() => this.list.set(this.ctx.state.sheets.map((s) => ({ name: s.name, id: s.id }))));
    return this;
  }
  get items(): { name: string; id: string }[] {
    return this.list.get();
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }
  /** Refused for a name another sheet has in any case (ItemAlreadyExists) or one Excel does not take. */
  add(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, name);
    this.ctx.enqueue(() => {
      if (findSheet(this.ctx.state, name)) throw officeError('ItemAlreadyExists', `worksheet ${name}`);
      const problem = sheetNameProblem(name);
      if (problem) throw officeError('InvalidArgument', `sheet name ${name} (${problem})`);
      const created = newSheet(name);
      this.ctx.state.sheets.push(created);
      this.ctx.state.log.push(`addSheet ${name}`);
      ws.bind(created);
    });
    return ws;
  }
}

/**
 * A proxy stands for one sheet: found by name (any case) when its first call runs, then followed
 * by identity, so that it still reaches the sheet after a rename in the same batch.
 */
class FakeWorksheet {
  readonly protection: FakeProtection;
  readonly notes: FakeNotes;
  /** Worksheet.names (ExcelApi 1.4): the names scoped to this sheet only. */
  readonly names: FakeNames;
  readonly pageLayout: Record<string, unknown> & { setPrintTitleRows: (r: string) => void };
  readonly freezePanes: { freezeRows: (n: number) => void };
  private bound: FakeSheet | null = null;
  constructor(
    private readonly ctx: FakeContext,
    readonly sheetName: string,
  ) {
    this.protection = new FakeProtection(ctx, () => this.resolve());
    this.notes = new FakeNotes(ctx, this);
    this.names = new FakeNames(ctx, this);
    const layout: Record<string, unknown> = {};
    this.pageLayout = new Proxy(layout, {
      set: (_t, prop, value) => {
        ctx.needs('1.9', `pageLayout.${String(prop)}`);
        if (prop === 'zoom') checkZoom(value);
        ctx.enqueue(() => {
          const s = this.resolve();
          ctx.state.log.push(`pageLayout.${String(prop)} ${s.name}=${JSON.stringify(value)}`);
        });
        return true;
      },
      get: (_t, prop) => {
        if (prop === 'setPrintTitleRows')
          return (r: string) => {
            ctx.needs('1.9', 'pageLayout.setPrintTitleRows');
            // "The range must span the entire row to be valid."
            if (!/^\$?\d+:\$?\d+$/.test(r)) throw officeError('InvalidArgument', `print title rows ${r}`);
            ctx.enqueue(() => ctx.state.log.push(`printTitleRows ${this.resolve().name}=${r}`));
          };
        throw new NotLoaded(`pageLayout.${String(prop)}`);
      },
    }) as FakeWorksheet['pageLayout'];
    this.freezePanes = {
      freezeRows: (n) => {
        ctx.needs('1.7', 'freezePanes');
        ctx.enqueue(() => (this.resolve().frozenRows = n));
      },
    };
  }
  bind(sheet: FakeSheet): void {
    this.bound = sheet;
  }
  /** The sheet this proxy stands for; ItemNotFound once it is gone. */
  resolve(): FakeSheet {
    if (!this.bound) this.bound = this.ctx.sheet(this.sheetName);
    if (!this.ctx.state.sheets.includes(this.bound)) throw officeError('ItemNotFound', `worksheet ${this.sheetName}`);
    return this.bound;
  }
  set position(i: number) {
    this.ctx.enqueue(() => {
      const list = this.ctx.state.sheets;
      const s = this.resolve();
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(i, list.length), 0, s);
    });
  }
  /**
   * Worksheet.visibility (ExcelApi 1.1, Excel.SheetVisibility "Visible", "Hidden", "VeryHidden":
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member).
   * Excel keeps one sheet visible: the enum's own sample hides a sheet only "if (visibleSheets.length > 1)",
   * else "Cannot hide the only visible worksheet"
   * (https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility). The page names no
   * error code: InvalidOperation is this double's choice.
   */
  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.ctx.enqueue(() => {
      const s = this.resolve();
      if (v !== 'Visible' && s.visibility === 'Visible' && !this.ctx.state.sheets.some((x) => x !== s && x.visibility === 'Visible')) {
        throw officeError('InvalidOperation', `${s.name} is the only visible worksheet`);
      }
      s.visibility = v;
      this.ctx.state.log.push(`visibility ${s.name}=${v}`);
    });
  }
  /** Worksheet.name (ExcelApi 1.1) renames the sheet; names on it follow (see renameSheetTo). */
  set name(to: string) {
    this.ctx.enqueue(() => renameSheetTo(this.ctx.state, this.resolve(), to));
  }
  /** Worksheet.delete (ExcelApi 1.1): names on the sheet become #REF! (see removeSheet). */
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.resolve();
      removeSheet(this.ctx.state, s);
      this.ctx.state.log.push(`deleteSheet ${s.name}`);
    });
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.resolve(), range: address }));
  }
  /**
   * Worksheet.getUsedRange (ExcelApi 1.1): "The used range is the smallest range that encompasses any cells that
   * have a value or formatting assigned to them. If the entire worksheet is blank, this function will return the
   * top left cell" (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)).
   * The double counts a cell with a value or a formula (formatting alone is not modelled).
   */
  getUsedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      let top = Infinity;
      let left = Infinity;
      let bottom = 0;
      let right = 0;
      for (const [a1, cell] of sheet.cells) {
        if (cell.value === '' && cell.formula === undefined) continue;
        const { row, col } = parseCellAddress(a1);
        top = Math.min(top, row);
        left = Math.min(left, col);
        bottom = Math.max(bottom, row);
        right = Math.max(right, col);
      }
      return { sheet, range: bottom === 0 ? 'A1' : `${cellAddress(top, left)}:${cellAddress(bottom, right)}` };
    });
  }
  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.state.active = this.resolve().name;
    });
  }
}

class FakeProtection {
  private loaded = new Slot<boolean>('protection.protected');
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}
  load(_p: string): this {
    this.ctx.enqueue(() => this.loaded.set(this.sheet().protected));
    return this;
  }
  get protected(): boolean {
    return this.loaded.get();
  }
  protect(options?: Record<string, unknown>): void {
    this.ctx.needs('1.2', 'protection.protect');
    this.ctx.enqueue(() => {
      const s = this.sheet();
      if (s.protected) throw officeError('InvalidOperation', `${s.name} is already protected`);
      s.protected = true;
      s.protectAllows = Object.entries(options ?? {}).filter(([, v]) => v === true).map(([k]) => k).sort();
      s.protectCalls++;
      this.ctx.state.log.push(`protect ${s.name}`);
    });
  }
  unprotect(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      if (s.protected && s.password) throw officeError('InvalidOperation', `${s.name} is protected with a password`);
      s.protected = false;
      s.unprotectCalls++;
      this.ctx.state.log.push(`unprotect ${s.name}`);
    });
  }
}

type Where = () => { sheet: FakeSheet; range: string };

/**
 * Excel takes a string written through values or formulas as typed input, under the cell's format at
 * that moment. A number typed with a percent sign is stored divided by 100 and the cell gets a
 * percentage format: "If you type 10% directly into a cell, Excel automatically applies percentage
 * formatting" (https://support.microsoft.com/en-us/office/format-numbers-as-percentages-de6a7ed5-6b53-4e5f-8c0c-49e06a6e3fdb).
 */
function enter(cell: FakeCell, x: unknown): void {
  const parsed = excelInput(x, cell.numberFormat);
  if (typeof parsed.value === 'string' && parsed.value.length > MAX_CELL_CHARS) throw officeError('InvalidArgument', `cell text of ${parsed.value.length} characters (at most ${MAX_CELL_CHARS})`);
  if (parsed.percent) cell.numberFormat = '0%';
  cell.value = parsed.value;
  if (parsed.formula) cell.formula = parsed.formula;
  else delete cell.formula;
}

class FakeRange {
  private loadedValues = new Slot<(string | number | boolean)[][]>('range.values');
  private loadedNumberFormat = new Slot<string[][]>('range.numberFormat');
  private loadedAddress = new Slot<string>('range.address');
  private loadedFormulas = new Slot<(string | number | boolean)[][]>('range.formulas');
  readonly format: ReturnType<FakeRange['makeFormat']>;
  readonly dataValidation: Record<string, unknown> & { clear: () => void };

  constructor(
    private readonly ctx: FakeContext,
    private readonly where: Where,
  ) {
    this.format = this.makeFormat();
    const dv: Record<string, unknown> = {};
    this.dataValidation = new Proxy(dv, {
      get: (_t, prop) => {
        if (prop === 'clear')
          return () => {
            this.ctx.needs('1.8', 'dataValidation.clear');
            this.write('dataValidation.clear', (s, cells) => {
              for (const c of [...s.validations.keys()]) if (cells.includes(c.split('.')[0] ?? '')) s.validations.delete(c);
            });
          };
        throw new NotLoaded(`dataValidation.${String(prop)}`);
      },
      set: (_t, prop, value) => {
        this.ctx.needs('1.8', `dataValidation.${String(prop)}`);
        if (prop === 'rule') checkValidationRule(value);
        if (prop === 'prompt' || prop === 'errorAlert') checkValidationText(prop, value);
        this.write(`dataValidation.${String(prop)}`, (s, cells) => {
          for (const c of cells) s.validations.set(`${c}.${String(prop)}`, value);
        });
        return true;
      },
    }) as FakeRange['dataValidation'];
  }

  /** `data`: request bytes the call carries besides itself (the values written). */
  private write(what: string, apply: (s: FakeSheet, cells: string[]) => void, data = 0): void {
    this.ctx.enqueue(() => {
      const { sheet, range } = this.where();
      const s = this.ctx.writable(sheet);
      this.ctx.state.log.push(`${what} ${s.name}!${range}`);
      apply(s, cellsIn(range));
    }, data);
  }

  private cell(s: FakeSheet, a1: string): FakeCell {
    let c = s.cells.get(a1);
    if (!c) {
      c = { value: '' };
      s.cells.set(a1, c);
    }
    return c;
  }

  private grid(value: unknown, fn: (cell: FakeCell, v: unknown) => void): (s: FakeSheet, cells: string[]) => void {
    return (s) => {
      const { range } = this.where();
      // Excel refuses a 2-D array whose shape is not the range's (a single value is the only exception).
      const want = dimensions(range);
      const rowsIn = Array.isArray(value) ? (value as unknown[][]) : [];
      if (rowsIn.length !== want.rows || rowsIn.some((row) => !Array.isArray(row) || row.length !== want.cols))
        throw officeError('InvalidArgument', `${want.rows}×${want.cols} range ${range} given a ${rowsIn.length}-row array`);
      const [a = ''] = range.replace(/\$/g, '').split(':');
      const origin = parseCellAddress(a);
      const rows = value as unknown[][];
      rows.forEach((row, r) => row.forEach((v, c) => fn(this.cell(s, cellAddress(origin.row + r, origin.col + c)), v)));
    };
  }

  set values(v: unknown[][]) {
    this.write('values', this.grid(v, enter), jsonBytes(v));
  }
  set formulas(v: unknown[][]) {
    this.write('formulas', this.grid(v, enter), jsonBytes(v));
  }
  set numberFormat(v: unknown[][]) {
    this.write('numberFormat', this.grid(v, (cell, x) => (cell.numberFormat = String(x))), jsonBytes(v));
  }
  get values(): (string | number | boolean)[][] {
    return this.loadedValues.get();
  }
  /** Range.numberFormat, read once loaded: "General" where no format was set (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member). */
  get numberFormat(): string[][] {
    return this.loadedNumberFormat.get();
  }
  /**
   * Range.formulas, read once loaded: each cell's formula, or its value where it holds none ("If a cell has no
   * formula, its value is returned instead", https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
   */
  get formulas(): (string | number | boolean)[][] {
    return this.loadedFormulas.get();
  }
  get address(): string {
    return this.loadedAddress.get();
  }

  load(props: string): this {
    this.ctx.enqueue(() => {
      const { sheet: s, range } = this.where();
      // Each grid property, cell by cell over the range, in the same sync.
      const grid = <T>(of: (cell: ReturnType<typeof s.cells.get>) => T): T[][] => {
        const [a = '', b = a] = range.replace(/\$/g, '').split(':');
        const p = parseCellAddress(a);
        const q = parseCellAddress(b);
        const out: T[][] = [];
        for (let r = p.row; r <= q.row; r++) {
          const line: T[] = [];
          for (let c = p.col; c <= q.col; c++) line.push(of(s.cells.get(cellAddress(r, c))));
          out.push(line);
        }
        return out;
      };
      if (props.includes('values')) {
        const out = grid((cell): string | number | boolean => cell?.value ?? '');
        this.loadedValues.set(out);
        this.ctx.respond(jsonBytes(out));
      }
      if (props.includes('numberFormat')) {
        const out = grid((cell) => cell?.numberFormat ?? 'General');
        this.loadedNumberFormat.set(out);
        this.ctx.respond(jsonBytes(out));
      }
      if (props.split(',').includes('formulas')) {
        // Range.formulas gives the value where a cell holds no formula (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
        const out = grid((cell): string | number | boolean => cell?.formula ?? cell?.value ?? '');
        this.loadedFormulas.set(out);
        this.ctx.respond(jsonBytes(out));
      }
      // Range.address names the sheet as it is now called.
      if (props.includes('address')) this.loadedAddress.set(`${quote(s.name)}!${range.replace(/\$/g, '')}`);
    });
    return this;
  }

  /**
   * A merged area shows only its top-left cell: "only the contents of the upper-left cell are kept,
   * the contents of the other cells are deleted"
   * (https://support.microsoft.com/en-us/office/merge-and-unmerge-cells-5cbd15d5-9375-4540-907f-c673a93fcedf;
   * Range.merge, ExcelApi 1.2, merges without asking). `across` merges each row on its own.
   */
  merge(across: boolean): void {
    this.ctx.needs('1.2', 'range.merge');
    this.write('merge', (s, cells) => {
      const { range } = this.where();
      s.merges.push(range);
      const [first = ''] = cells;
      const topLeftOfRow = (a1: string): string => cellAddress(parseCellAddress(a1).row, parseCellAddress(first).col);
      for (const a1 of cells) {
        if (a1 === first || (across && a1 === topLeftOfRow(a1))) continue;
        const c = s.cells.get(a1);
        if (!c) continue;
        c.value = '';
        delete c.formula;
      }
    });
  }
  unmerge(): void {
    this.ctx.needs('1.2', 'range.unmerge');
    this.write('unmerge', (s) => {
      const area = new Set(cellsIn(this.where().range));
      s.merges = s.merges.filter((m) => !cellsIn(m).some((c) => area.has(c)));
    });
  }
  /**
   * Range.clear(applyTo) (ExcelApi 1.1, Excel.ClearApplyTo:
   * https://learn.microsoft.com/javascript/api/excel/excel.clearapplyto): "Formats" clears all formatting
   * and leaves values, "Contents" the contents and leaves formatting, "All" clears everything. A cell's
   * lock is part of its format (a cleared cell is locked again, Excel's default). Notes and data
   * validation are left as they are: the page does not say "everything" reaches them, and the layout
   * clears validation on its own (dataValidation.clear).
   */
  clear(kind: 'All' | 'Formats' | 'Contents'): void {
    if (!['All', 'Formats', 'Contents'].includes(kind)) throw officeError('InvalidArgument', `clear(${String(kind)})`);
    this.write(`clear(${kind})`, (s, cells) => {
      for (const a1 of cells) {
        const c = s.cells.get(a1);
        if (!c) continue;
        if (kind !== 'Contents') {
          delete c.fill;
          delete c.bold;
          delete c.italic;
          delete c.numberFormat;
          delete c.fontName;
          delete c.fontSize;
          c.locked = true;
        }
        if (kind !== 'Formats') {
          c.value = '';
          delete c.formula;
        }
      }
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, range } = this.where();
      this.ctx.state.selected = { sheet: sheet.name, range };
    });
  }

  private makeFormat() {
    const set = (what: string, apply: (c: FakeCell) => void) => this.write(what, (s, cells) => cells.forEach((a1) => apply(this.cell(s, a1))));
    const columnWidth = (v: number) => this.write('columnWidth', (s) => s.columnWidths.set(this.where().range, v));
    const rowHeight = (v: number) =>
      this.write('rowHeight', (s) => {
        if (!(v >= 0 && v <= MAX_ROW_POINTS)) throw officeError('InvalidArgument', `row height ${v} (at most ${MAX_ROW_POINTS} points)`);
        s.rowHeights.set(this.where().range, v);
      });
    return {
      font: {
        set bold(v: boolean) {
          set('bold', (c) => (c.bold = v));
        },
        set italic(v: boolean) {
          set('italic', (c) => (c.italic = v));
        },
        set size(v: number) {
          set('fontSize', (c) => (c.fontSize = v));
        },
        set name(v: string) {
          set('fontName', (c) => (c.fontName = v));
        },
      },
      fill: {
        set color(v: string) {
          set('fill', (c) => (c.fill = v));
        },
        clear() {
          set('fill.clear', (c) => delete c.fill);
        },
      },
      protection: {
        set locked(v: boolean) {
          set('locked', (c) => (c.locked = v));
        },
      },
      borders: {
        getItem(edge: string) {
          const b = { style: '', weight: '', color: '' };
          return new Proxy(b, {
            set: (_t, prop) => {
              set(`border.${edge}.${String(prop)}`, () => undefined);
              return true;
            },
          });
        },
      },
      set wrapText(_v: boolean) {
        set('wrapText', () => undefined);
      },
      set horizontalAlignment(_v: string) {
        set('hAlign', () => undefined);
      },
      set verticalAlignment(_v: string) {
        set('vAlign', () => undefined);
      },
      /**
       * A row is at most 409 points high ("Excel specifications and limits", Row height: 409 points:
       * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3;
       * Excel.RangeFormat.rowHeight, in points: https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-rowheight-member).
       * A higher (or negative) height is refused when the batch syncs, and the whole batch with it;
       * the page gives the limit, not the error's code: InvalidArgument is this double's choice.
       */
      set rowHeight(v: number) {
        rowHeight(v);
      },
      set columnWidth(v: number) {
        columnWidth(v);
      },
    };
  }
}

/** "D7" → "$D$7", as Excel writes a name's reference. */
const absolute = (cell: string): string => cell.replace(/^([A-Z]+)(\d+)$/, (_m, c: string, r: string) => `$${c}$${r}`);

/**
 * What Excel reports of a defined name (https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditem):
 * `formula` ("='Biểu mẫu 1'!$D$7", ExcelApi 1.7); `type` "Range", or "Error" once what it named was
 * deleted (Excel.NamedItemType, ExcelApi 1.1); `value` "the value computed by the name's formula. For a
 * named range, it will return the range address", so "#REF!" for a broken one, whose formula Excel
 * shows as "=#REF!$D$7"; `scope` "Workbook" or "Worksheet" ("Specifies if the name is scoped to the workbook or to a
 * specific worksheet", ExcelApi 1.4, https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-scope-member).
 */
function nameFields(name: string, t: FakeName, scope: NameScope): Record<string, string> {
  return t.broken
    ? { name, formula: `=#REF!${absolute(t.cell)}`, type: 'Error', value: '#REF!', scope }
    : { name, formula: `=${quote(t.sheet)}!${absolute(t.cell)}`, type: 'Range', value: `${quote(t.sheet)}!${absolute(t.cell)}`, scope };
}

type NameScope = 'Workbook' | 'Worksheet';

/** "items/name,items/type" or "name, type" → ["name", "type"]. */
const propsOf = (p: string): string[] => p.split(',').map((x) => x.trim().replace(/^items\//, ''));

/** An object whose requested properties read as loaded and whose others throw, as a proxy's do. */
function loaded(fields: Record<string, unknown>, props: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    Object.defineProperty(out, key, {
      enumerable: true,
      get: () => {
        if (!props.includes(key)) throw new NotLoaded(`namedItem.${key}`);
        return fields[key];
      },
    });
  }
  return out;
}

/** Loading a member of ExcelApi 1.4 or later (NamedItem.scope 1.4, NamedItem.formula 1.7) needs it of the host. */
function needsForProps(ctx: FakeContext, props: readonly string[]): void {
  if (props.includes('formula')) ctx.needs('1.7', 'NamedItem.formula');
  if (props.includes('scope')) ctx.needs('1.4', 'NamedItem.scope');
}

/** One scope's names: the workbook's (Workbook.names) or a sheet's own (Worksheet.names), found when the batch runs. */
interface ScopeOf {
  readonly scope: NameScope;
  names(): Map<string, FakeName>;
}

class FakeNamedItem {
  private fields = new Slot<Record<string, unknown>>('namedItem');
  constructor(
    private readonly ctx: FakeContext,
    private readonly name: string,
    private readonly of: ScopeOf,
  ) {}
  /** NamedItemCollection.getItem finds a name of its collection's scope, whatever its case. */
  private target(): [string, FakeName] {
    const t = findIn(this.of.names(), this.name);
    if (!t) throw officeError('ItemNotFound', `name ${this.name}`);
    return t;
  }
  load(p: string): this {
    const props = propsOf(p);
    needsForProps(this.ctx, props);
    this.ctx.enqueue(() => {
      const [name, t] = this.target();
      this.fields.set(loaded(nameFields(name, t, this.of.scope), props));
    });
    return this;
  }
  get formula(): string {
    return this.fields.get().formula as string;
  }
  get type(): string {
    return this.fields.get().type as string;
  }
  get value(): unknown {
    return this.fields.get().value;
  }
  get scope(): string {
    return this.fields.get().scope as string;
  }
  /**
   * "Returns the range object that is associated with the name. Throws an error if the named item's
   * type is not a range" (NamedItem.getRange, ExcelApi 1.1): a #REF! name fails the batch. The page
   * names no error code; InvalidArgument stands in for it and no adapter code relies on it.
   */
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const [name, t] = this.target();
      if (t.broken) throw officeError('InvalidArgument', `name ${name} refers to #REF!`);
      return { sheet: this.ctx.sheet(t.sheet), range: t.cell };
    });
  }
  delete(): void {
    this.ctx.needs('1.4', 'NamedItem.delete');
    this.ctx.enqueue(() => {
      const [name] = this.target();
      this.of.names().delete(name);
      this.ctx.state.log.push(`deleteName ${this.of.scope === 'Worksheet' ? 'local ' : ''}${name}`);
    });
  }
}

/**
 * NamedItemCollection: "A collection of all the NamedItem objects that are part of the workbook or worksheet, depending
 * on how it was reached" (https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection). Reached through
 * Workbook.names it holds the workbook-scoped names only, never a sheet's own (so Excel lists them, as
 * https://github.com/OfficeDev/office-js/issues/1011 reports); through Worksheet.names (ExcelApi 1.4), that sheet's own.
 */
class FakeNames {
  private list = new Slot<Record<string, unknown>[]>('names.items');
  private readonly of: ScopeOf;
  constructor(
    private readonly ctx: FakeContext,
    /** The sheet whose own names these are (Worksheet.names); null for the workbook's. */
    private readonly sheet: FakeWorksheet | null = null,
  ) {
    this.of = sheet ? { scope: 'Worksheet', names: () => sheet.resolve().names } : { scope: 'Workbook', names: () => ctx.state.names };
  }
  load(p: string): this {
    const props = propsOf(p);
    needsForProps(this.ctx, props);
    if (this.sheet) this.ctx.needs('1.4', 'Worksheet.names');
    this.ctx.enqueue(() => {
      const items = [...this.of.names()].map(([name, t]) => loaded(nameFields(name, t, this.of.scope), props));
      this.list.set(items);
      this.ctx.respond(jsonBytes(items.map((item) => props.map((k) => item[k]))));
    });
    return this;
  }
  get items(): Record<string, unknown>[] {
    return this.list.get();
  }
  getItem(name: string): FakeNamedItem {
    if (this.sheet) this.ctx.needs('1.4', 'Worksheet.names');
    return new FakeNamedItem(this.ctx, name, this.of);
  }
  /**
   * NamedItemCollection.add (ExcelApi 1.4), "Adds a new name to the collection of the given scope": refused for a name
   * that scope already has in any case (ItemAlreadyExists) or that Excel does not take as a name (InvalidArgument, see
   * definedNameProblem). A workbook-level name of the same text as a sheet's own is taken (Excel holds both after a
   * sheet is copied, see copySheet) — except while that sheet is the active one: Excel on Windows then refuses
   * workbook.names.add with "A resource with the same name or identifier already exists" (ItemAlreadyExists), as
   * https://github.com/OfficeDev/office-js/issues/2875 reports of a sheet just copied and left selected (a product bug
   * left open, its issue closed unfixed for inactivity).
   */
  add(name: string, range: FakeRange): void {
    const where = (range as unknown as { where: Where }).where;
    this.ctx.needs('1.4', 'names.add');
    this.ctx.enqueue(() => {
      if (findIn(this.of.names(), name)) throw officeError('ItemAlreadyExists', `name ${name}`);
      const active = this.sheet ? undefined : this.ctx.state.sheets.find((s) => s.name === this.ctx.state.active);
      if (active && findIn(active.names, name)) throw officeError('ItemAlreadyExists', `name ${name} (scoped to the active sheet ${active.name})`);
      const problem = definedNameProblem(name);
      if (problem) throw officeError('InvalidArgument', `name ${name} (${problem})`);
      const { sheet, range: cell } = where();
      this.of.names().set(name, { sheet: sheet.name, cell: cell.replace(/\$/g, '') });
      this.ctx.state.log.push(`addName ${this.sheet ? 'local ' : ''}${name}`);
    });
  }
}

/** A fresh double and its state; `asExcel` gives the context typed as Office.js code expects it. */
export function fakeExcel(state: FakeState = newState()): { state: FakeState; context: FakeContext; asExcel: Excel.RequestContext } {
  const context = new FakeContext(state);
  return { state, context, asExcel: context as unknown as Excel.RequestContext };
}

/** The value a person sees in a cell of the double (what they typed, or '' for a formula). */
export function cellValue(state: FakeState, sheet: string, a1: string): string | number | boolean | undefined {
  return findSheet(state, sheet)?.cells.get(a1)?.value;
}

/** Value by workbook-level name as the double holds it now; '' (an empty cell) read as null. */
export function namedNow(state: FakeState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, at] of state.names) {
    const v = cellValue(state, at.sheet, at.cell);
    out[name] = v === '' || v === undefined ? null : v;
  }
  return out;
}

/** A person typing `text` into a cell as Excel's UI parses it ("90%" → 0.9 with a percent format); protection as for typeInto. */
export function typeAsExcelParses(state: FakeState, sheet: string, a1: string, text: string): void {
  const s = findSheet(state, sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const c = s.cells.get(a1) ?? { value: '' };
  if (s.protected && c.locked !== false) throw new Error(`${sheet}!${a1} is locked`);
  enter(c, text);
  s.cells.set(a1, c);
}

/**
 * A person typing into a cell (bypasses protection for unlocked cells, as Excel's UI does).
 * `value` is what the cell then holds: a string is stored as text, as if typed with an apostrophe.
 */
export function typeInto(state: FakeState, sheet: string, a1: string, value: string | number): void {
  const s = findSheet(state, sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const c = s.cells.get(a1);
  if (s.protected && c?.locked !== false) throw new Error(`${sheet}!${a1} is locked`);
  // What is typed replaces what the cell held, a formula included; its format, fill and note stay.
  const typed: FakeCell = { ...(c ?? {}), value };
  delete typed.formula;
  s.cells.set(a1, typed);
}
