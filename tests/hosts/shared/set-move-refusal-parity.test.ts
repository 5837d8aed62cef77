// A move to another form set carries entries by name only, and every host refuses the same workbooks before writing anything (core
// setMoveRefusal): Lập biểu mẫu in Excel with the set chosen (the Office.js double), CCHC › Bộ biểu mẫu… in Google Sheets (the fakes)
// and `cchc upgrade F.xlsx --forms S`. The workbook is the test set's, as `cchc template --forms` lays it out, opened in each host,
// whole or damaged alike (a name deleted on a sheet the next version moves or on one it keeps, the version cell's name, a sheet
// deleted), and moved to the set's next version (the only move the command line makes: Biểu mẫu 8 loses row 4 and gains row 6). Each
// refusal says what is lost in the same words (DAMAGE_TEXT), then its host's way: lay the workbook out by its own set first.
import { readFileSync, writeFileSync } from 'node:fs';
import type { ReportData } from '../../../src/core/data/types';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import { setLabel } from '../../../src/core/forms/choose-form-set';
import { readCarriedSet } from '../../../src/core/forms/carried-set';
import { CLI_TEXT, DAMAGE_TEXT, GAS_TEXT, UI_TEXT } from '../../../src/core/i18n/messages';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { TEMPLATE_VERSION_NAME } from '../../../src/core/layout/names';
import { readWorkbookValues } from '../../../src/core/read/read-workbook';
import { formSetCommand } from '../../../src/hosts/apps-script/commands';
import { readNamedValues } from '../../../src/hosts/apps-script/read-named-values';
import { loadWorkbook } from '../../../src/hosts/cli/xlsx/load-workbook';
import { applyWorkbookPlan, LayoutRefusedError } from '../../../src/hosts/excel/apply-plan';
import { TEST_SET } from '../../fixtures/form-sets/test-set';
import { snapshotOf, type KeptWorkbook } from '../../fixtures/versions/kept-workbooks';
import { editWorkbookXml, nameDeleted, sheetDeleted } from '../../helpers/damaged-xlsx';
import { shareAuthoring } from '../apps-script/fakes/fake-form-sets';
import { sheetsHolding } from '../apps-script/fakes/kept-spreadsheet';
import { SAMPLE, sandbox } from '../cli/cli-harness';
import { deleteSheet, fakeExcel, namedNow } from '../excel/fake-excel';
import { excelHolding } from '../excel/kept-in-excel';

jest.setTimeout(60_000);

/** The test set's next version: Biểu mẫu 8 without its row 4, and a row 6. */
const NEXT: FormSetDef = {
  ...TEST_SET,
  version: TEST_SET.version + 1,
  forms: TEST_SET.forms.map((f) =>
    f.number !== 8 ? f : { ...f, rows: [...f.rows.filter((r) => r.key !== '4'), { key: '6', stt: '6.', label: 'Số cán bộ được tập huấn kỹ năng số', unit: 'Người', kind: 'count' }] },
  ),
};

/** The sample commune as data of the test set (no Biểu mẫu 5, a Biểu mẫu 8 with row 4 filled). */
function provinceData(): ReportData {
  const base = JSON.parse(readFileSync(SAMPLE, 'utf-8')) as ReportData;
  const { '5': _five, ...forms } = base.forms as Record<string, unknown>;
  return { ...base, forms: { ...forms, '8': { '1': 1000, '1.1': 400, '3': 1, '4': 250 } }, formSet: { id: TEST_SET.id, version: TEST_SET.version } } as ReportData;
}

/** The test set's workbook as `cchc template --forms` writes it, and as each host opens it. */
let laidOut: Uint8Array;
let kept: KeptWorkbook;
beforeAll(async () => {
  const box = sandbox();
  try {
    writeFileSync(box.path('bo.json'), JSON.stringify(TEST_SET));
    writeFileSync(box.path('d.json'), JSON.stringify(provinceData()));
    expect(await box.run('template', '--out', 'a.xlsx', '--data', 'd.json', '--forms', 'bo.json')).toMatchObject({ code: 0, stderr: '' });
    laidOut = new Uint8Array(readFileSync(box.path('a.xlsx')));
  } finally {
    box.dispose();
  }
  kept = snapshotOf(await loadWorkbook(laidOut));
});

/** What is done to the workbook by hand before the move. */
interface Damage {
  readonly label: string;
  readonly names: readonly string[];
  readonly sheet?: string;
  /** What every host says is lost (null: nothing, the move goes). */
  readonly said: string | null;
}

const DAMAGES: readonly Damage[] = [
  { label: 'whole', names: [], said: null },
  { label: 'BM8_5 deleted (Biểu mẫu 8, whose rows the next version moves)', names: ['BM8_5'], said: DAMAGE_TEXT.workbookDamaged([], ['BM8_5']) },
  { label: 'BM1_3_1 deleted (Biểu mẫu 1, laid out alike by both versions)', names: ['BM1_3_1'], said: DAMAGE_TEXT.workbookDamaged([], ['BM1_3_1']) },
  { label: 'the version cell’s name deleted', names: [TEMPLATE_VERSION_NAME], said: DAMAGE_TEXT.workbookDamaged([], [TEMPLATE_VERSION_NAME]) },
  { label: 'Biểu mẫu 4 deleted', names: [], sheet: 'Biểu mẫu 4', said: DAMAGE_TEXT.workbookDamaged(['Biểu mẫu 4'], []) },
];

