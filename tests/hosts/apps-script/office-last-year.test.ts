// CCHC › Chọn bảng tổng hợp cùng kỳ năm trước…: the office's spreadsheet of last year, read by its TH named cells, gives Báo cáo tổng hợp its comparisons; every link that cannot serve is one Vietnamese alert.
import type { ReportData } from '../../../src/core/data/types';
import { GAS_TEXT, PERIODS_TEXT } from '../../../src/core/i18n/messages';
import { districtReportCommand, consolidateCommand, officeLastYearCommand } from '../../../src/hosts/apps-script/commands';
import { OFFICE_LAST_YEAR_PROPERTY } from '../../../src/hosts/apps-script/office-last-year';
import { TEST_CATALOGUE, TEST_SET, TEST_SET_V2 } from '../../fixtures/form-sets/test-set';
import { buildCatalogue } from '../../../src/core/forms/build-catalogue';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import { district, LAST_YEAR_OFFICE_ID, LAST_YEAR_OFFICE_NAME, lastYearDataOf, lastYearOffice, withSet } from './district-compare';
import { communeData, communeId, communeSpreadsheet, fillUnitList, linkOf } from './fakes/fake-communes';
import { fakeEnv, type FakeEnv } from './fakes/fake-env';
import { sidebarPayload } from './sidebar-payload';

const T = GAS_TEXT.district.lastYear;
const R = PERIODS_TEXT.lastYearNamed;
const LINK = linkOf(LAST_YEAR_OFFICE_ID);
const REPORT_DATE = (): Date => new Date(Date.UTC(2026, 6, 10, 3, 0));

/** This year's office (5 communes, H1 2026) after its Tổng hợp, with last year's spreadsheet openable by the user. */
function office(lastYear: FakeEnv | null = lastYearOffice(3)): { env: FakeEnv; lastYear: FakeEnv | null } {
  const env = district(5);
  consolidateCommand(env, { now: env.clock.now });
  if (lastYear) env.app.others.set(LAST_YEAR_OFFICE_ID, lastYear.ss);
  env.app.ui.alerts.length = 0;
  return { env, lastYear };
}

function choose(env: FakeEnv, text: string, button: 'OK' | 'CANCEL' = 'OK'): void {
  env.app.ui.answers.push({ text, button });
  officeLastYearCommand(env);
}

const report = (env: FakeEnv): string | null => {
  const before = env.documents.docs.length;
  districtReportCommand(env, REPORT_DATE);
  return env.documents.docs.length > before ? env.documents.docs.at(-1)!.body.plainText() : null;
};

const lastSidebar = (env: FakeEnv): ReturnType<typeof sidebarPayload> => sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());

describe('CCHC › Chọn bảng tổng hợp cùng kỳ năm trước…', () => {
  it('asks for the link, reads last year’s spreadsheet in one Sheets API call, checks it and keeps its id; Cancel keeps it, an empty answer forgets it', () => {
    const { env, lastYear } = office();
    lastYear!.log.reset();
    env.log.reset();
    choose(env, LINK);
    expect(env.app.ui.prompts.at(-1)).toEqual({ title: T.promptTitle, prompt: T.promptText });
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.properties.get(OFFICE_LAST_YEAR_PROPERTY)).toBe(LAST_YEAR_OFFICE_ID);
    expect(env.ss.toasts.at(-1)).toBe(T.saved(LAST_YEAR_OFFICE_NAME, '6 tháng đầu năm 2025', 3));
    expect(lastYear!.log.calls.map((c) => `${c.service} ${c.method}`)).toEqual(['Sheets Spreadsheets.get']);
    expect(env.log.count('Sheets')).toBe(0);

    choose(env, '', 'CANCEL');
    expect(env.properties.get(OFFICE_LAST_YEAR_PROPERTY)).toBe(LAST_YEAR_OFFICE_ID);
    choose(env, '   ');
    expect(env.properties.has(OFFICE_LAST_YEAR_PROPERTY)).toBe(false);
    expect(env.ss.toasts.at(-1)).toBe(T.cleared);
  });

  it('before this year’s first Tổng hợp, checks what it can (a consolidation of this set) and leaves the period to the report', () => {
    const env = district(5);
    env.app.others.set(LAST_YEAR_OFFICE_ID, lastYearOffice(2, (i) => lastYearDataOf(i, 'Q1')).ss);
    choose(env, LINK);
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.ss.toasts.at(-1)).toBe(T.saved(LAST_YEAR_OFFICE_NAME, 'Quý I năm 2025', 2));
    consolidateCommand(env, { now: env.clock.now });
    expect(report(env)).toBeNull();
    expect(env.app.ui.alerts.at(-1)?.prompt).toBe(`${T.unusable(LAST_YEAR_OFFICE_NAME, R.wrongPeriod('Quý I năm 2025', '6 tháng đầu năm 2026'))}\n\n${T.forget}`);
  });
});

