// Google Sheets refuses a damaged spreadsheet as Excel and the CLI do (core/read/workbook-damage.ts): the commune's Kiểm tra and Tạo báo cáo,
// and the office's Tổng hợp reading a commune. What the Sheets API shows of the damage: a named range deleted is gone from
// Spreadsheet.namedRanges; a named range whose sheet was deleted is not listed either (https://issuetracker.google.com/issues/126262167,
// the fake's deleteSheet); a sheet renamed keeps its id, its named ranges follow it, and the template's sheet is missing.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { DAMAGE_TEXT, GAS_TEXT } from '../../../src/core/i18n/messages';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { parseCellAddress } from '../../../src/core/layout/a1';
import { TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../src/core/layout/names';
import { applyWorkbookPlan } from '../../../src/hosts/apps-script/apply-plan';
import { checkCommand, layoutCommand, reportCommand } from '../../../src/hosts/apps-script/commands';
import { consolidateCommand } from '../../../src/hosts/apps-script/district-commands';
import { dataOf } from './district-compare';
import { communeId, communeSpreadsheet, fillUnitList, linkOf, SAMPLE } from './fakes/fake-communes';
import { fakeEnv, type FakeEnv } from './fakes/fake-env';
import type { FakeSpreadsheet } from './fakes/fake-spreadsheet';
import { sidebarPayload } from './sidebar-payload';

const lastSidebar = (env: FakeEnv): ReturnType<typeof sidebarPayload> => sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());

function filled(): FakeEnv {
  const env = fakeEnv();
  applyWorkbookPlan(env, env.ss, buildWorkbookPlan(SAMPLE));
  return env;
}

/** What a person does by hand, through the same API the fake models (Data › Named ranges › remove; a sheet's tab › Delete or Rename). */
const byHand = {
  deleteName(env: FakeEnv, ss: FakeSpreadsheet, name: string): void {
    const nr = ss.namedRanges.find((n) => n.name === name)!;
    env.Sheets.Spreadsheets.batchUpdate({ requests: [{ deleteNamedRange: { namedRangeId: nr.namedRangeId } }] }, ss.id);
  },
  deleteSheet(env: FakeEnv, ss: FakeSpreadsheet, title: string): void {
    env.Sheets.Spreadsheets.batchUpdate({ requests: [{ deleteSheet: { sheetId: ss.sheet(title).id } }] }, ss.id);
  },
  renameSheet(env: FakeEnv, ss: FakeSpreadsheet, title: string, to: string): void {
    env.Sheets.Spreadsheets.batchUpdate({ requests: [{ updateSheetProperties: { properties: { sheetId: ss.sheet(title).id, title: to }, fields: 'title' } }] }, ss.id);
  },
};

describe('Kiểm tra on a damaged spreadsheet', () => {
  it.each<[string, (env: FakeEnv) => void, readonly string[], readonly string[]]>([
    ['a named range deleted', (env) => byHand.deleteName(env, env.ss, 'BM1_2_1'), [], ['BM1_2_1']],
    ['a sheet deleted (its named ranges at #REF!, unlisted)', (env) => byHand.deleteSheet(env, env.ss, 'Biểu mẫu 4'), ['Biểu mẫu 4'], []],
    ['a sheet renamed (its named ranges follow it)', (env) => byHand.renameSheet(env, env.ss, 'Biểu mẫu 4', 'BM bốn'), ['Biểu mẫu 4'], []],
  ])('refuses %s with one alert naming it, and the menu item that lays it out again', (_label, damage, sheets, names) => {
    const env = filled();
    damage(env);
    checkCommand(env);
    expect(env.app.ui.alerts.map((a) => a.prompt)).toEqual([`${DAMAGE_TEXT.workbookDamaged(sheets, names)} ${GAS_TEXT.damageHint.repair}`]);
    expect(env.app.ui.sidebars).toHaveLength(0);
  });

  it('refuses Tạo báo cáo alike, creating nothing', () => {
    const env = filled();
    byHand.deleteName(env, env.ss, 'BM3_1_1');
    reportCommand(env);
    expect(env.app.ui.alerts.map((a) => a.prompt)).toEqual([`${DAMAGE_TEXT.workbookDamaged([], ['BM3_1_1'])} ${GAS_TEXT.damageHint.repair}`]);
    expect(env.app.ui.sidebars).toHaveLength(0);
  });

  it('names the menu item as the menu calls it, and Lập biểu mẫu does lay a lost name out again', () => {
    expect(GAS_TEXT.damageHint.repair).toContain(`${GAS_TEXT.menu.title} › ${GAS_TEXT.menu.layout}`);
    expect(GAS_TEXT.damageHint.upgrade).toContain(`${GAS_TEXT.menu.title} › ${GAS_TEXT.menu.layout}`);
    expect(GAS_TEXT.district.reasons.damageHint.repair).toContain(`${GAS_TEXT.menu.title} › ${GAS_TEXT.menu.layout}`);
    const env = filled();
    byHand.deleteName(env, env.ss, 'BM1_2_1');
    layoutCommand(env);
    checkCommand(env);
    expect(env.app.ui.alerts).toEqual([]);
    expect(lastSidebar(env).summary).toMatch(/^0 lỗi/);
  });
});

