// Two periods of one commune, the earlier one of another form set (a province moved to a new year's set, or came back to the
// built-in one): every host reads the earlier report by the set it carries and compares and carries it by row keys, so
// `cchc check --previous` / `cchc template --previous`, the pane (its file host; Excel's carry through the Office.js double)
// and Google Sheets (the fakes) give the same warnings across periods and carry the same cells.
import { readFileSync, writeFileSync } from 'node:fs';
import { requirePreviousData } from '../../../src/core/carry/plan-carry';
import type { ReportData } from '../../../src/core/data/types';
import { BUILTIN_SET, catalogueOf } from '../../../src/core/forms/builtin';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import { definedName } from '../../../src/core/forms/catalogue';
import { isInputRow } from '../../../src/core/forms/types';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import type { Finding } from '../../../src/core/rules/types';
import { applyWorkbookPlan as layOutInSheets } from '../../../src/hosts/apps-script/apply-plan';
import { carryPreviousCommand, previousCommand } from '../../../src/hosts/apps-script/commands';
import { earlierReport, withAcrossPeriods } from '../../../src/hosts/apps-script/previous-report';
import { runCheck } from '../../../src/hosts/apps-script/run-check';
import { applyWorkbookPlan as layOutInExcel } from '../../../src/hosts/excel/apply-plan';
import { carryPrevious } from '../../../src/hosts/excel/carry-previous';
import { loadWorkbook } from '../../../src/hosts/cli/xlsx/load-workbook';
import { fileHost } from '../../../src/hosts/pane/file-host';
import { PaneController, type PaneView } from '../../../src/hosts/pane/pane-controller';
import { readInputFile, type PickedFile } from '../../../src/hosts/pane/read-input-file';
import { readNamedCells } from '../../../src/hosts/shared/xlsx-named-cells';
import { commune } from '../../core/aggregate/sample-units';
import { sampleQ1 } from '../../core/rules/sample-pair';
import { asTestSetData, TEST_SET } from '../../fixtures/form-sets/test-set';
import { fakeEnv } from '../apps-script/fakes/fake-env';
import { FakeSpreadsheet } from '../apps-script/fakes/fake-spreadsheet';
import { sandbox, type Sandbox } from '../cli/cli-harness';
import { fakeExcel, findName, findSheet } from '../excel/fake-excel';

jest.setTimeout(90_000);

const ACROSS = ['plan-changed', 'cumulative-shrank', 'standing-jump'];
/** A warning across periods as the commune meets it: rule, cell and Vietnamese sentence. */
const seen = (fs: readonly Finding[]): string[] => fs.filter((f) => ACROSS.includes(f.rule)).map((f) => `${f.rule} ${f.cell ?? '-'} ${f.message}`).sort();
/** The input cells of `set` holding something: what a carry filled in an empty workbook (computed cells are the host's to compute). */
function filled(values: Readonly<Record<string, unknown>>, set: FormSetDef): Record<string, unknown> {
  const inputs = new Set(catalogueOf(set).forms.flatMap((f) => f.rows.filter(isInputRow).map((r) => definedName(f.number, r.key))));
  return Object.fromEntries(Object.entries(values).filter(([name, v]) => inputs.has(name) && v !== null && v !== undefined && v !== '').sort(([a], [b]) => a.localeCompare(b)));
}

const PREVIOUS_ID = '1PreviousPeriodHoaPhong_2026-Q1';
const LINK = `https://docs.google.com/spreadsheets/d/${PREVIOUS_ID}/edit`;

interface Pair {
  /** Q1 2026 and its set; H1 2026 and its set. */
  readonly previous: ReportData;
  readonly previousSet: FormSetDef;
  readonly current: ReportData;
  readonly currentSet: FormSetDef;
}

/** H1 with the year's plan changed and a standing count jumped since Q1. */
const EDITS = { '1': { '2.1': 44 }, '3': { '1.1': 300 } };
const PAIRS: readonly [string, Pair][] = [
  ["last period of the province's set, this one of the built-in set", { previous: asTestSetData(sampleQ1()), previousSet: TEST_SET, current: commune({}, EDITS), currentSet: BUILTIN_SET }],
  ["last period of the built-in set, this one of the province's set", { previous: sampleQ1(), previousSet: BUILTIN_SET, current: asTestSetData(commune({}, EDITS)), currentSet: TEST_SET }],
];

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

function put(file: string, text: string): string {
  writeFileSync(box.path(file), text);
  return file;
}

/** A workbook of `set` filled with `data`, written by `cchc template` (it carries a set that is not the built-in one). */
async function workbook(file: string, data: ReportData | null, set: FormSetDef): Promise<Uint8Array> {
  const forms = set === BUILTIN_SET ? [] : ['--forms', 'bo.json'];
  if (forms.length > 0) put('bo.json', JSON.stringify(set));
  const withData = data ? ['--data', put(`${file}.json`, JSON.stringify(data))] : [];
  expect(await box.run('template', '--out', file, ...withData, ...forms)).toMatchObject({ code: 0, stderr: '' });
  return new Uint8Array(readFileSync(box.path(file)));
}

