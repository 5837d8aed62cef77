// CCHC › Tổng hợp draws the key ratios' native charts beside its tables as Sheets API requests in a batchUpdate of their own after the layout's, and the numbers' setValues: the same calls whatever the number of communes; a refused chart never costs the tables.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { AGGREGATE_TEXT } from '../../../src/core/i18n/messages';
import { CHART_COLOURS } from '../../../src/core/report/charts/chart-svg';
import { consolidateCommand, consolidateStatus, districtReportCommand } from '../../../src/hosts/apps-script/district-commands';
import { chartDataGrid, chartIdOf, chartRequests, type ComboChartSpec } from '../../../src/hosts/apps-script/district-charts';
import { colorOf } from '../../../src/hosts/apps-script/sheet-requests';
import { chartDistrict } from '../../fixtures/chart-communes';
import { district } from './district-compare';
import { sidebarPayload } from './sidebar-payload';

import { fakeEnv, type FakeEnv } from './fakes/fake-env';
import { FakeParagraph } from './fakes/fake-document';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;

const GROUPING = AGGREGATE_TEXT.groupingSheet;
const KEY_RATIOS = BUILTIN_CATALOGUE.keyRatios.length;

function runOver(n: number): FakeEnv {
  const env = district(n);
  consolidateCommand(env, { now: env.clock.now });
  return env;
}

/** The chart requests of every batchUpdate the run sent. */
const chartRequestsSent = (env: FakeEnv): Request[] => env.ss.apiBatches.flat().filter((r) => r.addChart || r.deleteEmbeddedObject);
const basicOf = (r: Request): ComboChartSpec => r.addChart?.chart?.spec?.basicChart as ComboChartSpec;
const sourceOf = (data: GoogleAppsScript.Sheets.Schema.ChartData | undefined): GridRange => data?.sourceRange?.sources?.[0] ?? {};

/** A source range's cells as the sheet shows them. */
function cellsOf(env: FakeEnv, g: GridRange): unknown[] {
  const values = env.ss.sheet(GROUPING).computedValues();
  const out: unknown[] = [];
  for (let r = g.startRowIndex ?? 0; r < (g.endRowIndex ?? 0); r++) for (let c = g.startColumnIndex ?? 0; c < (g.endColumnIndex ?? 0); c++) out.push(values[r]?.[c] ?? '');
  return out;
}

