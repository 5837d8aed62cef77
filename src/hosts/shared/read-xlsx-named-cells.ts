// Reads an .xlsx's single-cell defined names without a spreadsheet library: only the parts the names need are inflated, within XLSX_LIMITS (CLI and pane).
import { numberAsShown } from '../../core/read/number-as-shown';
import { cellAddress, parseCellAddress, sheetRef } from '../../core/layout/a1';
import { checkDeclaredSize, inflateEntry, inflateTaken, newBudget, takeEntry, type InflateBudget, type RawInflate } from './inflate-entry';
import { PartMemo } from './part-memo';
import { attr, scanXml, XmlFormatError } from './xml-scan';
import { readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory';
import type { NamedCells, NamedValue } from './xlsx-named-cells';
import { checkFileSize } from './xlsx-limits';
import { presenceIgnoringCase, spellAsTemplate, type WorkbookPresence } from '../../core/read/workbook-damage';

/** What a workbook's parts say of one named cell, before shared strings and styles are looked up. */
interface RawCell {
  t: string | undefined;
  s: number;
  /** Text of <v>, or of <is><t> for an inline string. */
  v: string | undefined;
  formula: boolean;
  /** Inline rich text runs (<is><r><t>), kept apart: ExcelJS decodes _xHHHH_ in runs only. */
  runs: string[] | undefined;
}

interface Wanted {
  readonly name: string;
  readonly sheet: string;
  /** "D8" */
  readonly a1: string;
  /** "'Biểu mẫu 1'!D8" */
  readonly address: string;
}

/** The cells names point at in one sheet: their A1 keys and the last row (its scan stops past it). */
interface SheetWanted {
  readonly keys: ReadonlySet<string>;
  readonly lastRow: number;
}

const decoder = new TextDecoder('utf-8');

interface Source {
  readonly bytes: Uint8Array;
  readonly dir: Map<string, ZipEntry>;
  readonly budget: InflateBudget;
  readonly inflate: RawInflate;
}

function part(src: Source, path: string): string | undefined {
  const entry = src.dir.get(path);
  return entry ? decoder.decode(inflateEntry(src.bytes, entry, src.budget, src.inflate)) : undefined;
}

/**
 * What `read` makes of the part at `path` (undefined when there is none), taken from the budget as `part` takes it; a
 * part with the same stored bytes as one read before (the next file of the same template) is not inflated nor read again.
 */
function memoPart<T>(src: Source, path: string, memo: PartMemo<T>, read: (xml: string) => T): T | undefined {
  const entry = src.dir.get(path);
  if (!entry) return undefined;
  const stored = takeEntry(src.bytes, entry, src.budget);
  return memo.get(entry, stored) ?? memo.set(entry, stored, read(decoder.decode(inflateTaken(entry, stored, src.inflate))));
}

/** "_x000D_" → "\r": how SpreadsheetML writes characters XML cannot hold (ExcelJS decodes upper-case hex only; so do we). */
const unescapeOoxml = (s: string): string => (s.includes('_x') ? s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s);

/**
 * ExcelJS decodes a "str" value's entities a second time (utils.xmlDecode), so "&amp;lt;" in the
 * file reads as "<"; done here too, so both readers give the same text.
 */
const decodeAgain = (s: string): string =>
  s.replace(/&([a-z]*);/g, (whole, e: string) => ({ lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' })[e] ?? whole);

/** The built-in number formats a style may name by id alone (ECMA-376 Part 1, 18.8.30), as ExcelJS knows them. */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** The ranges of a defined name's formula, split at commas outside quoted sheet names. */
function splitRanges(text: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "'") quoted = !quoted;
    else if (c === ',' && !quoted) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.filter((r) => r !== '');
}

const SHEET_RANGE = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$([A-Z]{1,3})\$(\d+)(?::\$([A-Z]{1,3})\$(\d+))?$/i;
const colNumber = (letters: string): number => parseCellAddress(`${letters}1`).col;

/**
 * The one cell a name points at, or null: as ExcelJS keeps names, only absolute references
 * ("'Biểu mẫu 1'!$D$8") count; "#REF!", relative and whole-column references are dropped, and a
 * name covering more than one cell is not a cell.
 */
function singleCell(texts: readonly string[]): { sheet: string; row: number; col: number } | null {
  let found: { sheet: string; row: number; col: number } | null = null;
  for (const range of texts.flatMap(splitRanges)) {
    const m = SHEET_RANGE.exec(range.trim());
    if (!m || !m[3] || !m[4]) continue;
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
    const row = Number(m[4]);
    const col = colNumber(m[3]);
    if (m[5] && m[6] && (Number(m[6]) !== row || colNumber(m[5]) !== col)) return null;
    if (found && (found.sheet !== sheet || found.row !== row || found.col !== col)) return null;
    found = { sheet, row, col };
  }
  return found;
}

const SHEET_PREFIX = /^(?:'((?:[^']|'')+)'|([^'!]+))!/;