/** Excel: the refusal's message (null: moved), and what was written. */
async function inExcel(d: Damage): Promise<{ message: string | null; writes: readonly string[]; unchanged: boolean }> {
  const { state, asExcel } = fakeExcel(excelHolding(kept));
  for (const name of d.names) expect(state.names.delete(name)).toBe(true);
  if (d.sheet) deleteSheet(state, d.sheet);
  const before = namedNow(state);
  const r = await applyWorkbookPlan(asExcel, { buildPlan: buildWorkbookPlan, readData: (values, catalogue) => readWorkbookValues(values, {}, catalogue).data, supports: () => true, set: NEXT }).then(
    () => null,
    (e: unknown) => e,
  );
  if (r !== null) expect(r).toBeInstanceOf(LayoutRefusedError);
  return { message: r === null ? null : (r as Error).message, writes: state.log.filter((l) => !l.startsWith('enableEvents=')), unchanged: JSON.stringify(namedNow(state)) === JSON.stringify(before) };
}

/** Google Sheets: the alert of CCHC › Bộ biểu mẫu… (null: moved), its writes, and the set the spreadsheet carries after. */
function inSheets(d: Damage): { message: string | null; writes: number; carried: number | undefined } {
  const env = sheetsHolding(kept);
  for (const name of d.names) {
    const id = env.ss.namedRanges.find((n) => n.name === name)!.namedRangeId;
    env.Sheets.Spreadsheets.batchUpdate({ requests: [{ deleteNamedRange: { namedRangeId: id } }] }, env.ss.id);
  }
  if (d.sheet) env.Sheets.Spreadsheets.batchUpdate({ requests: [{ deleteSheet: { sheetId: env.ss.sheet(d.sheet).id } }] }, env.ss.id);
  env.app.ui.answers.push({ text: shareAuthoring(env, NEXT), button: 'OK' });
  env.log.reset();
  formSetCommand(env);
  return {
    message: env.app.ui.alerts[0]?.prompt ?? null,
    writes: env.log.count('Sheets', 'Spreadsheets.batchUpdate') + env.log.calls.filter((c) => c.service === 'SpreadsheetApp' && /^Range\.set/.test(c.method)).length,
    carried: readCarriedSet(readNamedValues(env, env.ss).byName)?.version,
  };
}

/** The command line: `cchc upgrade a.xlsx --forms bo2.json` (exit code, stderr), and whether the file was left as it was. */
async function inCli(d: Damage): Promise<{ code: number; stderr: string; unchanged: boolean }> {
  const bytes = [...d.names.map((n) => nameDeleted(n)), ...(d.sheet ? [sheetDeleted(d.sheet)] : [])].reduce<Uint8Array>((b, edit) => editWorkbookXml(b, edit), laidOut);
  const box = sandbox();
  try {
    writeFileSync(box.path('a.xlsx'), bytes);
    writeFileSync(box.path('bo2.json'), JSON.stringify(NEXT));
    const r = await box.run('upgrade', 'a.xlsx', '--forms', 'bo2.json');
    return { code: r.code, stderr: r.stderr, unchanged: Buffer.compare(readFileSync(box.path('a.xlsx')), Buffer.from(bytes)) === 0 };
  } finally {
    box.dispose();
  }
}

describe('a move to the next version of the set: Excel, Google Sheets and cchc upgrade --forms refuse the same workbooks, in the same words for what is lost', () => {
  it.each(DAMAGES)('$label', async (d) => {
    const [excel, sheets, cli] = [await inExcel(d), inSheets(d), await inCli(d)];
    const refused = { excel: excel.message !== null, sheets: sheets.message !== null, cli: cli.code !== 0 };
    const expected = d.said !== null;
    expect(refused).toEqual({ excel: expected, sheets: expected, cli: expected });
    if (d.said === null) {
      expect([cli.code, cli.stderr, cli.unchanged]).toEqual([0, '', false]);
      expect(sheets.carried).toBe(NEXT.version);
      return;
    }
    // Each in its host's words, after the same sentence saying what is lost; nothing written anywhere.
    const [from, to] = [setLabel(TEST_SET), setLabel(NEXT)];
    expect(excel.message).toBe(UI_TEXT.setMoveRefused(d.said, from, to));
    expect(sheets.message).toBe(GAS_TEXT.formSet.moveRefused(d.said, from, to));
    expect(cli).toEqual({ code: 2, stderr: CLI_TEXT.upgradeFormsDamaged('a.xlsx', d.said), unchanged: true });
    expect([excel.writes, excel.unchanged]).toEqual([[], true]);
    expect([sheets.writes, sheets.carried]).toEqual([0, TEST_SET.version]);
  });
});