describe('Tổng hợp’s charts (Google Sheets)', () => {
  it('are a COMBO chart per key ratio, as the model says: bars in the blue, the area’s ratio a dashed red line, axis 0..max, legend below, titled with the caption', () => {
    const { charts } = chartDistrict(4);
    const firstColumn = 6;
    const { starts } = chartDataGrid(charts);
    const requests = chartRequests(charts, 42, firstColumn, []);
    expect(requests).toHaveLength(charts.length);
    requests.forEach((r, i) => {
      const chart = charts[i]!;
      const start = starts[i]!;
      const rows = { startRowIndex: start, endRowIndex: start + chart.bars.length + 1 };
      expect(r.addChart?.chart?.spec?.title).toBe(chart.caption);
      expect(r.addChart?.chart?.chartId).toBe(chartIdOf(chart.caption));
      expect(r.addChart?.chart?.position).toEqual({ overlayPosition: { anchorCell: { sheetId: 42, rowIndex: i * 22, columnIndex: firstColumn + 3 }, offsetXPixels: 0, offsetYPixels: 0 } });
      expect(basicOf(r)).toEqual({
        chartType: 'COMBO',
        legendPosition: 'BOTTOM_LEGEND',
        headerCount: 1,
        axis: [{ position: 'LEFT_AXIS', viewWindowOptions: { viewWindowMin: 0, viewWindowMax: chart.axis.max, viewWindowMode: 'EXPLICIT' } }],
        domains: [{ domain: { sourceRange: { sources: [{ sheetId: 42, ...rows, startColumnIndex: 5, endColumnIndex: 6 }] } } }],
        series: [
          { series: { sourceRange: { sources: [{ sheetId: 42, ...rows, startColumnIndex: 6, endColumnIndex: 7 }] } }, type: 'COLUMN', targetAxis: 'LEFT_AXIS', colorStyle: { rgbColor: colorOf(CHART_COLOURS.atOrAbove) } },
          {
            series: { sourceRange: { sources: [{ sheetId: 42, ...rows, startColumnIndex: 7, endColumnIndex: 8 }] } },
            type: 'LINE',
            targetAxis: 'LEFT_AXIS',
            colorStyle: { rgbColor: colorOf(CHART_COLOURS.reference) },
            lineStyle: { type: 'MEDIUM_DASHED', width: 2 },
          },
        ],
      });
    });
    expect(colorOf(CHART_COLOURS.atOrAbove)).toEqual({ red: 0x44 / 255, green: 0x72 / 255, blue: 0xc4 / 255 });
    // The old charts go first, by the ids the layout's read listed.
    expect(chartRequests(charts, 42, firstColumn, [7, 9]).slice(0, 3)).toEqual([{ deleteEmbeddedObject: { objectId: 7 } }, { deleteEmbeddedObject: { objectId: 9 } }, expect.objectContaining({ addChart: expect.anything() })]);
  });

  it('the fake Sheets API takes them as they are, on a sheet of its default grid', () => {
    const env = fakeEnv();
    const { charts } = chartDistrict(20);
    expect(() => env.ss.apiBatchUpdate(chartRequests(charts, 0, 6, []), env.ss.id)).not.toThrow();
    expect(env.ss.sheet('Trang tính1').charts.map((c) => c.title)).toEqual(charts.map((c) => c.caption));
  });

  it('Tổng hợp draws them in a batchUpdate after its layout’s, right of the tables, over the numbers written beside them', () => {
    const env = runOver(5);
    expect(env.log.count('Sheets', 'Spreadsheets.batchUpdate')).toBe(2);
    expect(env.ss.apiBatches[0]!.some((r) => r.addChart || r.deleteEmbeddedObject)).toBe(false);
    // The numbers are on the sheet before the charts that show them are added.
    const calls = env.log.calls.map((c) => c.method);
    expect(calls.lastIndexOf('Range.setValues')).toBeLessThan(calls.lastIndexOf('Spreadsheets.batchUpdate'));
    expect(env.log.calls.filter((c) => /^(EmbeddedChart|Sheet\.getCharts)/.test(c.method))).toEqual([]);
    const sheet = env.ss.sheet(GROUPING);
    expect(sheet.charts.map((c) => c.title)).toEqual(BUILTIN_CATALOGUE.keyRatios.map((k, i) => `Biểu đồ ${i + 1}. ${BUILTIN_CATALOGUE.row(k.form, k.key)?.keyRatioName} của các xã`));
    const added = chartRequestsSent(env).filter((r) => r.addChart);
    expect(added).toHaveLength(KEY_RATIOS);
    for (const r of added) {
      const basic = basicOf(r);
      const domain = sourceOf(basic.domains?.[0]?.domain);
      // Five listed: the unshared one and the one of another period are left out (district-compare), three drawn.
      const labels = cellsOf(env, domain);
      expect(labels[0]).toBe('Đơn vị');
      expect([...labels.slice(1)].sort()).toEqual(['xã Thử 1', 'xã Thử 4', 'xã Thử 5']);
      const [bars, line] = basic.series.map((s) => cellsOf(env, sourceOf(s.series)));
      expect(bars?.[0]).toBe('Tỷ lệ (%)');
      expect(bars?.slice(1).every((v) => typeof v === 'number')).toBe(true);
      expect(line?.[0]).toBe('Tỷ lệ chung của địa bàn');
      // Every bar's value at most the axis' top.
      expect(Math.max(...(bars?.slice(1) as number[]))).toBeLessThanOrEqual(basic.axis[0]?.viewWindowOptions?.viewWindowMax ?? -1);
      // Right of every table cell of the plan: the tables fill columns A.. of the plan, the numbers start two columns after.
      expect(r.addChart?.chart?.position?.overlayPosition?.anchorCell?.columnIndex).toBe((domain.startColumnIndex ?? 0) + 4);
    }
    const tables = sheet.computedValues().map((row) => row.slice(0, (sourceOf(basicOf(added[0]!).domains?.[0]?.domain).startColumnIndex ?? 0) - 1));
    expect(tables.flat().some((v) => v !== '')).toBe(true);
  });

  it('a second run deletes the charts of the first by their ids, in the charts’ batch, and adds them afresh', () => {
    const env = runOver(3);
    const first = env.ss.sheet(GROUPING).charts.map((c) => c.chartId);
    const firstCharts = [...env.ss.sheet(GROUPING).charts];
    expect(first).toHaveLength(KEY_RATIOS);
    const batches = env.ss.apiBatches.length;
    consolidateCommand(env, { now: env.clock.now });
    const second = env.ss.apiBatches.slice(batches);
    expect(second).toHaveLength(2);
    const charts = second[1]!;
    const deleted = charts.filter((r) => r.deleteEmbeddedObject).map((r) => r.deleteEmbeddedObject?.objectId);
    expect(deleted).toEqual(first);
    // Deleted before any is added: an added chart never meets its old self.
    expect(charts.findIndex((r) => r.addChart)).toBeGreaterThan(charts.findIndex((r) => r.deleteEmbeddedObject));
    const now = env.ss.sheet(GROUPING).charts;
    expect(now).toHaveLength(KEY_RATIOS);
    // The same captions, the same ids (chartIdOf): taken again only because the batch deleted them first (the API refuses an id in use).
    expect(now.map((c) => c.chartId)).toEqual(first);
    expect(now.some((c) => firstCharts.includes(c))).toBe(false);
  });

  it('takes as many calls and chart requests for 40 communes as for 4: the charts’ one batch and the numbers’ one write', () => {
    const few = runOver(4);
    const many = runOver(40);
    for (const env of [few, many]) {
      expect(env.log.count('Sheets', 'Spreadsheets.batchUpdate')).toBe(2);
      expect(chartRequestsSent(env).filter((r) => r.addChart)).toHaveLength(KEY_RATIOS);
    }
    // The numbers' write: Spreadsheet.getRange and setValues, next to the layout's own per sheet.
    expect(many.log.count('SpreadsheetApp', 'Range.setValues')).toBe(few.log.count('SpreadsheetApp', 'Range.setValues'));
    expect(many.log.calls.length - few.log.calls.length).toBe(40 - 4);
  });

  it('the Google Doc report holds each chart as the native chart’s picture, its caption under it, before the appendix', () => {
    const env = runOver(5);
    const calls = env.log.calls.length;
    districtReportCommand(env, () => new Date(Date.UTC(2026, 6, 10, 3, 0)));
    const report = env.log.calls.slice(calls);
    expect(report.filter((c) => c.method === 'Sheet.getCharts')).toHaveLength(1);
    expect(report.filter((c) => c.method === 'EmbeddedChart.getAs')).toHaveLength(KEY_RATIOS);
    const paras = (env.documents.docs[0]?.body.children ?? []).filter((c): c is FakeParagraph => c instanceof FakeParagraph);
    const withImage = paras.flatMap((p, i) => (p.images.length > 0 ? [i] : []));
    const captions = env.ss.sheet(GROUPING).charts.map((c) => c.title);
    expect(withImage).toHaveLength(captions.length);
    withImage.forEach((at, k) => {
      expect(paras[at]?.text).toBe('');
      expect((paras[at]?.images[0] as unknown as { bytes: string }).bytes).toBe(`PNG:${captions[k]}`);
      expect(paras[at + 1]?.text).toBe(captions[k]);
    });
    const appendix = paras.findIndex((p) => p.text === 'PHỤ LỤC');
    expect(Math.max(...withImage)).toBeLessThan(appendix);
    // Styled as written: the Docs API's indexes count each image (the batch would fail otherwise).
    expect(paras[(withImage[0] ?? 0) + 1]?.italic.every(Boolean)).toBe(true);
  });

  it('finds the charts of a second run too, and leaves a chart out of the Doc when its native chart was deleted by hand, never prints a caption without its picture', () => {
    const env = runOver(3);
    consolidateCommand(env, { now: env.clock.now });
    const sheet = env.ss.sheet(GROUPING);
    const gone = sheet.charts[1];
    if (gone) sheet.deleteChartByHand(gone);
    districtReportCommand(env, () => new Date(Date.UTC(2026, 6, 10, 3, 0)));
    const paras = (env.documents.docs[0]?.body.children ?? []).filter((c): c is FakeParagraph => c instanceof FakeParagraph);
    expect(paras.filter((p) => p.images.length > 0)).toHaveLength(KEY_RATIOS - 1);
    expect(paras.some((p) => p.text === gone?.title)).toBe(false);
  });

  it('gives each chart an id of its caption, distinct, positive and 31-bit, and the report finds the charts by it without reading their options', () => {
    const { charts } = chartDistrict(4);
    const ids = charts.map((c) => chartIdOf(c.caption));
    expect(new Set(ids).size).toBe(charts.length);
    expect(ids.every((id) => Number.isInteger(id) && id > 0 && id < 2 ** 31)).toBe(true);
    expect(chartIdOf('Biểu đồ')).toBe(chartIdOf('Biểu đồ'));
    expect(chartIdOf('Biểu đồ')).not.toBe(chartIdOf('Biểu đồ '));
    const env = runOver(3);
    expect(env.ss.sheet(GROUPING).charts.map((c) => c.chartId)).toEqual(env.ss.sheet(GROUPING).charts.map((c) => chartIdOf(c.title)));
    const calls = env.log.calls.length;
    districtReportCommand(env, () => new Date(Date.UTC(2026, 6, 10, 3, 0)));
    const report = env.log.calls.slice(calls);
    expect(report.filter((c) => c.method === 'EmbeddedChart.getChartId')).toHaveLength(KEY_RATIOS);
    expect(report.filter((c) => c.method === 'EmbeddedChart.getOptions')).toHaveLength(0);
  });

  it('finds by their title the charts an earlier version drew with random ids', () => {
    const env = runOver(3);
    const sheet = env.ss.sheet(GROUPING);
    const sheetId = sheet.getSheetId();
    // The same charts again under ids the API chose (no chartId in the request), as the chart builder left them.
    const again = sheet.charts.map((c) => ({ addChart: { chart: { spec: c.spec, position: { overlayPosition: { anchorCell: { ...c.anchor, sheetId } } } } } }));
    const old = sheet.charts.map((c) => ({ deleteEmbeddedObject: { objectId: c.chartId } }));
    env.Sheets.Spreadsheets.batchUpdate({ requests: [...old, ...again] }, env.ss.id);
    expect(sheet.charts.some((c) => c.chartId === chartIdOf(c.title))).toBe(false);
    districtReportCommand(env, () => new Date(Date.UTC(2026, 6, 10, 3, 0)));
    const paras = (env.documents.docs[0]?.body.children ?? []).filter((c): c is FakeParagraph => c instanceof FakeParagraph);
    expect(paras.filter((p) => p.images.length > 0)).toHaveLength(KEY_RATIOS);
  });

  // Nothing here has met the real Sheets API: a chart request it refuses (the whole batch then fails, "nothing is applied")
  // must cost the charts alone — the tables written, the user told in Vietnamese, the report without charts.
  it('when Sheets refuses the charts, the tables are written all the same, the sidebar says so, and the report leaves the charts out', () => {
    const env = district(5);
    const batchUpdate = env.Sheets.Spreadsheets.batchUpdate.bind(env.Sheets.Spreadsheets);
    env.Sheets.Spreadsheets.batchUpdate = (resource, id) => {
      const at = (resource.requests ?? []).findIndex((r) => r.addChart);
      if (at >= 0) throw new Error(`API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[${at}].addChart: Invalid chart spec.`);
      return batchUpdate(resource, id);
    };
    consolidateCommand(env, { now: env.clock.now });
    const sheet = env.ss.sheet(GROUPING);
    expect(sheet.charts).toEqual([]);
    // The tables and TH Biểu mẫu sheets as a run whose charts were drawn leaves them.
    const drawn = runOver(5);
    expect(sheet.computedValues()).toEqual(drawn.ss.sheet(GROUPING).computedValues());
    const done = sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());
    expect(done.lead).toBe(sidebarPayload(drawn.app.ui.sidebars.at(-1)!.getContent()).lead);
    expect(done.summary).toContain('Các bảng đã ghi đủ, nhưng Google Trang tính không vẽ được biểu đồ ở trang Tổng hợp (Invalid requests[0].addChart: Invalid chart spec.)');
    // The sidebar's poll reads the same from the stored run.
    expect(consolidateStatus(env).summary).toBe(done.summary);
    districtReportCommand(env, () => new Date(Date.UTC(2026, 6, 10, 3, 0)));
    const paras = (env.documents.docs[0]?.body.children ?? []).filter((c): c is FakeParagraph => c instanceof FakeParagraph);
    expect(paras.filter((p) => p.images.length > 0)).toEqual([]);
    expect(paras.some((p) => p.text.startsWith('Biểu đồ 1.'))).toBe(false);
    // Drawn again by the next run, and the note gone with it.
    env.Sheets.Spreadsheets.batchUpdate = batchUpdate;
    consolidateCommand(env, { now: env.clock.now });
    expect(sheet.charts).toHaveLength(KEY_RATIOS);
    expect(consolidateStatus(env).summary ?? '').not.toContain('biểu đồ');
  });

  it('lays the numbers out block by block, a blank row between charts', () => {
    const { charts } = chartDistrict(4);
    const { grid, starts } = chartDataGrid(charts);
    expect(starts[1]).toBe((charts[0]?.bars.length ?? 0) + 2);
    expect(grid[starts[0] ?? 0]).toEqual(['Đơn vị', 'Tỷ lệ (%)', 'Tỷ lệ chung của địa bàn']);
    expect(grid[1]).toEqual([charts[0]?.bars[0]?.label, charts[0]?.bars[0]?.value, charts[0]?.reference?.value]);
    expect(grid.every((r) => r.length === 3)).toBe(true);
  });
});