/**
 * Whether a defined name points nowhere: what Excel writes where its cells were deleted ("#REF!", "'Biểu mẫu 1'!#REF!",
 * "#REF!$D$8" once its sheet is gone), or a sheet the workbook does not have (a sheet renamed in the file, not by Excel,
 * which renames the names with it). Sheets are compared whatever the case, as Excel compares them.
 */
function pointsNowhere(texts: readonly string[], sheets: ReadonlySet<string>): boolean {
  for (const range of texts.flatMap(splitRanges)) {
    const text = range.trim().replace(/^=/, '');
    if (text.toUpperCase().includes('#REF!')) return true;
    const m = SHEET_PREFIX.exec(text);
    // A name into another workbook ("[1]Sheet1!$A$1") is not the template's: left alone.
    if (!m || text.startsWith('[')) continue;
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
    if (!sheets.has(sheet.toLowerCase())) return true;
  }
  return false;
}

interface WorkbookPart {
  readonly sheets: Map<string, string>;
  /** The workbook-level names (no localSheetId): the template's. */
  readonly names: Map<string, string[]>;
  /** The names written with a localSheetId (a sheet's own, such as those Excel gives a copied sheet), as the file spells them; not read. */
  readonly sheetScoped: Set<string>;
  readonly date1904: boolean;
}

/** What the reader needs of a workbook's index part: its sheets, its 1904 flag and the cells its names point at. */
interface WorkbookLayout {
  readonly sheets: ReadonlyMap<string, string>;
  readonly date1904: boolean;
  /** Every single-cell name into a sheet the workbook has, in the order of the part, under the template's spelling (spellAsTemplate). */
  readonly wanted: readonly Wanted[];
  /** The cells wanted in each sheet, by sheet name. */
  readonly bySheet: ReadonlyMap<string, SheetWanted>;
  /** Names dropped because they point nowhere (#REF!, a sheet the workbook lacks), in the order of the part, then those spelled two ways at two cells. */
  readonly broken: readonly string[];
}

