// One workbook plan, one spreadsheet, whichever host lays it out: the .xlsx the CLI and the pane write (ExcelJS, read back), the open workbook through Office.js (the double), a Google spreadsheet through the Sheets API (the fakes).
/// <reference types="office-js" />
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import { overlayNamed } from '../../../src/core/carry/carry-into-plan';
import { catalogueOf } from '../../../src/core/forms/builtin';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import { cellAddress, columnLetter, rangeCells } from '../../../src/core/layout/a1';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import type { WorkbookPlan } from '../../../src/core/layout/types';
import { applyWorkbookPlan as layOutInSheets } from '../../../src/hosts/apps-script/apply-plan';
import { cachedResults } from '../../../src/hosts/cli/xlsx/cached-results';
import { applyWorkbookPlan as layOutInExcel } from '../../../src/hosts/excel/apply-plan';
import { fillWorkbook } from '../../../src/hosts/shared/xlsx-plan-writer';
import { TEST_SET } from '../../fixtures/form-sets/test-set';
import { TYPED_TEXTS } from '../../fixtures/typed-texts';
import { fakeEnv } from '../apps-script/fakes/fake-env';
import { fakeExcel } from '../excel/fake-excel';

jest.setTimeout(60_000);

const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
if (!parsed.ok) throw new Error('sample');
const SAMPLE = parsed.data;

/** A data-validation rule as a person meets it: what it takes, whether it refuses the rest, what it says. */
interface Rule {
  readonly kind: string;
  readonly bounds: readonly (number | string)[];
  readonly reject: boolean;
  /** Title and text of the prompt, and of the refusal; Sheets has neither title nor refusal text of a rule's own (see below). */
  readonly prompt: readonly string[];
  readonly error: readonly string[];
}

interface Cell {
  /** The literal or the formula ("=…") the cell holds. */
  readonly value: unknown;
  readonly format: string;
  /** Can the commune type here (unlocked under protection, or outside every protected range)? */
  readonly open: boolean;
  readonly rule: Rule | null;
  readonly note: string | null;
}

interface Sheet {
  readonly protected: boolean;
  /** What the protection still lets a person do besides typing into open cells ("formatColumns"), sorted. */
  readonly allows: readonly string[];
  readonly merges: readonly string[];
  /** Column widths in characters, row heights in points, as the plan gives them. */
  readonly widths: readonly number[];
  readonly heights: Readonly<Record<number, number>>;
  readonly frozenRows: number;
  readonly cells: Readonly<Record<string, Cell>>;
}

interface Book {
  /** The plan's sheets in the order the workbook holds them (a host's own first sheet aside), and which are hidden. */
  readonly order: readonly string[];
  readonly hidden: readonly string[];
  /** Every defined name → "Sheet!A1". */
  readonly names: Readonly<Record<string, string>>;
  readonly sheets: Readonly<Record<string, Sheet>>;
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** The cells a merge hides (all but its top-left): what they hold is never seen, and hosts differ there harmlessly. */
function hiddenByMerge(merges: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const m of merges) rangeCells(m).slice(1).forEach(({ row, col }) => out.add(cellAddress(row, col)));
  return out;
}

function eachCell(plan: WorkbookPlan, sheet: string, f: (a1: string) => Cell): Record<string, Cell> {
  const p = plan.sheets.find((s) => s.name === sheet)!;
  const hidden = hiddenByMerge(p.merges);
  const out: Record<string, Cell> = {};
  for (let r = 1; r <= p.rows; r++) {
    for (let c = 1; c <= p.columns; c++) {
      const a1 = cellAddress(r, c);
      const cell = f(a1);
      out[a1] = hidden.has(a1) ? { ...cell, value: '(merged)', format: '(merged)' } : cell;
    }
  }
  return out;
}

