// The budgets of issues 11 and 23 on the sample commune, from the recording fakes (the figures `npm run bench:gas` prints).
import { AGGREGATE_TEXT, CLI_TEXT } from '../../../src/core/i18n/messages';
import { districtReportServiceCalls, districtServiceCalls } from './district-compare';
import { gasServiceCalls } from './service-calls';

describe('service calls on the sample commune', () => {
  const calls = gasServiceCalls();

  it('a report (Google Doc and .docx) takes at most 50 (issue 23: 218 before), the Doc in five Docs API calls, the spreadsheet read in one', () => {
    expect(calls.report).toBeLessThanOrEqual(50);
    expect(calls.env.log.count('Sheets', 'Spreadsheets.get')).toBe(1);
    expect(calls.env.log.count('Other', 'UrlFetchApp.fetch')).toBe(1);
    expect(calls.env.log.count('Docs')).toBe(5);
    expect(calls.env.log.count('DocumentApp')).toBe(2);
  });

  it('a layout takes at most 150 (issue 23: 354 before): one Sheets API batch for formats, rules, borders, protection and names', () => {
    expect(calls.layout).toBeLessThanOrEqual(150);
    expect(calls.env.ss.apiBatches.length).toBeGreaterThan(0);
  });

  it('the bench prints one line per command in a fixed form', () => {
    expect(CLI_TEXT.bench.serviceCalls('report', calls.report)).toBe(`apps-script report: ${calls.report} service calls`);
    expect(calls.layout).toBeGreaterThan(0);
    expect(calls.check).toBeGreaterThan(0);
  });
});

describe('service calls of Tổng hợp', () => {
  it('300 communes take at most 360 (issue 23: at most 400; 548, then 397 with the charts drawn by builders): one read per commune, the rest constant', () => {
    const few = districtServiceCalls(30).calls;
    const { calls: many, env } = districtServiceCalls(300);
    expect(many).toBeLessThanOrEqual(360);
    expect(many - few).toBe(300 - 30);
    // The layout's batchUpdate, then the charts' own (a refused chart never costs the tables): no builder.
    expect(env.log.count('Sheets', 'Spreadsheets.batchUpdate')).toBe(2);
    expect(env.ss.apiBatches[0]?.filter((r) => r.addChart)).toEqual([]);
    expect(env.ss.apiBatches[1]?.filter((r) => r.addChart)).toHaveLength(env.ss.sheet(AGGREGATE_TEXT.groupingSheet).charts.length);
    expect(env.log.calls.filter((c) => c.method.startsWith('EmbeddedChart'))).toEqual([]);
  });
});

describe('service calls of Báo cáo tổng hợp', () => {
  it('60 whatever the number of communes: 59 without last year’s spreadsheet, and its one Sheets API read with it', () => {
    const alone = districtReportServiceCalls(30, 0);
    const few = districtReportServiceCalls(30, 3);
    const many = districtReportServiceCalls(300, 30);
    expect(alone.calls).toBe(59);
    expect(alone.lastYearCalls).toBe(0);
    for (const r of [few, many]) {
      expect(r.calls).toBe(alone.calls);
      expect(r.lastYearCalls).toBe(1);
    }
    // Last year's spreadsheet is read whole in one call, whatever its communes.
    expect(many.calls + many.lastYearCalls).toBeLessThanOrEqual(60);
  }, 60_000);
});