function layoutOf(workbook: WorkbookPart): WorkbookLayout {
  const wanted: Wanted[] = [];
  const bySheet = new Map<string, { keys: Set<string>; lastRow: number }>();
  const broken: string[] = [];
  // A name's sheet is found whatever the case its reference spells it in, as Excel finds it (no two sheets differ only in case).
  const sheetNamed = new Map([...workbook.sheets.keys()].map((s) => [s.toLowerCase(), s] as const));
  const sheetKeys = new Set(sheetNamed.keys());
  // Names are read under the template's spelling whatever case the file writes them in, as Excel finds them.
  const { readAs, ambiguous } = spellAsTemplate(workbook.names.keys(), (name) => {
    const at = singleCell(workbook.names.get(name) ?? []);
    return at ? `${at.sheet.toLowerCase()}!${at.row}:${at.col}` : `?${name}`;
  });
  for (const [spelled, texts] of workbook.names) {
    const name = readAs.get(spelled);
    if (name === undefined || name.startsWith('_xlnm.')) continue;
    const at = singleCell(texts);
    const sheet = at ? sheetNamed.get(at.sheet.toLowerCase()) : undefined;
    if (!at || sheet === undefined) {
      if (pointsNowhere(texts, sheetKeys)) broken.push(name);
      continue;
    }
    const a1 = cellAddress(at.row, at.col);
    wanted.push({ name, sheet, a1, address: sheetRef(sheet, a1) });
    const mine = bySheet.get(sheet) ?? { keys: new Set<string>(), lastRow: -Infinity };
    mine.keys.add(a1);
    mine.lastRow = Math.max(mine.lastRow, at.row);
    bySheet.set(sheet, mine);
  }
  return { sheets: workbook.sheets, date1904: workbook.date1904, wanted, bySheet, broken: [...broken, ...ambiguous] };
}

/** The index parts, relationships and styles last read (per thread): a consolidation reads thousands of files of one template. */
const layouts = new PartMemo<WorkbookLayout>();
const relationships = new PartMemo<ReadonlyMap<string, string>>();
const styleFormats = new PartMemo<readonly (string | undefined)[]>();

/**
 * The sheets, workbook-level names and 1904 flag of xl/workbook.xml. A <definedName> with a localSheetId (ECMA-376 Part 1,
 * 18.2.5; the Open XML SDK calls it "Local Name Sheet Id":
 * https://learn.microsoft.com/en-us/dotnet/api/documentformat.openxml.spreadsheet.definedname.localsheetid) is a sheet's own
 * name, local to the sheet at that index: Excel gives a copied sheet such names, of the same text as the workbook-level names
 * into the original but pointing at the copy's cells. The template's names are the workbook-level ones, those Office.js's
 * workbook.names holds (https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-names-member;
 * a sheet's own are worksheet.names): a sheet's own name is only noted, never read, so it neither replaces nor breaks one; a
 * template name left only as a sheet's own is missing (workbook-damage.ts says so).
 */
function readWorkbookPart(xml: string): WorkbookPart {
  const sheets = new Map<string, string>();
  const names = new Map<string, string[]>();
  const sheetScoped = new Set<string>();
  let date1904 = false;
  let current: string | undefined;
  let text = '';
  const h = {
    wantText: false,
    open(name: string, tag: string, selfClosing: boolean) {
      if (name === 'sheet') {
        const sheet = attr(tag, 'name');
        const id = attr(tag, 'id');
        if (sheet !== undefined && id !== undefined) sheets.set(sheet, id);
      } else if (name === 'workbookPr') {
        const v = attr(tag, 'date1904');
        date1904 = v === '1' || v === 'true';
      } else if (name === 'definedName' && attr(tag, 'localSheetId') !== undefined) {
        const scoped = attr(tag, 'name');
        if (scoped !== undefined) sheetScoped.add(scoped);
      } else if (name === 'definedName' && !selfClosing) {
        current = attr(tag, 'name');
        text = '';
        h.wantText = true;
      }
    },
    close(name: string) {
      if (name !== 'definedName' || current === undefined) return;
      names.set(current, [...(names.get(current) ?? []), text]);
      current = undefined;
      h.wantText = false;
    },
    text(t: string) {
      text += t;
    },
  };
  scanXml(xml, h);
  return { sheets, names, sheetScoped, date1904 };
}

/** What ExcelJS's reader needs to read only the workbook-level names (load-workbook.ts): ExcelJS drops localSheetId, so a sheet's own name replaces a workbook-level one. */
export interface WorkbookLevelNames {
  /** The workbook-level names' ranges ("'Biểu mẫu 1'!$D$8"), by name as the file spells it. */
  readonly names: ReadonlyMap<string, readonly string[]>;
  /** The names some sheet has as its own (not _xlnm.*: ExcelJS reads a print area by its sheet), as the file spells them. */
  readonly sheetScoped: ReadonlySet<string>;
}

