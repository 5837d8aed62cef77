// Lấy số liệu kỳ trước refuses the open workbook as Kiểm tra refuses it, in each host: Excel (the Office.js double), Google
// Sheets (the fakes) and `cchc template --out EXISTING.xlsx --previous P`; for a kept workbook of every template version,
// whole or missing a name (a form's input, or the version cell's own). An older workbook is refused besides even where it
// lost nothing, to be upgraded first: the carry writes today's names, which it lacks. Nothing is written when refused.
// Told to upgrade an older one, the carry ends by running the carry again where Kiểm tra ends by checking again (Excel,
// Sheets); the command line's words ("run the command again") fit both.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseReportData } from '../../../src/core/data/schema';
import type { ReportData } from '../../../src/core/data/types';
import { CLI_TEXT, DAMAGE_TEXT, GAS_TEXT, UI_TEXT } from '../../../src/core/i18n/messages';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../src/core/layout/names';
import { KNOWN_TEMPLATE_VERSIONS } from '../../../src/core/layout/template-versions';
import { applyWorkbookPlan as layOutInSheets } from '../../../src/hosts/apps-script/apply-plan';
import { carryPreviousCommand, checkCommand } from '../../../src/hosts/apps-script/commands';
import { carryPrevious } from '../../../src/hosts/excel/carry-previous';
import { checkWorkbook, OlderTemplateError, VersionNameLostError, WorkbookDamagedError } from '../../../src/hosts/excel/check-workbook';
import { keptDataPath, keptWorkbook, keptWorkbookPath, snapshotOf, type KeptWorkbook } from '../../fixtures/versions/kept-workbooks';
import { editWorkbookXml, nameDeleted } from '../../helpers/damaged-xlsx';
import { FakeSpreadsheet } from '../apps-script/fakes/fake-spreadsheet';
import { sheetsHolding } from '../apps-script/fakes/kept-spreadsheet';
import { sandbox } from '../cli/cli-harness';
import { fakeExcel } from '../excel/fake-excel';
import { excelHolding } from '../excel/kept-in-excel';

jest.setTimeout(60_000);