/** The .xlsx the CLI writes (and the pane, through the same writer), opened again with ExcelJS. */
async function viaXlsx(plan: WorkbookPlan, set?: FormSetDef): Promise<Book> {
  const wb = new ExcelJS.Workbook();
  await fillWorkbook(wb, plan, cachedResults(plan, set ? catalogueOf(set) : undefined));
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const names: Record<string, string> = {};
  for (const n of (back.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model) {
    names[n.name] = n.ranges.join(',').replace(/\$/g, '').replace(/^'(.*)'!/, '$1!');
  }
  const sheets: Record<string, Sheet> = {};
  for (const p of plan.sheets) {
    const ws = back.getWorksheet(p.name)!;
    const rule = (dv: ExcelJS.DataValidation | undefined): Rule | null => {
      if (!dv) return null;
      const f = dv.formulae ?? [];
      return {
        kind: dv.type,
        bounds: dv.type === 'list' ? String(f[0]).replace(/^"|"$/g, '').split(',') : f.map(Number),
        reject: dv.showErrorMessage === true && (dv.errorStyle ?? 'stop') === 'stop',
        prompt: dv.showInputMessage ? [dv.promptTitle ?? '', dv.prompt ?? ''] : [],
        error: dv.showErrorMessage ? [dv.errorTitle ?? '', dv.error ?? ''] : [],
      };
    };
    const view = (ws.views as typeof ws.views | null)?.[0] as { state?: string; ySplit?: number } | undefined;
    sheets[p.name] = {
      protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
      // ExcelJS reads back the options a protection allows as true (selecting cells, allowed by default, is not written).
      allows: Object.entries((ws as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection ?? {})
        .filter(([k, v]) => k !== 'sheet' && v === true)
        .map(([k]) => k)
        .sort(),
      merges: [...(ws as unknown as { model: { merges: string[] } }).model.merges].sort(),
      widths: p.columnWidths.map((_, i) => round(ws.getColumn(i + 1).width ?? 0)),
      heights: Object.fromEntries((p.rowHeights ?? []).map(({ row }) => [row, round(ws.getRow(row).height)])),
      frozenRows: view?.state === 'frozen' ? (view.ySplit ?? 0) : 0,
      cells: eachCell(plan, p.name, (a1) => {
        const cell = ws.getCell(a1);
        const note = cell.note;
        return {
          value: cell.formula ? `=${cell.formula}` : (cell.value ?? ''),
          format: cell.numFmt ?? 'General',
          open: cell.protection?.locked === false,
          rule: rule(cell.dataValidation),
          note: typeof note === 'string' ? note : note ? (note.texts ?? []).map((t) => t.text).join('') : null,
        };
      }),
    };
  }
  return { order: back.worksheets.map((w) => w.name), hidden: back.worksheets.filter((w) => w.state !== 'visible').map((w) => w.name), names, sheets };
}

/** The open workbook laid out through Office.js (the recording double). */
async function viaOfficeJs(plan: WorkbookPlan, set?: FormSetDef): Promise<Book> {
  const { state, asExcel } = fakeExcel();
  await layOutInExcel(asExcel, { buildPlan: () => plan, readData: () => null, supports: () => true, ...(set ? { set } : {}) });
  const kinds: Record<string, string> = { wholeNumber: 'whole', decimal: 'decimal', list: 'list', textLength: 'textLength' };
  const sheets: Record<string, Sheet> = {};
  for (const p of plan.sheets) {
    const s = state.sheets.find((x) => x.name === p.name)!;
    const rule = (a1: string): Rule | null => {
      const dv = (prop: string): Record<string, unknown> | undefined => s.validations.get(`${a1}.${prop}`) as Record<string, unknown> | undefined;
      const r = dv('rule');
      if (!r) return null;
      const [kind = '', body = {}] = Object.entries(r)[0] as [string, Record<string, unknown>];
      const prompt = dv('prompt');
      const alert = dv('errorAlert');
      return {
        kind: kinds[kind] ?? kind,
        bounds: kind === 'list' ? String(body.source).split(',') : [body.formula1, body.formula2].filter((x) => x !== undefined).map(Number),
        reject: alert?.showAlert === true && alert.style === 'Stop',
        prompt: prompt?.showPrompt ? [String(prompt.title), String(prompt.message)] : [],
        error: alert?.showAlert ? [String(alert.title), String(alert.message)] : [],
      };
    };
    // Range.format.columnWidth is in points: Excel's default font is about 7 px (5.25 pt) a character plus 5 px of padding (queue-sheet-writes.ts).
    const width = (letter: string): number => round(((s.columnWidths.get(`${letter}:${letter}`) ?? 0) - 3.75) / 5.25);
    sheets[p.name] = {
      protected: s.protected,
      // WorksheetProtectionOptions "allowFormatColumns" is the file's "formatColumns".
      allows: (s.protectAllows ?? []).map((k) => k.replace(/^allow(.)/, (_m, c: string) => c.toLowerCase())).sort(),
      merges: [...s.merges].sort(),
      widths: p.columnWidths.map((_, i) => width(columnLetter(i + 1))),
      heights: Object.fromEntries((p.rowHeights ?? []).map(({ row }) => [row, s.rowHeights.get(`${row}:${row}`) ?? 0])),
      frozenRows: s.frozenRows,
      cells: eachCell(plan, p.name, (a1) => {
        const cell = s.cells.get(a1);
        return { value: cell?.formula ?? cell?.value ?? '', format: cell?.numberFormat ?? 'General', open: cell?.locked === false, rule: rule(a1), note: cell?.note ?? null };
      }),
    };
  }
  return {
    order: state.sheets.map((s) => s.name),
    hidden: state.sheets.filter((s) => s.visibility !== 'Visible').map((s) => s.name),
    names: Object.fromEntries([...state.names].map(([n, t]) => [n, `${t.sheet}!${t.cell}`])),
    sheets,
  };
}

/** A Sheets rule as the same shape: its condition read back into the plan's kinds (sheet-requests.ts writes them). */
function sheetsRule(spec: { criteria: string; args: readonly unknown[]; allowInvalid: boolean; helpText: string | null } | undefined): Rule | 'guard' | null {
  if (!spec) return null;
  const args = spec.args.map(String);
  const common = { reject: !spec.allowInvalid, prompt: [spec.helpText ?? ''], error: [] };
  if (spec.criteria === 'ONE_OF_LIST') return { kind: 'list', bounds: args, ...common };
  if (spec.criteria === 'NUMBER_GREATER_THAN_EQ' || spec.criteria === 'NUMBER_BETWEEN') return { kind: 'decimal', bounds: args.map(Number), ...common };
  const formula = args[0] ?? '';
  if (/^=ISFORMULA\([A-Z]+\d+\)$/.test(formula)) return 'guard';
  const whole = /^=\(INT\(([A-Z]+\d+)\)=\1\)((?:\*\(\1[<>]=-?\d+\))+)=1$/.exec(formula);
  if (whole) return { kind: 'whole', bounds: [...(whole[2] ?? '').matchAll(/[<>]=(-?\d+)/g)].map((m) => Number(m[1])), ...common };
  const length = /^=LEN\([A-Z]+\d+\)<=(\d+)$/.exec(formula);
  if (length) return { kind: 'textLength', bounds: [Number(length[1])], ...common };
  return { kind: `unknown ${formula}`, bounds: [], ...common };
}

/** A Google spreadsheet laid out through the Sheets API batchUpdate and setValues (the fakes). */
function viaSheets(plan: WorkbookPlan): { book: Book; guarded: string[] } {
  const env = fakeEnv();
  layOutInSheets(env, env.ss, plan);
  const ss = env.ss;
  const guarded: string[] = [];
  const sheets: Record<string, Sheet> = {};
  const a1Of = (g: { startRowIndex?: number | null; endRowIndex?: number | null; startColumnIndex?: number | null; endColumnIndex?: number | null }): string =>
    `${cellAddress((g.startRowIndex ?? 0) + 1, (g.startColumnIndex ?? 0) + 1)}:${cellAddress(g.endRowIndex ?? 0, g.endColumnIndex ?? 0)}`;
  for (const p of plan.sheets) {
    const s = ss.sheet(p.name);
    sheets[p.name] = {
      protected: s.protections.some((x) => x.range === null && !x.warningOnly),
      // A Sheets protection has no such options (ProtectedRange: editors, unprotected ranges, warning only).
      allows: [],
      merges: s.merges.map(a1Of).sort(),
      // Pixels: 7 a character plus 5 of padding; rows 96 px to 72 pt (apply-plan.ts).
      widths: p.columnWidths.map((_, i) => round(((s.columnWidths.get(i) ?? 0) - 5) / 7)),
      heights: Object.fromEntries((p.rowHeights ?? []).map(({ row }) => [row, round(((s.rowHeights.get(row - 1) ?? 0) * 72) / 96)])),
      frozenRows: s.frozenRows,
      cells: eachCell(plan, p.name, (a1) => {
        const cell = s.cellAt(a1);
        const rule = sheetsRule(cell?.validation?.spec);
        if (rule === 'guard') guarded.push(`${p.name}!${a1}`);
        return {
          value: cell?.formula ?? cell?.content ?? '',
          format: cell?.format ?? 'General',
          // The commune: an editor of the spreadsheet who is not the one who laid it out.
          open: s.canEdit('colleague@example.com', a1),
          rule: rule === 'guard' ? null : rule,
          note: cell?.note ?? null,
        };
      }),
    };
  }
  const names = Object.fromEntries(ss.namedRanges.map((n) => {
    const at = ss.nameCell(n.name)!;
    return [n.name, `${at.sheet.name}!${at.a1}`];
  }));
  const planned = new Set(plan.sheets.map((p) => p.name));
  return {
    book: { order: ss.sheets.map((s) => s.name).filter((n) => planned.has(n)), hidden: ss.sheets.filter((s) => s.hidden).map((s) => s.name), names, sheets },
    guarded,
  };
}

/**
 * The .xlsx as far as Sheets can say it: each rule of the same kind and bounds, refusing, its one help text holding the prompt and
 * the error; a protection without options; formulas as a Vietnam-locale spreadsheet reads them, ";" between arguments (fake-spreadsheet.ts, evaluate).
 */
function asSheetsSays(book: Book): Book {
  const sheets = Object.fromEntries(
    Object.entries(book.sheets).map(([name, s]) => [
      name,
      {
        ...s,
        allows: [],
        cells: Object.fromEntries(
          Object.entries(s.cells).map(([a1, c]) => [
            a1,
            {
              ...c,
              value: typeof c.value === 'string' && c.value.startsWith('=') ? c.value.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';') : c.value,
              rule: c.rule && { ...c.rule, prompt: [`${c.rule.prompt[1] ?? ''} ${c.rule.error[1] ?? ''}`.trim()], error: [] },
            },
          ]),
        ),
      },
    ]),
  );
  return { ...book, sheets };
}

const CASES: readonly [string, WorkbookPlan, FormSetDef | undefined][] = [
  ['the built-in set, empty', buildWorkbookPlan(null), undefined],
  ['the built-in set, the sample commune', buildWorkbookPlan(SAMPLE), undefined],
  // "1.234", "08/06/2026", "=SUM(1)", "TRUE", "50%" typed where a number, a date or a text belongs: text in every host.
  ['the built-in set, texts a spreadsheet would reinterpret', overlayNamed(buildWorkbookPlan(SAMPLE), TYPED_TEXTS), undefined],
  ['a province’s set (a form dropped, rows inserted, an eighth form, its hidden sheet), the sample commune', buildWorkbookPlan(SAMPLE, catalogueOf(TEST_SET)), TEST_SET],
];

describe.each(CASES)('%s', (_label, plan, set) => {
  let xlsx: Book;
  let office: Book;
  let sheets: ReturnType<typeof viaSheets>;
  beforeAll(async () => {
    [xlsx, office] = await Promise.all([viaXlsx(plan, set), viaOfficeJs(plan, set)]);
    sheets = viaSheets(plan);
  });

  it('has every plan name on the same cell, the sheets in the same order, the same ones hidden', () => {
    const names = Object.fromEntries(plan.sheets.flatMap((s) => s.names.map((n) => [n.name, `${s.name}!${n.cell}`])));
    expect(xlsx.names).toEqual(names);
    expect(office.names).toEqual(names);
    expect(sheets.book.names).toEqual(names);
    for (const book of [xlsx, office, sheets.book]) {
      expect(book.order).toEqual(plan.sheets.map((s) => s.name));
      expect(book.hidden).toEqual(plan.sheets.filter((s) => s.hidden).map((s) => s.name));
    }
  });

  it('holds every text the plan holds as that very text (never a number, a date, a formula or a boolean)', () => {
    for (const sheet of plan.sheets) {
      sheet.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const a1 = cellAddress(r + 1, c + 1);
          if (typeof v !== 'string' || sheet.formulas[r]?.[c] || hiddenByMerge(sheet.merges).has(a1)) return;
          expect({ at: `${sheet.name}!${a1}`, value: xlsx.sheets[sheet.name]?.cells[a1]?.value }).toEqual({ at: `${sheet.name}!${a1}`, value: v });
        }),
      );
    }
  });

  it('Office.js gives the open workbook what the .xlsx holds: values, formulas, formats, open cells, rules with their texts, merges, sizes, protection', () => {
    // Protected sheets whose columns and rows a person may still resize.
    expect(Object.values(xlsx.sheets).map((s) => [s.protected, s.allows])).toEqual(plan.sheets.map(() => [true, ['formatColumns', 'formatRows']]));
    expect(office.sheets).toEqual(xlsx.sheets);
  });

  it('Sheets gives the spreadsheet the same, its rules as far as Sheets can word them (no title, no refusal text: one help text)', () => {
    expect(sheets.book.sheets).toEqual(asSheetsSays(xlsx).sheets);
  });

  it('Sheets guards exactly the computed cells (which the others lock, as Sheets does too)', () => {
    const computed = plan.sheets.flatMap((s) => s.formulas.flatMap((row, r) => row.flatMap((f, c) => (f ? [`${s.name}!${cellAddress(r + 1, c + 1)}`] : []))));
    expect(sheets.guarded.sort()).toEqual(computed.sort());
    for (const at of computed) {
      const [sheet = '', a1 = ''] = at.split('!');
      expect([xlsx, office, sheets.book].map((b) => b.sheets[sheet]?.cells[a1]?.open)).toEqual([false, false, false]);
    }
  });
});
