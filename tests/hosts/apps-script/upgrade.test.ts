// Lập biểu mẫu in Google Sheets (the recording fakes) on the kept workbooks: an older version upgraded with the same calls as a re-layout and every entry kept; a newer one refused before any change.
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { cellAddress, parseCellAddress } from '../../../src/core/layout/a1';
import { SHEET_INFO, TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../src/core/layout/names';
import { FIRST_TEMPLATE_VERSION, KNOWN_TEMPLATE_VERSIONS, namesOfToday } from '../../../src/core/layout/template-versions';
import { readWorkbookValues } from '../../../src/core/read/read-workbook';
import { TemplateVersionError } from '../../../src/core/read/template-version';
import { DAMAGE_TEXT, GAS_TEXT } from '../../../src/core/i18n/messages';
import { applyWorkbookPlan, LayoutRefusedError } from '../../../src/hosts/apps-script/apply-plan';
import { checkCommand, layoutCommand } from '../../../src/hosts/apps-script/commands';
import { inputCellSet } from '../../../src/hosts/shared/plan-cells';
import { keptWorkbook, namedValuesOf, snapshotOf } from '../../fixtures/versions/kept-workbooks';
import { type FakeEnv } from './fakes/fake-env';
import { sheetsHolding } from './fakes/kept-spreadsheet';

jest.setTimeout(30_000);

const plan = buildWorkbookPlan(null);
const INPUT_NAMES = plan.sheets.flatMap((s) => {
  const inputs = inputCellSet(s);
  return s.names.filter((n) => inputs.has(n.cell)).map((n) => n.name);
});

/** The value today's plan (without data) writes into each named input cell: the defaults. */
const DEFAULTS = new Map(
  plan.sheets.flatMap((s) =>
    s.names.flatMap((n) => {
      const { row, col } = parseCellAddress(n.cell);
      const v = s.values[row - 1]?.[col - 1];
      return v === null || v === undefined ? [] : [[n.name, v] as const];
    }),
  ),
);

/** Value by defined name as the spreadsheet shows it now; '' read as null. */
function namedNow(env: FakeEnv): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { name } of env.ss.namedRanges) {
    const at = env.ss.nameCell(name);
    const v = at ? at.sheet.valueAt(at.a1) : '';
    out[name] = v === '' ? null : v;
  }
  return out;
}

const callsOf = (env: FakeEnv): string[] => env.log.calls.map((c) => `${c.service}:${c.method}`);

describe('Lập biểu mẫu in Sheets on a spreadsheet of an older template version', () => {
  it('upgrades the kept version-1 workbook: every entry under its row identity, the old name deleted, the version cell today’s', async () => {
    const kept = snapshotOf(await keptWorkbook(FIRST_TEMPLATE_VERSION));
    const expected = namesOfToday(namedValuesOf(kept), FIRST_TEMPLATE_VERSION);
    const env = sheetsHolding(kept);

    const result = applyWorkbookPlan(env, env.ss, plan);

    expect(result.upgradedFrom).toBe(FIRST_TEMPLATE_VERSION);
    const now = namedNow(env);
    expect(INPUT_NAMES.filter((n) => expected[n] !== null && expected[n] !== undefined).length).toBeGreaterThan(40);
    for (const name of INPUT_NAMES) {
      // Sheets lays the plan (without data) and keeps entries over it: a cell empty before may show the template's default.
      const value = expected[name] ?? (now[name] === DEFAULTS.get(name) ? now[name] : null);
      expect({ name, value: now[name] ?? null }).toEqual({ name, value });
    }
    expect(now.TTC_signerForm).toBe('KT. ỦY BAN NHÂN DÂN');
    expect(now[TEMPLATE_VERSION_NAME]).toBe(TEMPLATE_VERSION);
    expect(env.ss.namedRanges.map((n) => n.name)).not.toContain('TTC_signerAuthority');
    expect(readWorkbookValues(now).data).toEqual(readWorkbookValues(namedValuesOf(kept)).data);
  });

  it('makes the same service calls as re-laying a spreadsheet of today’s version', async () => {
    const older = sheetsHolding(snapshotOf(await keptWorkbook(FIRST_TEMPLATE_VERSION)));
    applyWorkbookPlan(older, older.ss, plan);
    const today = sheetsHolding(snapshotOf(await keptWorkbook(TEMPLATE_VERSION)));
    expect(applyWorkbookPlan(today, today.ss, plan).upgradedFrom).toBeNull();
    expect(callsOf(older)).toEqual(callsOf(today));
  });

  it('says in its message that it upgraded', async () => {
    const env = sheetsHolding(snapshotOf(await keptWorkbook(FIRST_TEMPLATE_VERSION)));
    layoutCommand(env);
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.ss.toasts.at(-1)).toMatch(new RegExp(`Đã nâng cấp từ mẫu phiên bản 1 lên phiên bản ${TEMPLATE_VERSION}; số liệu đã nhập được chuyển sang đúng ô của từng chỉ tiêu\\.$`));
  });

  it('refuses a spreadsheet of a newer version before any change, in Lập biểu mẫu and in Kiểm tra, without sending the user to lay it out again', async () => {
    const kept = snapshotOf(await keptWorkbook(TEMPLATE_VERSION));
    const newer = String(Number(TEMPLATE_VERSION) + 1);
    const env = sheetsHolding(kept);
    const at = env.ss.nameCell(TEMPLATE_VERSION_NAME)!;
    const { row, col } = parseCellAddress(at.a1);
    at.sheet.cell(row - 1, col - 1).content = newer;
    env.log.reset();

    expect(() => applyWorkbookPlan(env, env.ss, plan)).toThrow(TemplateVersionError);
    expect(env.log.count('Sheets', 'Spreadsheets.batchUpdate')).toBe(0);
    expect(env.log.count('SpreadsheetApp', 'Range.setValues')).toBe(0);
    expect(at.sheet.valueAt(cellAddress(row, col))).toBe(newer);

    layoutCommand(env);
    checkCommand(env);
    const says = `Tệp được tạo bằng mẫu phiên bản ${newer}, mới hơn phiên bản ${TEMPLATE_VERSION} mà phần mềm này đọc được; hãy cập nhật phần mềm.`;
    expect(env.app.ui.alerts.map((a) => a.prompt)).toEqual([says, says]);
  });
});

