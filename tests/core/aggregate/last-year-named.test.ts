// lastYearFromNamed: last year's consolidation read back from its workbook's named cells gives the district report the same comparisons as last year's files totalled again.
import { screenFiles, type Candidate } from '../../../src/core/aggregate/grouping';
import { groupingPeriodOf, lastYearFromNamed, type ConsolidatedNamedValues } from '../../../src/core/aggregate/last-year-named';
import { lastYearTotals, screenedTotals, type ScreenedTotals } from '../../../src/core/aggregate/screened-totals';
import { PERIODS, type FormsData, type ReportData } from '../../../src/core/data/types';
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { CARRIED_SET_ID_NAME, CARRIED_SET_VERSION_NAME } from '../../../src/core/forms/carried-set';
import { buildCatalogue, type FormCatalogue } from '../../../src/core/forms/build-catalogue';
import { FORMSET_TEXT } from '../../../src/core/i18n/form-sets';
import { asTestSetData, TEST_CATALOGUE, TEST_SET_V2 } from '../../fixtures/form-sets/test-set';
import { AGGREGATE_TEXT, PERIODS_TEXT } from '../../../src/core/i18n/messages';
import { buildConsolidatedPlan, consolidatedCellName, GROUPING_NAMES, GROUPING_PERIOD_CELL } from '../../../src/core/layout/consolidated-plan';
import { buildConsolidatedReport } from '../../../src/core/report/consolidated-report';
import { commune } from './sample-units';

const T = PERIODS_TEXT.lastYearNamed;

const candidate = (file: string, data: ReportData): Candidate => ({ file, unit: { file, meta: data.meta } });

function totalsOf(communes: readonly ReportData[], catalogue: FormCatalogue = BUILTIN_CATALOGUE): ScreenedTotals {
  const forms = new Map<string, FormsData>(communes.map((d, i) => [`f${i}`, d.forms]));
  return screenedTotals(screenFiles(communes.map((d, i) => candidate(`f${i}`, d))), (f) => forms.get(f), undefined, catalogue)!;
}

/** Every defined name of the consolidated plan with the value its cell shows (a formula's the core's), and `Tổng hợp`'s period cell. */
function namedOf(t: ScreenedTotals, catalogue: FormCatalogue = BUILTIN_CATALOGUE): ConsolidatedNamedValues & { values: Record<string, unknown> } {
  const { plan, results } = buildConsolidatedPlan(t.grouping, t.totals, catalogue);
  const values: Record<string, unknown> = {};
  let periodText: unknown = null;
  for (const sheet of plan.sheets) {
    const at = (a1: string): unknown => {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      const c = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return results.get(`${sheet.name}!${a1}`) ?? sheet.values[Number(m[2]) - 1]?.[c] ?? '';
    };
    for (const n of sheet.names) values[n.name] = at(n.cell);
    if (sheet.name === AGGREGATE_TEXT.groupingSheet) periodText = at(GROUPING_PERIOD_CELL);
  }
  return { values, periodText };
}

// Last year fewer files settled and fewer on time, fewer online.
const lastYearEdits = { '3': { '3.3.1': 1000, '3.3.2': 900 }, '7': { '6.7.1': 400, '6.7.2': 100 } };
const thisYear = [commune({ unit: 'An Phú' }), commune({ unit: 'Tịnh Kỳ' }, { '3': { '3.3.1': 1400 } })];
const lastYear = [commune({ unit: 'An Phú', year: 2025 }, lastYearEdits), commune({ unit: 'Tịnh Kỳ', year: 2025 }, lastYearEdits)];
const current = { period: 'H1', year: 2026 } as const;
const V2_CATALOGUE = buildCatalogue(TEST_SET_V2);