describe('CCHC › Báo cáo tổng hợp with last year’s spreadsheet', () => {
  it('refuses this spreadsheet’s own link: this year is not last year', () => {
    const env = district(5, { spreadsheetId: '1ThisYearsOfficeSpreadsheet2026abcdefghijKL' });
    consolidateCommand(env, { now: env.clock.now });
    choose(env, linkOf(env.ss.id));
    expect(env.app.ui.alerts.at(-1)).toEqual({ title: T.promptTitle, prompt: T.unusable('Báo cáo CCHC', R.wrongPeriod('6 tháng đầu năm 2026', '6 tháng đầu năm 2026')) });
  });


  it('compares the totals with last year’s, says with which in the sidebar, at one read of last year’s spreadsheet more', () => {
    const { env, lastYear } = office();
    // The first report creates Nội dung báo cáo: the second is the one to count.
    report(env);
    env.log.reset();
    const without = report(env)!;
    expect(without).not.toContain('cùng kỳ');
    const callsWithout = env.log.calls.length;
    choose(env, LINK);
    env.log.reset();
    lastYear!.log.reset();
    const text = report(env)!;
    // This year 4 communes' files against last year's 3 (the sample's 1 234 each); 99,6 % on time against 1 100 of 1 234.
    expect(text).toMatch(/hồ sơ thủ tục hành chính \(tăng [\d,]+% so với cùng kỳ năm 2025\)/);
    expect(text).toMatch(/tăng [\d,]+ điểm phần trăm so với cùng kỳ năm 2025/);
    expect(lastSidebar(env).summary).toContain(T.compared(LAST_YEAR_OFFICE_NAME, '6 tháng đầu năm 2025'));
    // The same calls as without the link, and the one read of last year's spreadsheet.
    expect(env.log.calls.length).toBe(callsWithout);
    expect(lastYear!.log.calls.map((c) => `${c.service} ${c.method}`)).toEqual(['Sheets Spreadsheets.get']);
  });

  it('a link that no longer serves refuses the report, says why and how to forget it; forgotten, the report is built without comparison', () => {
    const { env } = office();
    choose(env, LINK);
    // Since chosen, its owner stopped sharing it.
    env.app.others.delete(LAST_YEAR_OFFICE_ID);
    env.remote.set(LAST_YEAR_OFFICE_ID, 403);
    expect(report(env)).toBeNull();
    expect(env.app.ui.alerts.at(-1)).toEqual({ title: GAS_TEXT.district.reportTitle, prompt: `${T.noAccess}\n\n${T.forget}` });
    choose(env, '');
    expect(report(env)).not.toContain('cùng kỳ');
  });
});

/** A province's commune of the test set (no Biểu mẫu 5, a Biểu mẫu 8), last year. */
function testSetData(i: number): ReportData {
  const base = communeData(`Thử ${i}`, 1);
  const { '5': _five, ...forms } = base.forms as Record<string, unknown>;
  return { ...base, meta: { ...base.meta, year: 2025 }, forms: { ...forms, '8': { '1': 10, '1.1': 4, '3': 1 } } } as ReportData;
}

const withTestSet = withSet(TEST_SET);

describe('an office of a province’s set', () => {
  it('compares with last year’s spreadsheet of the same set (its identity read from the carried set’s names in the same read)', () => {
    const env = fakeEnv();
    withTestSet(env);
    const thisYear = (i: number): ReportData => ({ ...testSetData(i), meta: { ...testSetData(i).meta, year: 2026 } });
    for (let i = 1; i <= 3; i++) env.remote.set(communeId(i), communeSpreadsheet(env.log, communeId(i), thisYear(i), TEST_CATALOGUE));
    consolidateCommand(env, { now: env.clock.now });
    fillUnitList(env, [1, 2, 3].map((i) => [`Xã Thử ${i}`, linkOf(communeId(i))] as const));
    consolidateCommand(env, { now: env.clock.now });
    const last = lastYearOffice(2, (i) => ({ ...testSetData(i), forms: { ...testSetData(i).forms, '3': { ...testSetData(i).forms['3'], '3.3.1': 1000, '3.3.2': 900 } } }), TEST_CATALOGUE, withTestSet);
    env.app.others.set(LAST_YEAR_OFFICE_ID, last.ss);
    env.app.ui.alerts.length = 0;
    choose(env, LINK);
    expect(env.app.ui.alerts).toEqual([]);
    expect(report(env)).toMatch(/hồ sơ thủ tục hành chính \(tăng [\d,]+% so với cùng kỳ năm 2025\)/);
  });
});