describe('Lập biểu mẫu in Sheets never loses what was typed (core upgradeRefusal, as cchc upgrade and Excel)', () => {
  /** The kept workbook of `version` as a spreadsheet, without the named ranges `lost` (Dữ liệu › Dải ô được đặt tên › Xóa). */
  async function keptWithout(version: string, lost: readonly string[]): Promise<FakeEnv> {
    const env = sheetsHolding(snapshotOf(await keptWorkbook(version)));
    for (const name of lost) expect(env.ss.namedRanges.some((n) => n.name === name)).toBe(true);
    env.ss.namedRanges = env.ss.namedRanges.filter((n) => !lost.includes(n.name));
    env.log.reset();
    return env;
  }

  /** Refused after the one read: no batchUpdate, no setValues, the entries where they were; the menu command alerts the same words. */
  async function expectRefused(version: string, lost: readonly string[], message: string): Promise<void> {
    const env = await keptWithout(version, lost);
    const before = namedNow(env);
    expect(() => applyWorkbookPlan(env, env.ss, plan)).toThrow(new LayoutRefusedError(message));
    expect(env.log.count('Sheets', 'Spreadsheets.batchUpdate')).toBe(0);
    expect(env.log.count('SpreadsheetApp', 'Range.setValues')).toBe(0);
    expect(namedNow(env)).toEqual(before);
    layoutCommand(env);
    expect(env.app.ui.alerts.map((a) => a.prompt)).toEqual([message]);
  }

  it('refuses version 1 that lost TTC_year (its Thông tin chung rows moved since), telling to give the name back in Dữ liệu › Dải ô được đặt tên', async () => {
    const lost = [{ sheet: 'Thông tin chung', names: ['TTC_year'] }];
    const message = GAS_TEXT.layoutRefused(DAMAGE_TEXT.upgradeWouldLose('1', lost), ['TTC_year']);
    expect(message).toContain('Dữ liệu › Dải ô được đặt tên');
    await expectRefused(FIRST_TEMPLATE_VERSION, ['TTC_year'], message);
  });

  it('refuses version 2 that lost its version cell’s name (its names say 2 or 3, which place Thông tin chung’s cells differently)', async () => {
    const said = DAMAGE_TEXT.versionNameLost(TEMPLATE_VERSION_NAME, 'Phiên bản mẫu', 'Thông tin chung', '2', TEMPLATE_VERSION, ['Thông tin chung']);
    await expectRefused('2', [TEMPLATE_VERSION_NAME], GAS_TEXT.layoutRefused(said, [TEMPLATE_VERSION_NAME]));
  });

  it('lays today’s spreadsheet that lost its version cell’s name and TTC_unit out again as today’s (told by its names), TTC_unit kept by its place', async () => {
    const expected = namedValuesOf(snapshotOf(await keptWorkbook(TEMPLATE_VERSION)));
    const env = await keptWithout(TEMPLATE_VERSION, [TEMPLATE_VERSION_NAME, 'TTC_unit']);
    const result = applyWorkbookPlan(env, env.ss, plan);
    expect(result.upgradedFrom).toBeNull();
    const now = namedNow(env);
    for (const name of INPUT_NAMES) {
      const value = expected[name] ?? (now[name] === DEFAULTS.get(name) ? now[name] : null);
      expect({ name, value: now[name] ?? null }).toEqual({ name, value });
    }
    expect(now.TTC_unit).toBe('Tân Lập');
    expect(now[TEMPLATE_VERSION_NAME]).toBe(TEMPLATE_VERSION);
  });
});