describe('lastYearFromNamed', () => {
  it('gives the district report the same comparisons as last year’s files consolidated again (cchc consolidate --compare)', () => {
    const now = totalsOf(thisYear);
    const last = totalsOf(lastYear);
    const forms = new Map<string, FormsData>(lastYear.map((d, i) => [`f${i}`, d.forms]));
    const fromFiles = lastYearTotals(screenFiles(lastYear.map((d, i) => candidate(`f${i}`, d))), (f) => forms.get(f), now.grouping);
    if (!fromFiles.ok) throw new Error(fromFiles.reason);
    const read = lastYearFromNamed(namedOf(last), now.grouping, BUILTIN_CATALOGUE);
    if (!read.ok) throw new Error(read.reason);
    expect(read).toMatchObject({ period: 'H1', year: 2025, units: 2 });
    const text = (previous: Parameters<typeof buildConsolidatedReport>[4]): string =>
      JSON.stringify(buildConsolidatedReport(now.grouping, now.totals, {}, [], previous).body);
    const viaFiles = text({ year: fromFiles.year, totals: fromFiles.totals });
    expect(viaFiles).toContain('so với cùng kỳ năm 2025');
    expect(text(read.previous)).toBe(viaFiles);
    expect(text(read.previous)).not.toBe(text(undefined));
  });

  it('reads an empty total as no number (no comparison against it), never as 0', () => {
    const named = namedOf(totalsOf(lastYear));
    named.values[consolidatedCellName(3, '3.3.1')] = '';
    const read = lastYearFromNamed(named, current, BUILTIN_CATALOGUE);
    expect(read.ok && read.previous.totals.forms[3]?.['3.3.1']).toEqual({ kind: 'total', total: null });
  });

  it('refuses a workbook that is no consolidation, one whose carried set is damaged, another period, the same or a later year', () => {
    const named = namedOf(totalsOf(lastYear));
    const { [GROUPING_NAMES.reported]: _gone, ...noGrouping } = named.values;
    expect(lastYearFromNamed({ ...named, values: noGrouping }, current, BUILTIN_CATALOGUE)).toEqual({ ok: false, reason: T.notConsolidated });

    // A carried set whose parts are lost cannot tell last year's rows.
    const damaged = { ...named.values, [CARRIED_SET_ID_NAME]: 'quang-ngai', [CARRIED_SET_VERSION_NAME]: 2 };
    expect(lastYearFromNamed({ ...named, values: damaged }, current, BUILTIN_CATALOGUE)).toEqual({ ok: false, reason: FORMSET_TEXT.carried.damaged('quang-ngai') });

    const q1 = namedOf(totalsOf(lastYear.map((d) => ({ ...d, meta: { ...d.meta, period: 'Q1' as const } }))));
    expect(lastYearFromNamed(q1, current, BUILTIN_CATALOGUE)).toEqual({ ok: false, reason: T.wrongPeriod('Quý I năm 2025', '6 tháng đầu năm 2026') });
    for (const year of [2026, 2027]) {
      const same = namedOf(totalsOf(lastYear.map((d) => ({ ...d, meta: { ...d.meta, year } }))));
      expect(lastYearFromNamed(same, current, BUILTIN_CATALOGUE)).toEqual({ ok: false, reason: T.wrongPeriod(`6 tháng đầu năm ${year}`, '6 tháng đầu năm 2026') });
    }
    // Nothing consolidated yet this year: the period is read, not checked.
    expect(lastYearFromNamed(q1, null, BUILTIN_CATALOGUE)).toMatchObject({ ok: true, period: 'Q1', year: 2025 });
    expect(lastYearFromNamed({ ...named, periodText: 'Kỳ trước' }, current, BUILTIN_CATALOGUE)).toEqual({ ok: false, reason: T.noPeriod('C4') });
  });

  it('a compared row’s cell that is missing gives no comparison; one that holds text is refused, naming it', () => {
    const named = namedOf(totalsOf(lastYear));
    const name = consolidatedCellName(7, '6.7.1');
    const { [name]: _gone, ...without } = named.values;
    const read = lastYearFromNamed({ ...named, values: without }, current, BUILTIN_CATALOGUE);
    expect(read.ok && read.previous.totals.forms[7]).toEqual({ '6.7': { kind: 'ratio', value: 25 } });
    expect(lastYearFromNamed({ ...named, values: { ...named.values, [name]: 'nhiều' } }, current, BUILTIN_CATALOGUE)).toEqual({
      ok: false,
      reason: T.notNumber(name, 'nhiều'),
    });
  });

  it('reads last year’s workbook of another set, or another version of this one, by its own set and compares by row key', () => {
    const ofTest = (d: ReportData): ReportData => asTestSetData(d, { '1': 100, '1.1': 40, '3': 1 });
    const v1 = namedOf(totalsOf(lastYear.map(ofTest), TEST_CATALOGUE), TEST_CATALOGUE);
    const now = totalsOf(thisYear.map(ofTest), V2_CATALOGUE);
    const fromFiles = lastYearTotals(
      screenFiles(lastYear.map((d, i) => candidate(`f${i}`, d))),
      (f) => new Map<string, FormsData>(lastYear.map((d, i) => [`f${i}`, ofTest(d).forms])).get(f),
      now.grouping,
      V2_CATALOGUE,
      TEST_CATALOGUE,
    );
    if (!fromFiles.ok) throw new Error(fromFiles.reason);
    const read = lastYearFromNamed(v1, current, V2_CATALOGUE);
    if (!read.ok) throw new Error(read.reason);
    // Version 2 compares 6.7.1 no more; its ratio, and Biểu mẫu 3's rows, are compared as the files compare them.
    expect(read.previous.totals.forms[7]).toEqual({ '6.7': { kind: 'ratio', value: 25 } });
    expect(fromFiles.totals).toMatchObject(read.previous.totals);
    expect(Object.keys(fromFiles.totals.forms)).toEqual(Object.keys(read.previous.totals.forms));
    const text = (previous: Parameters<typeof buildConsolidatedReport>[4]): string =>
      JSON.stringify(buildConsolidatedReport(now.grouping, now.totals, {}, [], previous, V2_CATALOGUE).body);
    expect(text(read.previous)).toContain('so với cùng kỳ năm 2025');
    expect(text(read.previous)).toBe(text({ year: fromFiles.year, totals: fromFiles.totals }));
    // Last year's test set read by this year's built-in set: Biểu mẫu 3's and 7's rows by their keys.
    const builtinNow = lastYearFromNamed(v1, current, BUILTIN_CATALOGUE);
    expect(builtinNow.ok && builtinNow.previous.totals.forms[3]?.['3.3.1']).toEqual({ kind: 'total', total: 2000 });
  });
});