describe('last year’s spreadsheet of another version of the set, or of another set (a province’s new year’s forms)', () => {
  // Last year fewer files settled: this year's 3.3.1 is more than last year's 1.000 a commune.
  const lastYearData = (i: number): ReportData => ({ ...testSetData(i), forms: { ...testSetData(i).forms, '3': { ...testSetData(i).forms['3'], '3.3.1': 1000, '3.3.2': 900 } } });
  const thisYearOffice = (set: FormSetDef | null): FakeEnv => {
    const env = fakeEnv();
    if (set) withSet(set)(env);
    const catalogue = set ? buildCatalogue(set) : undefined;
    const thisYear = (i: number): ReportData => {
      const d = set ? testSetData(i) : communeData(`Thử ${i}`, 1);
      return { ...d, meta: { ...d.meta, year: 2026 } };
    };
    for (let i = 1; i <= 3; i++) env.remote.set(communeId(i), communeSpreadsheet(env.log, communeId(i), thisYear(i), catalogue));
    consolidateCommand(env, { now: env.clock.now });
    fillUnitList(env, [1, 2, 3].map((i) => [`Xã Thử ${i}`, linkOf(communeId(i))] as const));
    consolidateCommand(env, { now: env.clock.now });
    env.app.others.set(LAST_YEAR_OFFICE_ID, lastYearOffice(2, lastYearData, TEST_CATALOGUE, withTestSet).ss);
    env.app.ui.alerts.length = 0;
    return env;
  };

  it('this year’s office of version 2, last year’s of version 1: chosen, and compared by row key by this year’s compared rows', () => {
    const env = thisYearOffice(TEST_SET_V2);
    choose(env, LINK);
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.properties.get(OFFICE_LAST_YEAR_PROPERTY)).toBe(LAST_YEAR_OFFICE_ID);
    const text = report(env);
    expect(text).toMatch(/hồ sơ thủ tục hành chính \(tăng [\d,]+% so với cùng kỳ năm 2025\)/);
    // Version 2 compares Biểu mẫu 7's files received no more (its ratio still is).
    expect(text).toMatch(/Các đơn vị đã tiếp nhận [\d.]+ hồ sơ thủ tục hành chính, trong đó/);
  });

  it('this year’s office of the built-in set, last year’s of the province’s: compared by row key, as a commune’s report is', () => {
    const env = thisYearOffice(null);
    choose(env, LINK);
    expect(env.app.ui.alerts).toEqual([]);
    expect(report(env)).toMatch(/hồ sơ thủ tục hành chính \(tăng [\d,]+% so với cùng kỳ năm 2025\)/);
  });
});

describe('a link that cannot serve: one Vietnamese alert, nothing kept, no report', () => {
  const refusals: readonly (readonly [string, (env: FakeEnv) => string, string])[] = [
    ['a text that is no link', () => 'bảng tổng hợp năm ngoái', T.badLink('bảng tổng hợp năm ngoái')],
    [
      'a spreadsheet the user may not open',
      (env) => {
        env.remote.set(LAST_YEAR_OFFICE_ID, 403);
        return LINK;
      },
      T.noAccess,
    ],
    ['a spreadsheet that does not exist, or a file that is no spreadsheet', () => LINK, T.notFound],
    [
      'a commune’s spreadsheet, not an office’s consolidation',
      (env) => {
        env.app.others.set(LAST_YEAR_OFFICE_ID, communeSpreadsheet(env.log, LAST_YEAR_OFFICE_ID, lastYearDataOf(1)));
        return LINK;
      },
      T.unusable('Báo cáo CCHC', R.notConsolidated),
    ],
    [
      'another period',
      (env) => {
        env.app.others.set(LAST_YEAR_OFFICE_ID, lastYearOffice(2, (i) => lastYearDataOf(i, 'Q3')).ss);
        return LINK;
      },
      T.unusable(LAST_YEAR_OFFICE_NAME, R.wrongPeriod('Quý III năm 2025', '6 tháng đầu năm 2026')),
    ],
    [
      'the same year',
      (env) => {
        env.app.others.set(LAST_YEAR_OFFICE_ID, lastYearOffice(2, (i) => lastYearDataOf(i, undefined, 2026)).ss);
        return LINK;
      },
      T.unusable(LAST_YEAR_OFFICE_NAME, R.wrongPeriod('6 tháng đầu năm 2026', '6 tháng đầu năm 2026')),
    ],
    [
      'a later year',
      (env) => {
        env.app.others.set(LAST_YEAR_OFFICE_ID, lastYearOffice(2, (i) => lastYearDataOf(i, undefined, 2027)).ss);
        return LINK;
      },
      T.unusable(LAST_YEAR_OFFICE_NAME, R.wrongPeriod('6 tháng đầu năm 2027', '6 tháng đầu năm 2026')),
    ],
  ];

  it.each(refusals)('%s', (_name, arrange, message) => {
    const { env } = office(null);
    const link = arrange(env);
    choose(env, link);
    expect(env.app.ui.alerts).toEqual([{ title: T.promptTitle, prompt: message }]);
    expect(env.properties.has(OFFICE_LAST_YEAR_PROPERTY)).toBe(false);
    // Kept anyway (as chosen before it changed), the same reason refuses the report, with how to forget the link.
    const id = /\/d\/([^/]+)/.exec(link)?.[1];
    if (id === undefined) return;
    env.properties.set(OFFICE_LAST_YEAR_PROPERTY, id);
    expect(report(env)).toBeNull();
    expect(env.app.ui.alerts.at(-1)).toEqual({ title: GAS_TEXT.district.reportTitle, prompt: `${message}\n\n${T.forget}` });
  });
});