describe('Lập biểu mẫu in Sheets claims no version Kiểm tra cannot tell (core upgradeClaim, as cchc upgrade and Excel)', () => {
  /** Thông tin chung's names (the version cell among them): gone with the sheet. */
  const onInfo = (name: string): boolean => plan.sheets.find((s) => s.name === SHEET_INFO)!.names.some((n) => n.name === name);

  /**
   * The kept workbook of `version` as a spreadsheet whose Thông tin chung was deleted (its tab › Delete), then, as Lập biểu
   * mẫu's refusal asks (GAS_TEXT.namesBroken), the named ranges left at #REF! removed in Dữ liệu › Dải ô được đặt tên: the
   * API never listed them (the fake's deleteSheet), only the name stayed taken. Kiểm tra told first, as it tells it today.
   */
  async function withoutInfo(version: string): Promise<FakeEnv> {
    const env = sheetsHolding(snapshotOf(await keptWorkbook(version)));
    const info = env.ss.sheet(SHEET_INFO).id;
    const infoNames = env.ss.namedRanges.filter((n) => n.range.sheetId === info).map((n) => n.name);
    env.Sheets.Spreadsheets.batchUpdate({ requests: [{ deleteSheet: { sheetId: info } }] }, env.ss.id);
    checkCommand(env);
    layoutCommand(env);
    expect(env.app.ui.alerts.map((a) => a.prompt)).toEqual([`${DAMAGE_TEXT.workbookDamaged([SHEET_INFO], [])} ${GAS_TEXT.damageHint.repair}`, GAS_TEXT.namesBroken(['TTC_unit'])]);
    expect(infoNames).toContain(TEMPLATE_VERSION_NAME);
    expect([...env.ss.brokenNames].sort()).toEqual([...infoNames].sort());
    env.ss.brokenNames = [];
    env.app.ui.alerts.length = 0;
    env.log.reset();
    return env;
  }

  it.each(KNOWN_TEMPLATE_VERSIONS)(
    'lays the kept spreadsheet of version %s that lost Thông tin chung, and with it the version cell (its names leave it 1 to 3, its other sheets alike in each), out again as today’s, as Kiểm tra tells it: no “upgraded from”, every form entry kept, the calls of any re-layout',
    async (version) => {
      const expected = namesOfToday(namedValuesOf(snapshotOf(await keptWorkbook(version))), version);
      const env = await withoutInfo(version);
      const result = applyWorkbookPlan(env, env.ss, plan);
      expect(result.upgradedFrom).toBeNull();
      const now = namedNow(env);
      const formNames = INPUT_NAMES.filter((n) => !onInfo(n));
      expect(formNames.filter((n) => expected[n] !== null && expected[n] !== undefined).length).toBeGreaterThan(25);
      for (const name of formNames) {
        const value = expected[name] ?? (now[name] === DEFAULTS.get(name) ? now[name] : null);
        expect({ name, value: now[name] ?? null }).toEqual({ name, value });
      }
      expect(now[TEMPLATE_VERSION_NAME]).toBe(TEMPLATE_VERSION);
      const today = sheetsHolding(snapshotOf(await keptWorkbook(TEMPLATE_VERSION)));
      applyWorkbookPlan(today, today.ss, plan);
      expect(callsOf(env)).toEqual(callsOf(today));

      // The menu command's toast: what it says of a damaged spreadsheet of today's version laid out again.
      const menu = await withoutInfo(version);
      layoutCommand(menu);
      expect(menu.app.ui.alerts).toEqual([]);
      expect(menu.ss.toasts.at(-1)).toBe(`${GAS_TEXT.layoutDone(result.sheets)} ${GAS_TEXT.layoutKeptValues(result.kept)}`);
    },
  );
});