describe('groupingPeriodOf', () => {
  it('reads back every period Tổng hợp writes, in any case and spacing, and nothing else', () => {
    for (const period of PERIODS) {
      expect(groupingPeriodOf(AGGREGATE_TEXT.groupingPeriod(period, 2025))).toEqual({ period, year: 2025 });
      expect(groupingPeriodOf(` ${AGGREGATE_TEXT.groupingPeriod(period, 2024).toLocaleUpperCase('vi')}  `)).toEqual({ period, year: 2024 });
    }
    expect(groupingPeriodOf('6 tháng đầu năm')).toBeNull();
    // Last year's spreadsheets hold the words Tổng hợp wrote then: these literal texts must stay readable, so a change of
    // AGGREGATE_TEXT.groupingPeriod's wording has to keep reading the old one (else every office loses its comparison).
    expect(['Quý I năm 2025', '6 tháng đầu năm 2025', 'Quý III năm 2025', 'Năm 2025'].map(groupingPeriodOf)).toEqual([
      { period: 'Q1', year: 2025 },
      { period: 'H1', year: 2025 },
      { period: 'Q3', year: 2025 },
      { period: 'Y', year: 2025 },
    ]);
    expect(groupingPeriodOf('Tháng 6 năm 2025')).toBeNull();
    expect(groupingPeriodOf(2025)).toBeNull();
  });
});