export function workbookLevelNames(workbookXml: string): WorkbookLevelNames {
  const { names, sheetScoped } = readWorkbookPart(workbookXml);
  return {
    names: new Map([...names].map(([name, texts]) => [name, texts.flatMap(splitRanges)] as const)),
    sheetScoped: new Set([...sheetScoped].filter((name) => !name.startsWith('_xlnm.'))),
  };
}

/** Relationship id → part path in the zip ("worksheets/sheet1.xml" from xl/ → "xl/worksheets/sheet1.xml"). */
function readRels(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  scanXml(xml, {
    open(name, tag) {
      if (name !== 'Relationship') return;
      const id = attr(tag, 'Id');
      const target = attr(tag, 'Target');
      if (id === undefined || target === undefined) return;
      const parts = target.startsWith('/') ? [] : ['xl'];
      for (const seg of target.split('/')) {
        if (seg === '..') parts.pop();
        else if (seg !== '' && seg !== '.') parts.push(seg);
      }
      targets.set(id, parts.join('/'));
    },
  });
  return targets;
}

/** The cells of `wanted` (A1, "D8") in one sheet part; scanning stops past the last wanted row (rows come in order). */
function readSheetCells(xml: string, wanted: ReadonlySet<string>, lastRow: number): Map<string, RawCell> {
  const cells = new Map<string, RawCell>();
  let row = 0;
  /** The last cell's column when it is known; a cell without "r" follows the one before it (ECMA-376 Part 1, 18.3.1.4). */
  let col = 0;
  let lastR: string | undefined;
  let cell: RawCell | undefined;
  let into: 'v' | 't' | 'run' | 'f' | undefined;
  let inIs = false;
  let inPhonetic = false;
  const h = {
    wantText: false,
    open(name: string, tag: string, selfClosing: boolean): boolean {
      if (name === 'row') {
        const r = attr(tag, 'r');
        row = r !== undefined ? Number(r) : row + 1;
        col = 0;
        lastR = undefined;
        return row > lastRow;
      }
      if (name === 'c') {
        cell = undefined;
        let r = attr(tag, 'r');
        if (r !== undefined) lastR = r.toUpperCase();
        else {
          if (lastR !== undefined) col = parseCellAddress(lastR).col;
          lastR = undefined;
          r = cellAddress(row, ++col);
        }
        const key = lastR ?? r;
        if (!wanted.has(key)) return false;
        const s = attr(tag, 's');
        // A self-closing <c/> is an empty cell: recorded (for its style), closed by the scanner at once.
        cell = { t: attr(tag, 't'), s: s !== undefined ? parseInt(s, 10) || 0 : 0, v: undefined, formula: false, runs: undefined };
        cells.set(key, cell);
        return false;
      }
      if (!cell) return false;
      if (name === 'f') {
        // ExcelJS: a formula is <f> with text or a t attribute (a shared formula's followers are empty).
        if (attr(tag, 't') !== undefined) cell.formula = true;
        if (!selfClosing) into = 'f';
      } else if (name === 'v' && !selfClosing) into = 'v';
      else if (name === 'is') inIs = true;
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 'r' && inIs) cell.runs = cell.runs ?? [];
      else if (name === 't' && inIs && !inPhonetic) {
        if (cell.runs) cell.runs.push('');
        if (!selfClosing) into = cell.runs ? 'run' : 't';
      }
      h.wantText = into !== undefined;
      return false;
    },
    close(name: string): boolean {
      if (name === 'c') cell = undefined;
      else if (name === 'is') inIs = false;
      else if (name === 'rPh') inPhonetic = false;
      if (name === 'f' || name === 'v' || name === 't') into = undefined;
      h.wantText = into !== undefined;
      return false;
    },
    text(t: string) {
      if (!cell) return;
      if (into === 'f') cell.formula = cell.formula || t !== '';
      else if (into === 'v' || into === 't') cell.v = (cell.v ?? '') + t;
      else if (into === 'run' && cell.runs) cell.runs[cell.runs.length - 1] += t;
    },
  };
  scanXml(xml, h);
  return cells;
}