/** The commune of the kept workbooks (Tân Lập, laid out for Q3 2025): its report of Q1 2025, the one carried from. */
function previousReport(): ReportData {
  const parsed = parseReportData(JSON.parse(readFileSync(keptDataPath(TEMPLATE_VERSION), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return { ...parsed.data, meta: { ...parsed.data.meta, period: 'Q1', year: 2025 } };
}
const PREVIOUS = previousReport();
const PREVIOUS_ID = '1CarryTanLap_2025-Q1';

const kept = new Map<string, KeptWorkbook>();
beforeAll(async () => {
  for (const version of KNOWN_TEMPLATE_VERSIONS) kept.set(version, snapshotOf(await keptWorkbook(version)));
});

/** Excel: what Kiểm tra and the carry each throw (null: none), the carry's writes and syncs. */
async function inExcel(version: string, lost: readonly string[]): Promise<{ check: unknown; carry: unknown; writes: readonly string[]; syncs: number }> {
  const holding = (): ReturnType<typeof fakeExcel> => {
    const excel = fakeExcel(excelHolding(kept.get(version)!));
    for (const name of lost) excel.state.names.delete(name);
    return excel;
  };
  const plan = buildWorkbookPlan(null);
  const check = await checkWorkbook(holding().asExcel, plan).then(
    () => null,
    (e: unknown) => e,
  );
  const { state, asExcel } = holding();
  const carry = await carryPrevious(asExcel, plan, PREVIOUS, () => true).then(
    () => null,
    (e: unknown) => e,
  );
  return { check, carry, writes: state.log, syncs: state.syncs };
}

/** Google Sheets: the alert of Kiểm tra and of the carry (null: none), and the carry's writes. */
function inSheets(version: string, lost: readonly string[]): { check: string | null; carry: string | null; writes: number } {
  const holding = (): ReturnType<typeof sheetsHolding> => {
    const env = sheetsHolding(kept.get(version)!);
    for (const name of lost) {
      const id = env.ss.namedRanges.find((n) => n.name === name)!.namedRangeId;
      env.Sheets.Spreadsheets.batchUpdate({ requests: [{ deleteNamedRange: { namedRangeId: id } }] }, env.ss.id);
    }
    env.log.reset();
    return env;
  };
  const checked = holding();
  checkCommand(checked);
  const env = holding();
  const prev = new FakeSpreadsheet(env.log, PREVIOUS_ID);
  env.app.others.set(prev.id, prev);
  layOutInSheets(env, prev, buildWorkbookPlan(PREVIOUS));
  env.log.reset();
  env.app.ui.answers.push({ text: `https://docs.google.com/spreadsheets/d/${PREVIOUS_ID}/edit`, button: 'OK' });
  carryPreviousCommand(env);
  return {
    check: checked.app.ui.alerts[0]?.prompt ?? null,
    carry: env.app.ui.alerts[0]?.prompt ?? null,
    writes: env.log.count('SpreadsheetApp', 'Range.setValues') + env.log.count('SpreadsheetApp', 'Range.setNotes'),
  };
}

/** The command line: `cchc check` and `cchc template --out cu.xlsx --previous q1.json` (stderr, exit code), and whether the file changed. */
async function inCli(version: string, lost: readonly string[]): Promise<{ check: { code: number; stderr: string }; carry: { code: number; stderr: string }; unchanged: boolean }> {
  const bytes = lost.reduce<Uint8Array>((b, name) => editWorkbookXml(b, nameDeleted(name)), new Uint8Array(readFileSync(keptWorkbookPath(version))));
  const box = sandbox();
  try {
    writeFileSync(box.path('cu.xlsx'), bytes);
    writeFileSync(box.path('q1.json'), JSON.stringify(PREVIOUS));
    const check = await box.run('check', 'cu.xlsx', '--json');
    const carry = await box.run('template', '--out', 'cu.xlsx', '--previous', 'q1.json');
    const unchanged = Buffer.compare(readFileSync(box.path('cu.xlsx')), Buffer.from(bytes)) === 0;
    return { check: { code: check.code, stderr: check.stderr }, carry: { code: carry.code, stderr: carry.stderr }, unchanged };
  } finally {
    box.dispose();
  }
}

const OLDER = KNOWN_TEMPLATE_VERSIONS.filter((v) => v !== TEMPLATE_VERSION);

/** Kiểm tra's way to upgrade an older workbook, which ends by checking again: its words, unchanged. */
const CHECK_UPGRADE = {
  excel: 'Hãy bấm “Lập biểu mẫu” để nâng cấp (số liệu đã nhập được giữ nguyên) rồi kiểm tra lại.',
  sheets: 'Chọn CCHC › Lập biểu mẫu để nâng cấp (số liệu đã nhập được giữ nguyên) rồi kiểm tra lại.',
};
/** The carry's, which ends by running the carry again: press its button again in Excel, choose it again in Sheets. */
const CARRY_UPGRADE = {
  excel: 'Hãy bấm “Lập biểu mẫu” để nâng cấp (số liệu đã nhập được giữ nguyên) rồi bấm lại “Lấy số liệu kỳ trước”.',
  sheets: 'Chọn CCHC › Lập biểu mẫu để nâng cấp (số liệu đã nhập được giữ nguyên) rồi chọn lại CCHC › Lấy số liệu kỳ trước.',
};

it('the words to upgrade: Kiểm tra’s end by checking again, the carry’s by running the carry again, in the catalogue', () => {
  expect({ excel: UI_TEXT.damageHint.excel.upgrade, sheets: GAS_TEXT.damageHint.upgrade }).toEqual(CHECK_UPGRADE);
  expect({ excel: UI_TEXT.damageHint.excel.upgradeToCarry, sheets: GAS_TEXT.damageHint.upgradeToCarry }).toEqual(CARRY_UPGRADE);
  // The command line's fit both: upgrade, then run the command (check, or template --previous) again.
  expect(CLI_TEXT.damageUpgradeHint('cu.xlsx')).toBe('Hãy chạy “cchc upgrade cu.xlsx” để nâng cấp (số liệu đã nhập được giữ nguyên) rồi chạy lại lệnh.');
});

/** What Kiểm tra said, told by the carry: the same, but for an older workbook's way to upgrade, which ends by running the carry again. */
const asCarry = (checked: string, host: 'excel' | 'sheets'): string =>
  checked.endsWith(CHECK_UPGRADE[host]) ? `${checked.slice(0, -CHECK_UPGRADE[host].length)}${CARRY_UPGRADE[host]}` : checked;

describe('Lấy số liệu kỳ trước refuses an older workbook that lost nothing, to be upgraded first, in the words Kiểm tra tells an older one with, then to run the carry again', () => {
  it.each(OLDER)('version %s, whole', async (version) => {
    const older = DAMAGE_TEXT.olderTemplate(version, TEMPLATE_VERSION);

    const excel = await inExcel(version, []);
    expect(excel.carry).toBeInstanceOf(OlderTemplateError);
    expect(excel.check).toBeInstanceOf(OlderTemplateError);
    // Kiểm tra's words unchanged; the carry's the same up to the way on, which ends by pressing the carry again.
    expect((excel.check as Error).message).toBe(`${older} ${CHECK_UPGRADE.excel}`);
    expect((excel.carry as Error).message).toBe(`${older} ${CARRY_UPGRADE.excel}`);
    expect((excel.carry as Error).message).not.toContain('kiểm tra lại');
    // Refused before anything is written, in Kiểm tra's two syncs (the second reads the version cell, in the place of the carry's values).
    expect({ writes: excel.writes, syncs: excel.syncs }).toEqual({ writes: [], syncs: 2 });

    // Sheets' and the command line's Kiểm tra read an older workbook as it is; the carry asks to upgrade it, in their words.
    const sheets = inSheets(version, []);
    expect(sheets.check).toBeNull();
    expect(sheets.carry).toBe(`${older} ${CARRY_UPGRADE.sheets}`);
    expect(sheets.carry).not.toContain('kiểm tra lại');
    expect(sheets.writes).toBe(0);

    const cli = await inCli(version, []);
    expect(cli.check.stderr).toBe('');
    expect(cli.carry).toEqual({ code: 2, stderr: `cu.xlsx: ${older} ${CLI_TEXT.damageUpgradeHint('cu.xlsx')}` });
    expect(cli.carry.stderr).toMatch(/rồi chạy lại lệnh\.$/);
    expect(cli.unchanged).toBe(true);
  });
});

/** Kept workbooks missing a name: a form's input (every version), the version cell's own (told by the names the workbook has). */
const LOSSES = KNOWN_TEMPLATE_VERSIONS.flatMap((version) => [
  { version, lost: ['BM3_1_1'] },
  { version, lost: [TEMPLATE_VERSION_NAME] },
]);

describe('Lấy số liệu kỳ trước refuses a workbook Kiểm tra refuses, in the same words (an older one’s ending by running the carry again), before writing anything: alike in Excel, Sheets and the command line', () => {
  it.each(LOSSES)('version $version, $lost deleted', async ({ version, lost }) => {
    const excel = await inExcel(version, lost);
    expect(excel.check).toBeInstanceOf(Error);
    expect((excel.carry as Error).message).toBe(asCarry((excel.check as Error).message, 'excel'));
    expect((excel.carry as Error).constructor).toBe((excel.check as Error).constructor);
    expect(excel.writes).toEqual([]);
    expect(excel.syncs).toBeLessThanOrEqual(2);
    // Today's, told by its names when the version cell lost its name: damaged; version 2's names leave it unsure; version 1's say 1.
    const kind = version === TEMPLATE_VERSION ? WorkbookDamagedError : lost.includes(TEMPLATE_VERSION_NAME) && version === '2' ? VersionNameLostError : OlderTemplateError;
    expect(excel.carry).toBeInstanceOf(kind);
    // An older one: Kiểm tra ends by checking again, the carry by pressing the carry again; none other says either.
    const older = kind === OlderTemplateError;
    expect((excel.check as Error).message.endsWith(CHECK_UPGRADE.excel)).toBe(older);
    expect((excel.carry as Error).message.endsWith(CARRY_UPGRADE.excel)).toBe(older);

    const sheets = inSheets(version, lost);
    expect(sheets.check).not.toBeNull();
    expect(sheets.carry).toBe(asCarry(sheets.check ?? '', 'sheets'));
    expect(sheets.check?.endsWith(CHECK_UPGRADE.sheets)).toBe(older);
    expect(sheets.carry?.endsWith(CARRY_UPGRADE.sheets)).toBe(older);
    expect(sheets.writes).toBe(0);

    const cli = await inCli(version, lost);
    expect(cli.check.code).toBe(2);
    expect(cli.carry).toEqual(cli.check);
    expect(cli.unchanged).toBe(true);
  });
});

describe('Lấy số liệu kỳ trước carries into a whole workbook of today’s version in every host', () => {
  it('the kept workbook of today’s version', async () => {
    const excel = await inExcel(TEMPLATE_VERSION, []);
    expect({ check: excel.check, carry: excel.carry }).toEqual({ check: null, carry: null });
    const sheets = inSheets(TEMPLATE_VERSION, []);
    expect({ check: sheets.check, carry: sheets.carry }).toEqual({ check: null, carry: null });
    const cli = await inCli(TEMPLATE_VERSION, []);
    expect(cli.carry).toEqual({ code: 0, stderr: '' });
  });
});