describe('Tổng hợp reading a damaged commune', () => {
  /** Tổng hợp of Xã Thử 1 (`intact`) and Xã Thử 2 (`damaged`), listed by their links: the first run lays the list out. */
  const consolidateTwo = (env: ReturnType<typeof fakeEnv>, intact: FakeSpreadsheet, damaged: FakeSpreadsheet): void => {
    env.remote.set(communeId(1), intact);
    env.remote.set(communeId(2), damaged);
    consolidateCommand(env, { now: env.clock.now });
    fillUnitList(env, [
      ['Xã Thử 1', linkOf(communeId(1))],
      ['Xã Thử 2', linkOf(communeId(2))],
    ]);
    consolidateCommand(env, { now: env.clock.now });
  };

  it('rejects a commune that lost a named range with the same words, never totalling it', () => {
    const env = fakeEnv();
    const intact = communeSpreadsheet(env.log, communeId(1), dataOf(1));
    const damaged = communeSpreadsheet(env.log, communeId(2), dataOf(2));
    damaged.namedRanges = damaged.namedRanges.filter((n) => n.name !== 'BM1_2_1');
    consolidateTwo(env, intact, damaged);
    expect(lastSidebar(env).findings?.map((f) => f.message)).toEqual([
      `Xã Thử 2: ${DAMAGE_TEXT.workbookDamaged([], ['BM1_2_1'])} ${GAS_TEXT.district.reasons.damageHint.repair}`,
    ]);
    expect(lastSidebar(env).lead).toBe(GAS_TEXT.district.done(1, 2));
    // Its one read asked only for the template's sheets, as an intact commune's does.
    expect(damaged.apiGets.map((g) => g.sheets)).toEqual([['Thông tin chung', ...BUILTIN_CATALOGUE.forms.map((f) => `Biểu mẫu ${f.number}`), 'Thuyết minh']]);
  });

  it('rejects a commune of an older version that lost a name its version had, told as older and naming it; an intact one of that version is totalled', () => {
    const env = fakeEnv();
    /** A commune spreadsheet of version 2: today's layout but the cell version 3 added (pinned against the kept workbooks by workbook-damage.test). */
    const ofVersion2 = (i: number): FakeSpreadsheet => {
      const ss = communeSpreadsheet(env.log, communeId(i), dataOf(i));
      const at = ss.nameCell(TEMPLATE_VERSION_NAME)!;
      const { row, col } = parseCellAddress(at.a1);
      at.sheet.cell(row - 1, col - 1).content = '2';
      ss.namedRanges = ss.namedRanges.filter((n) => n.name !== 'TTC_formerUnits');
      return ss;
    };
    const intact = ofVersion2(1);
    const damaged = ofVersion2(2);
    damaged.namedRanges = damaged.namedRanges.filter((n) => n.name !== 'BM1_2_1');
    consolidateTwo(env, intact, damaged);
    expect(lastSidebar(env).findings?.map((f) => f.message)).toEqual([
      `Xã Thử 2: ${DAMAGE_TEXT.olderTemplate('2', TEMPLATE_VERSION)} ${DAMAGE_TEXT.workbookDamaged([], ['BM1_2_1'])} ${GAS_TEXT.district.reasons.damageHint.upgrade}`,
    ]);
    expect(lastSidebar(env).lead).toBe(GAS_TEXT.district.done(1, 2));
  });
});