const picked = (name: string, bytes: Uint8Array): PickedFile => ({
  name,
  size: bytes.byteLength,
  arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});

async function cliCheck(): Promise<string[]> {
  const r = await box.run('check', 'h1.xlsx', '--previous', 'q1.xlsx', '--json');
  expect(r.stderr).toBe('');
  return seen((JSON.parse(r.stdout) as { findings: Finding[] }).findings);
}

async function paneCheck(h1: Uint8Array, q1: Uint8Array): Promise<string[]> {
  let shown: readonly Finding[] = [];
  const errors: string[] = [];
  const view: PaneView = {
    busy: () => undefined,
    message: (kind, text) => (kind === 'error' && !/^\d+ lỗi/.test(text) ? errors.push(text) : undefined),
    findings: (r) => {
      shown = r.findings;
    },
    draftWanted: () => false,
  };
  const pane = new PaneController(view, fileHost('standalone', async () => ''));
  await pane.open(picked('h1.xlsx', h1));
  expect(await pane.choosePrevious(picked('q1.xlsx', q1))).toBeDefined();
  await pane.check();
  expect(errors).toEqual([]);
  return seen(shown);
}

/** Google Sheets: this period's spreadsheet, and last period's one openable by its link. */
function sheets(pair: Pair, current: ReportData | null): ReturnType<typeof fakeEnv> {
  const env = fakeEnv();
  layOutInSheets(env, env.ss, buildWorkbookPlan(current, catalogueOf(pair.currentSet)));
  const prev = new FakeSpreadsheet(env.log, PREVIOUS_ID);
  env.app.others.set(prev.id, prev);
  layOutInSheets(env, prev, buildWorkbookPlan(pair.previous, catalogueOf(pair.previousSet)));
  return env;
}

function sheetsCheck(pair: Pair): string[] {
  const env = sheets(pair, pair.current);
  env.app.ui.answers.push({ text: LINK, button: 'OK' });
  previousCommand(env);
  expect(env.app.ui.alerts).toEqual([]);
  // What Kiểm tra shows: the check of the spreadsheet, with the warnings against the earlier report it read.
  const check = runCheck(env, env.ss);
  return seen(withAcrossPeriods(check, earlierReport(env), check.sheetSet.catalogue).result.findings);
}

async function cliCarry(pair: Pair): Promise<Record<string, unknown>> {
  const forms = pair.currentSet === BUILTIN_SET ? [] : ['--forms', 'bo.json'];
  const r = await box.run('template', '--out', 'c.xlsx', '--previous', 'q1.xlsx', ...forms);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  return filled(readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(box.path('c.xlsx'))))).values, pair.currentSet);
}

/** Excel's "Lấy số liệu kỳ trước": the picked file read as the pane reads it, carried into the open workbook. */
async function excelCarry(pair: Pair, q1: Uint8Array): Promise<Record<string, unknown>> {
  const { state, asExcel } = fakeExcel();
  const set = pair.currentSet === BUILTIN_SET ? {} : { set: pair.currentSet };
  await layOutInExcel(asExcel, { buildPlan: buildWorkbookPlan, readData: () => null, supports: () => true, ...set });
  const previous = requirePreviousData((await readInputFile(picked('q1.xlsx', q1))).data);
  await carryPrevious(asExcel, buildWorkbookPlan(null), previous, () => true);
  const values: Record<string, unknown> = {};
  for (const name of state.names.keys()) {
    const [, at] = findName(state, name)!;
    values[name] = findSheet(state, at.sheet)?.cells.get(at.cell)?.value;
  }
  return filled(values, pair.currentSet);
}

function sheetsCarry(pair: Pair): Record<string, unknown> {
  const env = sheets(pair, null);
  env.app.ui.answers.push({ text: LINK, button: 'OK' });
  carryPreviousCommand(env);
  expect(env.app.ui.alerts).toEqual([]);
  const values: Record<string, unknown> = {};
  for (const { name } of env.ss.namedRanges) {
    const at = env.ss.nameCell(name)!;
    values[name] = at.sheet.cellAt(at.a1)?.content;
  }
  return filled(values, pair.currentSet);
}

describe('an earlier report of another form set: the same warnings and the same carry in every host', () => {
  it.each(PAIRS)('%s', async (_label, pair) => {
    const q1 = await workbook('q1.xlsx', pair.previous, pair.previousSet);
    const h1 = await workbook('h1.xlsx', pair.current, pair.currentSet);

    const cli = await cliCheck();
    expect(cli.map((f) => f.split(' ')[0])).toEqual(['plan-changed', 'standing-jump']);
    expect({ pane: await paneCheck(h1, q1), sheets: sheetsCheck(pair) }).toEqual({ pane: cli, sheets: cli });

    const carried = await cliCarry(pair);
    // The standing rows and the year's plan the two sets share, carried by their keys.
    expect(carried).toMatchObject({ BM3_1_1: sampleQ1().forms['3']?.['1.1'], BM1_2_1: sampleQ1().forms['1']?.['2.1'] });
    expect({ excel: await excelCarry(pair, q1), sheets: sheetsCarry(pair) }).toEqual({ excel: carried, sheets: carried });
  });
});
