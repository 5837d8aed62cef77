// A recording Office.js double: proxies queue work, context.sync() runs it, reads before a sync throw, syncs are counted.
/// <reference types="office-js" />
import { cellAddress, parseCellAddress } from '../../../src/core/layout/a1';

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  locked?: boolean;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: string[];
  validations: Map<string, unknown>;
  protected: boolean;
  /** Protected by a person with a password: unprotect() without it fails, as in Excel. */
  password?: boolean;
  protectCalls: number;
  unprotectCalls: number;
  columnWidths: Map<string, number>;
  frozenRows: number;
}

export interface FakeState {
  sheets: FakeSheet[];
  names: Map<string, { sheet: string; cell: string }>;
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
}

export function newState(): FakeState {
  return { sheets: [], names: new Map(), enableEvents: true, selected: null, active: null, log: [], syncs: 0, opsPerSync: [], excelApi: '1.20' };
}

export function newSheet(name: string): FakeSheet {
  return { name, cells: new Map(), merges: [], validations: new Map(), protected: false, protectCalls: 0, unprotectCalls: 0, columnWidths: new Map(), frozenRows: 0 };
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
 */
export function excelInput(x: unknown, numberFormat: string | undefined): { value: string | number | boolean; formula?: string } {
  if (typeof x !== 'string') return { value: (x ?? '') as string | number | boolean };
  if (numberFormat === '@') return { value: x };
  if (x.startsWith("'")) return { value: x.slice(1) };
  const t = x.trim();
  const pct = /%$/.test(t);
  const body = t.replace(/%$/, '');
  if (/^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(body)) {
    const n = Number(body.replace(/\./g, '').replace(',', '.'));
    return { value: pct ? n / 100 : n };
  }
  if (/^[+-]?\d*\.\d+$/.test(body)) return { value: Number(body) / (pct ? 100 : 1) };
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

export class FakeContext {
  private queue: Op[] = [];
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

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** Queues a member of ExcelApi `set`: on a host without it the batch fails at sync with ApiNotFound. */
  needs(set: string, what: string): void {
    this.enqueue(() => {
      if (!apiAtLeast(this.state.excelApi, set)) throw new Error(`ApiNotFound: ${what} needs ExcelApi ${set}, the host has ${this.state.excelApi}`);
    });
  }

  sheet(name: string): FakeSheet {
    const s = this.state.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: worksheet ${name}`);
    return s;
  }

  /** Writes into a protected sheet fail, as in Excel. */
  writable(name: string): FakeSheet {
    const s = this.sheet(name);
    if (s.protected) throw new Error(`AccessDenied: ${name} is protected`);
    return s;
  }

  async sync(): Promise<void> {
    this.state.syncs++;
    this.state.opsPerSync.push(this.queue.length);
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
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
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.names = new FakeNames(ctx);
  }
}

class FakeWorksheets {
  private list = new Slot<{ name: string }[]>('worksheets.items');
  constructor(private readonly ctx: FakeContext) {}
  load(_props: string): this {
    this.ctx.enqueue(() => this.list.set(this.ctx.state.sheets.map((s) => ({ name: s.name }))));
    return this;
  }
  get items(): { name: string }[] {
    return this.list.get();
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }
  add(name: string): FakeWorksheet {
    this.ctx.enqueue(() => {
      if (this.ctx.state.sheets.some((s) => s.name === name)) throw new Error(`ItemAlreadyExists: ${name}`);
      this.ctx.state.sheets.push(newSheet(name));
      this.ctx.state.log.push(`addSheet ${name}`);
    });
    return new FakeWorksheet(this.ctx, name);
  }
}

class FakeWorksheet {
  readonly protection: FakeProtection;
  readonly pageLayout: Record<string, unknown> & { setPrintTitleRows: (r: string) => void };
  readonly freezePanes: { freezeRows: (n: number) => void };
  constructor(
    private readonly ctx: FakeContext,
    readonly sheetName: string,
  ) {
    this.protection = new FakeProtection(ctx, sheetName);
    const layout: Record<string, unknown> = {};
    this.pageLayout = new Proxy(layout, {
      set: (_t, prop, value) => {
        ctx.needs('1.9', `pageLayout.${String(prop)}`);
        if (prop === 'zoom') checkZoom(value);
        ctx.enqueue(() => {
          ctx.sheet(sheetName);
          ctx.state.log.push(`pageLayout.${String(prop)} ${sheetName}=${JSON.stringify(value)}`);
        });
        return true;
      },
      get: (_t, prop) => {
        if (prop === 'setPrintTitleRows')
          return (r: string) => {
            ctx.needs('1.9', 'pageLayout.setPrintTitleRows');
            // "The range must span the entire row to be valid."
            if (!/^\$?\d+:\$?\d+$/.test(r)) throw new Error(`InvalidArgument: print title rows ${r}`);
            ctx.enqueue(() => ctx.state.log.push(`printTitleRows ${sheetName}=${r}`));
          };
        throw new NotLoaded(`pageLayout.${String(prop)}`);
      },
    }) as FakeWorksheet['pageLayout'];
    this.freezePanes = {
      freezeRows: (n) => {
        ctx.needs('1.7', 'freezePanes');
        ctx.enqueue(() => (ctx.sheet(sheetName).frozenRows = n));
      },
    };
  }
  set position(i: number) {
    this.ctx.enqueue(() => {
      const list = this.ctx.state.sheets;
      const s = this.ctx.sheet(this.sheetName);
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(i, list.length), 0, s);
    });
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.sheetName, range: address }));
  }
  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.sheet(this.sheetName);
      this.ctx.state.active = this.sheetName;
    });
  }
}

class FakeProtection {
  private loaded = new Slot<boolean>('protection.protected');
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: string,
  ) {}
  load(_p: string): this {
    this.ctx.enqueue(() => this.loaded.set(this.ctx.sheet(this.sheetName).protected));
    return this;
  }
  get protected(): boolean {
    return this.loaded.get();
  }
  protect(_options?: unknown): void {
    this.ctx.needs('1.2', 'protection.protect');
    this.ctx.enqueue(() => {
      const s = this.ctx.sheet(this.sheetName);
      if (s.protected) throw new Error(`InvalidOperation: ${this.sheetName} is already protected`);
      s.protected = true;
      s.protectCalls++;
      this.ctx.state.log.push(`protect ${this.sheetName}`);
    });
  }
  unprotect(): void {
    this.ctx.enqueue(() => {
      const s = this.ctx.sheet(this.sheetName);
      if (s.protected && s.password) throw new Error(`InvalidOperation: ${this.sheetName} is protected with a password`);
      s.protected = false;
      s.unprotectCalls++;
      this.ctx.state.log.push(`unprotect ${this.sheetName}`);
    });
  }
}

type Where = () => { sheet: string; range: string };

/** Excel takes a string written through values or formulas as typed input, under the cell's format at that moment. */
function enter(cell: FakeCell, x: unknown): void {
  const parsed = excelInput(x, cell.numberFormat);
  cell.value = parsed.value;
  if (parsed.formula) cell.formula = parsed.formula;
  else delete cell.formula;
}

class FakeRange {
  private loadedValues = new Slot<(string | number | boolean)[][]>('range.values');
  private loadedAddress = new Slot<string>('range.address');
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

  private write(what: string, apply: (s: FakeSheet, cells: string[]) => void, formatOnly = false): void {
    this.ctx.enqueue(() => {
      const { sheet, range } = this.where();
      const s = formatOnly ? this.ctx.sheet(sheet) : this.ctx.writable(sheet);
      if (formatOnly && s.protected) throw new Error(`AccessDenied: ${sheet} is protected`);
      this.ctx.state.log.push(`${what} ${sheet}!${range}`);
      apply(s, cellsIn(range));
    });
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
        throw new Error(`InvalidArgument: ${want.rows}×${want.cols} range ${range} given a ${rowsIn.length}-row array`);
      const [a = ''] = range.replace(/\$/g, '').split(':');
      const origin = parseCellAddress(a);
      const rows = value as unknown[][];
      rows.forEach((row, r) => row.forEach((v, c) => fn(this.cell(s, cellAddress(origin.row + r, origin.col + c)), v)));
    };
  }

  set values(v: unknown[][]) {
    this.write('values', this.grid(v, enter));
  }
  set formulas(v: unknown[][]) {
    this.write('formulas', this.grid(v, enter));
  }
  set numberFormat(v: unknown[][]) {
    this.write('numberFormat', this.grid(v, (cell, x) => (cell.numberFormat = String(x))));
  }
  get values(): (string | number | boolean)[][] {
    return this.loadedValues.get();
  }
  get address(): string {
    return this.loadedAddress.get();
  }

  load(props: string): this {
    this.ctx.enqueue(() => {
      const { sheet, range } = this.where();
      const s = this.ctx.sheet(sheet);
      if (props.includes('values')) {
        const [a = '', b = a] = range.replace(/\$/g, '').split(':');
        const p = parseCellAddress(a);
        const q = parseCellAddress(b);
        const out: (string | number | boolean)[][] = [];
        for (let r = p.row; r <= q.row; r++) {
          const line: (string | number | boolean)[] = [];
          for (let c = p.col; c <= q.col; c++) line.push(s.cells.get(cellAddress(r, c))?.value ?? '');
          out.push(line);
        }
        this.loadedValues.set(out);
      }
      if (props.includes('address')) this.loadedAddress.set(`${quote(sheet)}!${range.replace(/\$/g, '')}`);
    });
    return this;
  }

  merge(_across: boolean): void {
    this.ctx.needs('1.2', 'range.merge');
    this.write('merge', (s) => s.merges.push(this.where().range));
  }
  unmerge(): void {
    this.ctx.needs('1.2', 'range.unmerge');
    this.write('unmerge', (s) => {
      const area = new Set(cellsIn(this.where().range));
      s.merges = s.merges.filter((m) => !cellsIn(m).some((c) => area.has(c)));
    });
  }
  clear(kind: string): void {
    this.write(`clear(${kind})`, (s, cells) => {
      for (const a1 of cells) {
        const c = s.cells.get(a1);
        if (!c) continue;
        delete c.fill;
        delete c.bold;
        delete c.italic;
        delete c.numberFormat;
        c.locked = true;
      }
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, range } = this.where();
      this.ctx.sheet(sheet);
      this.ctx.state.selected = { sheet, range };
    });
  }

  private makeFormat() {
    const set = (what: string, apply: (c: FakeCell) => void) =>
      this.write(what, (s, cells) => cells.forEach((a1) => apply(this.cell(s, a1))), true);
    const columnWidth = (v: number) => this.write('columnWidth', (s) => s.columnWidths.set(this.where().range, v), true);
    return {
      font: {
        set bold(v: boolean) {
          set('bold', (c) => (c.bold = v));
        },
        set italic(v: boolean) {
          set('italic', (c) => (c.italic = v));
        },
        set size(_v: number) {
          set('fontSize', () => undefined);
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
      set rowHeight(_v: number) {
        set('rowHeight', () => undefined);
      },
      set columnWidth(v: number) {
        columnWidth(v);
      },
    };
  }
}

class FakeNamedItem {
  private loadedFormula = new Slot<string>('namedItem.formula');
  constructor(
    private readonly ctx: FakeContext,
    private readonly name: string,
  ) {}
  private target(): { sheet: string; cell: string } {
    const t = this.ctx.state.names.get(this.name);
    if (!t) throw new Error(`ItemNotFound: name ${this.name}`);
    return t;
  }
  load(p: string): this {
    if (p.includes('formula')) this.ctx.needs('1.7', 'NamedItem.formula');
    this.ctx.enqueue(() => {
      const t = this.target();
      this.loadedFormula.set(`=${quote(t.sheet)}!${t.cell.replace(/^([A-Z]+)(\d+)$/, (_m, c: string, r: string) => `$${c}$${r}`)}`);
    });
    return this;
  }
  get formula(): string {
    return this.loadedFormula.get();
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.target();
      return { sheet: t.sheet, range: t.cell };
    });
  }
  delete(): void {
    this.ctx.needs('1.4', 'NamedItem.delete');
    this.ctx.enqueue(() => {
      this.target();
      this.ctx.state.names.delete(this.name);
      this.ctx.state.log.push(`deleteName ${this.name}`);
    });
  }
}

class FakeNames {
  private list = new Slot<{ name: string }[]>('names.items');
  constructor(private readonly ctx: FakeContext) {}
  load(_p: string): this {
    this.ctx.enqueue(() => this.list.set([...this.ctx.state.names.keys()].map((name) => ({ name }))));
    return this;
  }
  get items(): { name: string }[] {
    return this.list.get();
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name);
  }
  add(name: string, range: FakeRange): void {
    const where = (range as unknown as { where: Where }).where;
    this.ctx.needs('1.4', 'names.add');
    this.ctx.enqueue(() => {
      if (this.ctx.state.names.has(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
      const { sheet, range: cell } = where();
      this.ctx.sheet(sheet);
      this.ctx.state.names.set(name, { sheet, cell: cell.replace(/\$/g, '') });
      this.ctx.state.log.push(`addName ${name}`);
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
  return state.sheets.find((s) => s.name === sheet)?.cells.get(a1)?.value;
}

/**
 * A person typing into a cell (bypasses protection for unlocked cells, as Excel's UI does).
 * `value` is what the cell then holds: a string is stored as text, as if typed with an apostrophe.
 */
export function typeInto(state: FakeState, sheet: string, a1: string, value: string | number): void {
  const s = state.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const c = s.cells.get(a1);
  if (s.protected && c?.locked !== false) throw new Error(`${sheet}!${a1} is locked`);
  s.cells.set(a1, { ...(c ?? {}), value });
}