/** The shared strings up to index `last`; null for an item with no text at all (ExcelJS gives an empty object). */
function readSharedStrings(xml: string, last: number): (string | null)[] {
  const items: (string | null)[] = [];
  let text: string | null = null;
  let inPhonetic = false;
  let inT = false;
  const h = {
    wantText: false,
    open(name: string, _tag: string, selfClosing: boolean): boolean {
      if (name === 'si') text = null;
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) {
        text = text ?? '';
        inT = !selfClosing;
      }
      h.wantText = inT;
      return false;
    },
    close(name: string): boolean {
      if (name === 't') inT = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        items.push(text === null ? null : unescapeOoxml(text));
        if (items.length > last) return true;
      }
      h.wantText = inT;
      return false;
    },
    text(t: string) {
      text = (text ?? '') + t;
    },
  };
  scanXml(xml, h);
  return items;
}

/** Number format of each cell style (cellXfs), undefined where the style names none. */
function readStyles(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  let inXfs = false;
  scanXml(xml, {
    open(name, tag) {
      if (name === 'numFmt') {
        const id = attr(tag, 'numFmtId');
        const code = attr(tag, 'formatCode');
        if (id !== undefined && code !== undefined) custom.set(parseInt(id, 10), code);
      } else if (name === 'cellXfs') inXfs = true;
      else if (name === 'xf' && inXfs) {
        const id = parseInt(attr(tag, 'numFmtId') ?? '0', 10) || 0;
        formats.push(id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined);
      }
    },
    close(name) {
      if (name === 'cellXfs') return true;
    },
  });
  return formats;
}

/** The value ExcelJS's readNamedCells gives for the same cell (see xlsx-named-cells.cellPlainValue): typed percents read as shown, a date as the day it shows. */
function valueOf(cell: RawCell | undefined, shared: () => (string | null)[], formats: () => readonly (string | undefined)[], date1904: boolean): NamedValue {
  if (!cell) return null;
  // ExcelJS ignores style 0 (it tests the id for truth), so its format never makes a date.
  const format = (): string | undefined => (cell.s ? formats()[cell.s] : undefined);
  if (cell.formula) {
    if (!cell.v) return null;
    if (cell.t === 'str') return decodeAgain(cell.v);
    if (cell.t === 'b') return parseInt(cell.v, 10) !== 0;
    if (cell.t === 'e') return cell.v;
    return numberAsShown(parseFloat(cell.v), format(), date1904);
  }
  if (cell.runs) return cell.runs.map(unescapeOoxml).join('');
  if (cell.v === undefined) return null;
  switch (cell.t) {
    case 's':
      return shared()[parseInt(cell.v, 10)] ?? null;
    case 'str':
      return decodeAgain(cell.v);
    case 'inlineStr':
      return cell.v;
    case 'b':
      return parseInt(cell.v, 10) !== 0;
    case 'e':
      return cell.v;
    default:
      return numberAsShown(parseFloat(cell.v), format(), date1904);
  }
}

/** What the light reader gives: the named cells, every sheet and the names that point nowhere (for the damage check). */
export interface XlsxNamedCells extends NamedCells {
  readonly sheets: readonly string[];
  readonly brokenNames: readonly string[];
}

/** The damage check's view of what the light reader found, looked up as Excel looks names and sheets up (whatever the case). */
export const xlsxPresence = (named: XlsxNamedCells): WorkbookPresence => presenceIgnoringCase(named.sheets, Object.keys(named.values), named.brokenNames);

/** Refuses what is not a readable zip or workbook; its message is technical, the callers word it. */
export class XlsxDamagedError extends Error {}

