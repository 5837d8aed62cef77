// One commune's entries, one verdict: the same findings (rule, severity, cell, Vietnamese message) from `cchc check` of the
// .xlsx the CLI writes, from Kiểm tra in Excel (the Office.js double) and from Kiểm tra in Google Sheets (the fakes); and one refusal of a
// damaged workbook (a name lost, a sheet deleted or renamed): the same words for what is wrong, each host's remedy after them, for a
// workbook of every template version (the kept ones), judged by the names its own version had.
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import type { ReportData } from '../../../src/core/data/types';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import type { WorkbookPlan } from '../../../src/core/layout/types';
import type { Finding } from '../../../src/core/rules/types';
import { catalogueOf } from '../../../src/core/forms/builtin';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import { TEST_SET } from '../../fixtures/form-sets/test-set';
import { applyWorkbookPlan as layOutInSheets } from '../../../src/hosts/apps-script/apply-plan';
import { runCheck } from '../../../src/hosts/apps-script/run-check';
import { cachedResults } from '../../../src/hosts/cli/xlsx/cached-results';
import { applyWorkbookPlan as layOutInExcel } from '../../../src/hosts/excel/apply-plan';
import { checkWorkbook } from '../../../src/hosts/excel/check-workbook';
import { fillWorkbook } from '../../../src/hosts/shared/xlsx-plan-writer';
import { fakeEnv } from '../apps-script/fakes/fake-env';
import { sandbox } from '../cli/cli-harness';
import { deleteSheet, fakeExcel, findSheet, renameSheet, typeInto } from '../excel/fake-excel';
import { checkCommand } from '../../../src/hosts/apps-script/commands';
import { CLI_TEXT, DAMAGE_TEXT, GAS_TEXT, UI_TEXT } from '../../../src/core/i18n/messages';
import { editWorkbookXml, nameAtRef, nameDeleted, sheetDeleted, sheetRenamed } from '../../helpers/damaged-xlsx';
import { TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../src/core/layout/names';
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { templateSheets } from '../../../src/core/read/workbook-damage';
import { KNOWN_TEMPLATE_VERSIONS } from '../../../src/core/layout/template-versions';
import { OlderTemplateError, VersionNameLostError } from '../../../src/hosts/excel/check-workbook';
import { readInputFile } from '../../../src/hosts/pane/read-input-file';
import { keptWorkbook, keptWorkbookPath, snapshotOf } from '../../fixtures/versions/kept-workbooks';
import { sheetsHolding } from '../apps-script/fakes/kept-spreadsheet';
import { excelHolding } from '../excel/kept-in-excel';

jest.setTimeout(60_000);

const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
if (!parsed.ok) throw new Error('sample');
const SAMPLE = parsed.data;

/** The sample with an error (a part above its whole), a warning (more present than assigned) and an info (an input left empty). */
function varied(): ReportData {
  const forms = structuredClone(SAMPLE.forms) as Record<string, Record<string, number | null>>;
  forms['1']!['2.2'] = 50;
  forms['4']!['2.2'] = (forms['4']!['2.1'] ?? 0) + 5;
  forms['3']!['1.1'] = null;
  return { ...SAMPLE, forms: forms as unknown as ReportData['forms'] };
}

/** Staff's text that contradicts the forms and names another commune and another year (the checks on Thuyết minh). */
function staffText(): ReportData {
  return { ...SAMPLE, narrative: { ...SAMPLE.narrative, 'I.1': 'Trong 6 tháng đầu năm 2022, UBND xã Quảng Nghiệp ban hành 12 văn bản chỉ đạo; không có đơn thư khiếu nại.' } };
}

/** A finding as the commune meets it, ordered so that hosts are compared finding by finding. */
const seen = (fs: readonly Finding[]): string[] => fs.map((f) => `${f.severity} ${f.rule} ${f.cell ?? '-'} ${f.message}`).sort();

/** Where the plan puts a defined name: its sheet and A1. */
function placeOf(plan: WorkbookPlan, name: string): { sheet: string; a1: string } {
  for (const s of plan.sheets) for (const n of s.names) if (n.name === name) return { sheet: s.name, a1: n.cell };
  throw new Error(name);
}

/** What a person pasted over a computed cell: a plain number where its formula was. */
interface Paste {
  readonly name: string;
  readonly value: number;
}

async function viaCli(plan: WorkbookPlan, pastes: readonly Paste[], set?: FormSetDef): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await fillWorkbook(wb, plan, cachedResults(plan, set ? catalogueOf(set) : undefined));
  for (const p of pastes) {
    const at = placeOf(plan, p.name);
    wb.getWorksheet(at.sheet)!.getCell(at.a1).value = p.value;
  }
  const box = sandbox();
  try {
    writeFileSync(box.path('xa.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
    const run = await box.run('check', 'xa.xlsx', '--json');
    return seen((JSON.parse(run.stdout) as { findings: Finding[] }).findings);
  } finally {
    box.dispose();
  }
}

async function viaExcel(plan: WorkbookPlan, pastes: readonly Paste[], set?: FormSetDef): Promise<string[]> {
  const { state, asExcel } = fakeExcel();
  await layOutInExcel(asExcel, { buildPlan: () => plan, readData: () => null, supports: () => true, ...(set ? { set } : {}) });
  for (const p of pastes) {
    const at = placeOf(plan, p.name);
    // Protection has no password: Review › Unprotect Sheet, then the paste.
    findSheet(state, at.sheet)!.protected = false;
    typeInto(state, at.sheet, at.a1, p.value);
  }
  return seen((await checkWorkbook(asExcel, buildWorkbookPlan(null))).result.findings);
}

function viaSheets(plan: WorkbookPlan, pastes: readonly Paste[]): string[] {
  const env = fakeEnv();
  layOutInSheets(env, env.ss, plan);
  for (const p of pastes) {
    const at = env.ss.nameCell(p.name)!;
    at.sheet.paste(at.a1, p.value);
  }
  return seen(runCheck(env, env.ss).result.findings);
}

describe('Kiểm tra gives the same findings in every host', () => {
  it.each<[string, ReportData, readonly Paste[], FormSetDef | undefined]>([
    ['the sample as it is', SAMPLE, [], undefined],
    ['an error, a warning and an info', varied(), [], undefined],
    ['a ratio pasted over with its own value (no value rule can tell)', SAMPLE, [{ name: 'BM1_2', value: 67.5 }], undefined],
    ["staff's text against the forms, another commune, another year", staffText(), [], undefined],
    ["a province's set carried by the workbook (a form dropped, rows inserted, an eighth form)", varied(), [], TEST_SET],
  ])('%s', async (_label, data, pastes, set) => {
    const plan = set ? buildWorkbookPlan(data, catalogueOf(set)) : buildWorkbookPlan(data);
    const cli = await viaCli(plan, pastes, set);
    expect({ excel: await viaExcel(plan, pastes, set), sheets: viaSheets(plan, pastes) }).toEqual({ excel: cli, sheets: cli });
    if (pastes.length > 0) expect(cli.filter((f) => f.includes(' formula-overwritten '))).toHaveLength(pastes.length);
    // Checked by the set carried: its eighth form has findings of its own.
    if (set) expect(cli.some((f) => f.includes('Biểu mẫu 8:'))).toBe(true);
    if (_label.startsWith('staff')) expect(cli.filter((f) => f.includes(' text-')).length).toBeGreaterThan(1);
    if (_label.startsWith('an error')) expect(['error', 'warning', 'info'].map((s) => cli.some((f) => f.startsWith(`${s} `)))).toEqual([true, true, true]);
  });
});

/** What a person did to the laid-out workbook, as each host's file or double shows it. */
interface Damage {
  readonly label: string;
  /** The .xlsx part edited, as Excel would save it. */
  readonly xlsx: (xml: string) => string;
  readonly excel: (state: ReturnType<typeof fakeExcel>['state']) => void;
  readonly sheets: (env: ReturnType<typeof fakeEnv>) => void;
  readonly missingSheets: readonly string[];
  readonly brokenNames: readonly string[];
}

const sheetsBatch = (env: ReturnType<typeof fakeEnv>, request: object): void => {
  env.Sheets.Spreadsheets.batchUpdate({ requests: [request] }, env.ss.id);
};
const namedRangeId = (env: ReturnType<typeof fakeEnv>, name: string): string => env.ss.namedRanges.find((n) => n.name === name)!.namedRangeId;

const DAMAGES: readonly Damage[] = [
  {
    label: 'a name left at #REF! (its cell deleted; Sheets no longer lists such a range)',
    xlsx: nameAtRef('BM1_2_1'),
    excel: (state) => {
      state.names.set('BM1_2_1', { ...state.names.get('BM1_2_1')!, broken: true });
    },
    sheets: (env) => sheetsBatch(env, { deleteNamedRange: { namedRangeId: namedRangeId(env, 'BM1_2_1') } }),
    missingSheets: [],
    brokenNames: ['BM1_2_1'],
  },
  {
    label: 'a name deleted',
    xlsx: nameDeleted('BM3_1_1'),
    excel: (state) => {
      state.names.delete('BM3_1_1');
    },
    sheets: (env) => sheetsBatch(env, { deleteNamedRange: { namedRangeId: namedRangeId(env, 'BM3_1_1') } }),
    missingSheets: [],
    brokenNames: ['BM3_1_1'],
  },
  {
    label: 'a form sheet deleted',
    xlsx: sheetDeleted('Biểu mẫu 4'),
    excel: (state) => deleteSheet(state, 'Biểu mẫu 4'),
    sheets: (env) => sheetsBatch(env, { deleteSheet: { sheetId: env.ss.sheet('Biểu mẫu 4').id } }),
    missingSheets: ['Biểu mẫu 4'],
    brokenNames: [],
  },
  {
    label: 'a form sheet renamed',
    xlsx: sheetRenamed('Biểu mẫu 4', 'BM bốn'),
    excel: (state) => renameSheet(state, 'Biểu mẫu 4', 'BM bốn'),
    sheets: (env) => sheetsBatch(env, { updateSheetProperties: { properties: { sheetId: env.ss.sheet('Biểu mẫu 4').id, title: 'BM bốn' }, fields: 'title' } }),
    missingSheets: ['Biểu mẫu 4'],
    brokenNames: [],
  },
];

/** A refusal's message without the host's remedy after it: what it says is wrong. */
const withoutHint = (message: string, hints: readonly string[]): string => {
  const hint = hints.find((h) => message.endsWith(` ${h}`));
  if (hint === undefined) throw new Error(`no remedy of this host at the end of: ${message}`);
  return message.slice(0, -hint.length - 1);
};

describe('Kiểm tra refuses a damaged workbook alike in every host', () => {
  it.each(DAMAGES)('$label', async (damage) => {
    const plan = buildWorkbookPlan(SAMPLE);

    const wb = new ExcelJS.Workbook();
    await fillWorkbook(wb, plan, cachedResults(plan));
    const box = sandbox();
    let cli: string;
    try {
      writeFileSync(box.path('xa.xlsx'), editWorkbookXml(new Uint8Array(await wb.xlsx.writeBuffer()), damage.xlsx));
      const run = await box.run('check', 'xa.xlsx', '--json');
      expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
      expect(run.stderr.startsWith('xa.xlsx: ')).toBe(true);
      cli = withoutHint(run.stderr.slice('xa.xlsx: '.length), [CLI_TEXT.damageRepairHint('xa.xlsx'), CLI_TEXT.damageSheetsHint('xa.xlsx')]);
    } finally {
      box.dispose();
    }

    const { state, asExcel } = fakeExcel();
    await layOutInExcel(asExcel, { buildPlan: () => plan, readData: () => null, supports: () => true });
    damage.excel(state);
    const excelError = await checkWorkbook(asExcel, buildWorkbookPlan(null)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(excelError).toBeInstanceOf(Error);
    const excel = withoutHint((excelError as Error).message, [UI_TEXT.damageHint.excel.repair]);

    const env = fakeEnv();
    layOutInSheets(env, env.ss, plan);
    damage.sheets(env);
    checkCommand(env);
    expect(env.app.ui.alerts).toHaveLength(1);
    const sheets = withoutHint(env.app.ui.alerts[0]!.prompt, [GAS_TEXT.damageHint.repair]);

    const said = DAMAGE_TEXT.workbookDamaged(damage.missingSheets, damage.brokenNames);
    expect({ cli, excel, sheets }).toEqual({ cli: said, excel: said, sheets: said });
  });
});

/** Names each kept workbook had, deleted one at a time: a form's input, a header field, and the signing-form cell under the name its version gave it. */
const KEPT_DAMAGES = KNOWN_TEMPLATE_VERSIONS.flatMap((version) =>
  ['BM3_1_1', 'TTC_year', version === '1' ? 'TTC_signerAuthority' : 'TTC_signerForm'].map((name) => ({ version, name })),
);

/** Each host's whole message when Kiểm tra refuses the kept workbook of `version` that lost `names` (`cchc check` exiting 2). */
async function toldOfKept(version: string, names: readonly string[]): Promise<{ cli: string; pane: string; sheets: string; excel: unknown; box: ReturnType<typeof sandbox> }> {
  const bytes = names.reduce<Uint8Array>((b, name) => editWorkbookXml(b, nameDeleted(name)), new Uint8Array(readFileSync(keptWorkbookPath(version))));

  const box = sandbox();
  writeFileSync(box.path('cu.xlsx'), bytes);
  const run = await box.run('check', 'cu.xlsx', '--json');
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
  expect(run.stderr.startsWith('cu.xlsx: ')).toBe(true);
  const cli = run.stderr.slice('cu.xlsx: '.length);

  const paneError = await readInputFile({ name: 'cu.xlsx', arrayBuffer: async () => bytes.slice().buffer }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(paneError).toBeInstanceOf(Error);
  const prefix = UI_TEXT.unreadableFile('cu.xlsx', '');
  expect((paneError as Error).message.startsWith(prefix)).toBe(true);
  const pane = (paneError as Error).message.slice(prefix.length);

  const kept = snapshotOf(await keptWorkbook(version));
  const env = sheetsHolding(kept);
  for (const name of names) sheetsBatch(env, { deleteNamedRange: { namedRangeId: namedRangeId(env, name) } });
  checkCommand(env);
  expect(env.app.ui.alerts).toHaveLength(1);
  const sheets = env.app.ui.alerts[0]!.prompt;

  const { state, asExcel } = fakeExcel(excelHolding(kept));
  for (const name of names) state.names.delete(name);
  const excel = await checkWorkbook(asExcel, buildWorkbookPlan(null)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(excel).toBeInstanceOf(Error);
  return { cli, pane, sheets, excel, box };
}

describe('Kiểm tra refuses a kept workbook of every version that lost a name its own version had: alike in the CLI, the pane’s file check, Sheets and Excel', () => {
  it.each(KEPT_DAMAGES)('version $version, $name deleted', async ({ version, name }) => {
    const today = version === TEMPLATE_VERSION;
    const told = await toldOfKept(version, [name]);
    told.box.dispose();
    const cli = withoutHint(told.cli, [today ? CLI_TEXT.damageRepairHint('cu.xlsx') : CLI_TEXT.damageUpgradeHint('cu.xlsx')]);
    const pane = withoutHint(told.pane, [today ? UI_TEXT.damageHint.file.repair : UI_TEXT.damageHint.file.upgrade]);
    const sheets = withoutHint(told.sheets, [today ? GAS_TEXT.damageHint.repair : GAS_TEXT.damageHint.upgrade]);

    const lost = DAMAGE_TEXT.workbookDamaged([], [name]);
    // Version 1's Thông tin chung rows moved since: each host says that upgrading would lose the entry.
    const moved = version === '1' && name.startsWith('TTC_') ? ` ${DAMAGE_TEXT.lostWhereMoved('1', ['Thông tin chung'])}` : '';
    const said = today ? lost : `${DAMAGE_TEXT.olderTemplate(version, TEMPLATE_VERSION)} ${lost}${moved}`;
    expect({ cli, pane, sheets }).toEqual({ cli: said, pane: said, sheets: said });

    // Excel's Kiểm tra refuses every older version, asking to upgrade it (Lập biểu mẫu) first: in the same words where it lost something.
    if (!today) expect(told.excel).toBeInstanceOf(OlderTemplateError);
    expect(withoutHint((told.excel as Error).message, [today ? UI_TEXT.damageHint.excel.repair : UI_TEXT.damageHint.excel.upgrade])).toBe(said);
  });
});

/**
 * Kept workbooks whose version cell lost its name, alone or with another (a form's input, a header field; today's also
 * its Đơn vị cũ, which leaves its names saying version 2 or 3).
 */
const VERSION_LOST = KNOWN_TEMPLATE_VERSIONS.flatMap((version) =>
  [[], ['BM3_1_1'], ['TTC_year'], ...(version === TEMPLATE_VERSION ? [['TTC_formerUnits']] : [])].map((others) => ({ version, others })),
);

describe('Kiểm tra judges a kept workbook whose version cell lost its name by the names it has, telling in one step what a re-layout needs: alike in the CLI, the pane’s file check, Sheets and Excel', () => {
  it.each(VERSION_LOST)('version $version, CCHC_TEMPLATE_VERSION and $others deleted', async ({ version, others }) => {
    const names = [TEMPLATE_VERSION_NAME, ...others];
    // Version 1's TTC_signerAuthority no later version has: version 1. Version 2's names, or today's without Đơn vị cũ
    // (TTC_formerUnits, version 3's): version 2 or 3, which place Thông tin chung's cells differently. Today's names: today's.
    const kind = version === '1' ? 'older' : version === '2' || others.includes('TTC_formerUnits') ? 'unsure' : 'today';
    const inOrder = templateSheets(BUILTIN_CATALOGUE)
      .flatMap((s) => s.names.map((n) => n.name))
      .filter((n) => names.includes(n));
    // Why a re-layout refuses it, in a reader's words: Kiểm tra tried no re-layout, so says nothing of one left unchanged.
    const unsure = DAMAGE_TEXT.versionNameLostRead(TEMPLATE_VERSION_NAME, 'Phiên bản mẫu', 'Thông tin chung', '2', TEMPLATE_VERSION, ['Thông tin chung']);
    // Lost whatever its version (Đơn vị cũ is version 3's only), said before the version cell's name.
    const besides = others.filter((n) => n !== 'TTC_formerUnits');
    const said = {
      older: `${DAMAGE_TEXT.olderTemplate('1', TEMPLATE_VERSION)} ${DAMAGE_TEXT.workbookDamaged([], inOrder)}${others.includes('TTC_year') ? ` ${DAMAGE_TEXT.lostWhereMoved('1', ['Thông tin chung'])}` : ''}`,
      unsure: besides.length > 0 ? `${DAMAGE_TEXT.workbookDamaged([], besides)} ${unsure}` : unsure,
      today: DAMAGE_TEXT.workbookDamaged([], inOrder),
    }[kind];
    const giveBack = [TEMPLATE_VERSION_NAME];
    const hints = {
      cli: { older: CLI_TEXT.damageUpgradeHint('cu.xlsx'), unsure: CLI_TEXT.damageGiveBackHint(giveBack), today: CLI_TEXT.damageRepairHint('cu.xlsx') },
      pane: { older: UI_TEXT.damageHint.file.upgrade, unsure: UI_TEXT.damageHint.file.giveBack(giveBack), today: UI_TEXT.damageHint.file.repair },
      sheets: { older: GAS_TEXT.damageHint.upgrade, unsure: GAS_TEXT.damageHint.giveBack(giveBack), today: GAS_TEXT.damageHint.repair },
      excel: { older: UI_TEXT.damageHint.excel.upgrade, unsure: UI_TEXT.damageHint.excel.giveBack(giveBack), today: UI_TEXT.damageHint.excel.repair },
    };

    const told = await toldOfKept(version, names);
    try {
      expect({ cli: told.cli, pane: told.pane, sheets: told.sheets, excel: (told.excel as Error).message }).toEqual({
        cli: `${said} ${hints.cli[kind]}`,
        pane: `${said} ${hints.pane[kind]}`,
        sheets: `${said} ${hints.sheets[kind]}`,
        excel: `${said} ${hints.excel[kind]}`,
      });
      if (kind === 'older') expect(told.excel).toBeInstanceOf(OlderTemplateError);
      if (kind === 'unsure') expect(told.excel).toBeInstanceOf(VersionNameLostError);
      // A check's words: the name to give back, then Lập biểu mẫu, never pressed "again"; the workbook said to be left
      // unchanged by no one. Lập biểu mẫu's own refusal keeps its words (tests/hosts/excel/upgrade.test.ts).
      if (kind === 'unsure') {
        for (const message of [told.cli, told.pane, told.sheets, (told.excel as Error).message]) {
          expect(message).not.toMatch(/chưa bị thay đổi|bấm lại “Lập biểu mẫu”|chạy lại CCHC › Lập biểu mẫu/);
        }
        expect((told.excel as Error).message).not.toBe(UI_TEXT.layoutRefused(said, giveBack));
        expect(UI_TEXT.layoutRefused(DAMAGE_TEXT.versionNameLost(TEMPLATE_VERSION_NAME, 'Phiên bản mẫu', 'Thông tin chung', '2', TEMPLATE_VERSION, ['Thông tin chung']), giveBack)).toMatch(
          /sổ tính chưa bị thay đổi\. .*rồi bấm lại “Lập biểu mẫu”\.$/,
        );
      }

      // What it was told is what the re-layout (cchc upgrade) then does: refuses it for the version cell's name, or lays it out.
      const up = await told.box.run('upgrade', 'cu.xlsx');
      if (kind === 'unsure')
        expect({ code: up.code, stderr: up.stderr }).toEqual({
          code: 2,
          stderr: CLI_TEXT.upgradeRefused('cu.xlsx', DAMAGE_TEXT.versionNameLost(TEMPLATE_VERSION_NAME, 'Phiên bản mẫu', 'Thông tin chung', '2', TEMPLATE_VERSION, ['Thông tin chung']), giveBack),
        });
      else if (others.includes('TTC_year') && kind === 'older') expect(up.stderr).toBe(CLI_TEXT.upgradeLostMoved('cu.xlsx', '1', [{ sheet: 'Thông tin chung', names: ['TTC_year'] }]));
      else expect({ code: up.code, stderr: up.stderr }).toEqual({ code: 0, stderr: '' });
    } finally {
      told.box.dispose();
    }
  });
});