/**
 * Values and addresses of every single-cell defined name, as readNamedCells gives them from ExcelJS, with the workbook's
 * sheets and the names dropped as broken (pointing nowhere), for the damage check (core/read/workbook-damage.ts);
 * `inflate` is fflateInflate in the browser, the CLI's zlibInflate in Node.
 * Throws XlsxTooLargeError (Vietnamese message) past XLSX_LIMITS, XlsxDamagedError for a damaged file.
 */
export function readXlsxNamedCells(bytes: Uint8Array, inflate: RawInflate): XlsxNamedCells {
  checkFileSize(bytes.length);
  try {
    return readNamed({ bytes, dir: readZipDirectory(bytes), budget: newBudget(), inflate });
  } catch (e) {
    if (e instanceof ZipFormatError || e instanceof XmlFormatError) throw new XlsxDamagedError(e.message);
    throw e;
  }
}

function readNamed(src: Source): XlsxNamedCells {
  const { dir, budget } = src;
  const workbook = memoPart(src, 'xl/workbook.xml', layouts, (xml) => layoutOf(readWorkbookPart(xml)));
  if (workbook === undefined) throw new ZipFormatError('no xl/workbook.xml');
  const rels = memoPart(src, 'xl/_rels/workbook.xml.rels', relationships, readRels);
  if (rels === undefined) throw new ZipFormatError('no xl/_rels/workbook.xml.rels');

  const sheetParts = new Map<string, string>();
  for (const sheet of workbook.bySheet.keys()) {
    const path = rels.get(workbook.sheets.get(sheet) ?? '');
    if (path !== undefined && dir.has(path)) sheetParts.set(sheet, path);
  }
  const partOfType = (type: string, fallback: string): string => {
    for (const [, path] of rels) if (path.endsWith(`/${type}.xml`) && dir.has(path)) return path;
    return fallback;
  };
  const sharedPath = partOfType('sharedStrings', 'xl/sharedStrings.xml');
  const stylesPath = partOfType('styles', 'xl/styles.xml');
  // Every part that may be needed has its declared size checked before any of them is inflated.
  const probe = { ...budget };
  for (const path of [...sheetParts.values(), sharedPath, stylesPath]) {
    const entry = dir.get(path);
    if (!entry) continue;
    checkDeclaredSize(entry, probe);
    probe.remaining -= entry.size;
  }

  const cells = new Map<string, Map<string, RawCell>>();
  let lastShared = -1;
  for (const [sheet, path] of sheetParts) {
    const mine = workbook.bySheet.get(sheet);
    if (!mine) continue;
    const found = readSheetCells(part(src, path) ?? '', mine.keys, mine.lastRow);
    cells.set(sheet, found);
    for (const c of found.values()) if (c.t === 's' && !c.formula && c.v !== undefined) lastShared = Math.max(lastShared, parseInt(c.v, 10) || 0);
  }

  let shared: (string | null)[] | undefined;
  let formats: readonly (string | undefined)[] | undefined;
  const sharedStrings = (): (string | null)[] => (shared ??= lastShared < 0 ? [] : readSharedStrings(part(src, sharedPath) ?? '', lastShared));
  const styles = (): readonly (string | undefined)[] => (formats ??= memoPart(src, stylesPath, styleFormats, readStyles) ?? readStyles(''));

  const values: Record<string, NamedValue> = {};
  const addresses: Record<string, string> = {};
  const formulas: Record<string, boolean> = {};
  for (const w of workbook.wanted) {
    const sheetCells = cells.get(w.sheet);
    if (!sheetCells) continue;
    const cell = sheetCells.get(w.a1);
    values[w.name] = valueOf(cell, sharedStrings, styles, workbook.date1904);
    addresses[w.name] = w.address;
    formulas[w.name] = cell?.formula ?? false;
  }
  return { values, addresses, formulas, sheets: [...workbook.sheets.keys()], brokenNames: workbook.broken };
}
