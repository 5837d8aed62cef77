// CCHC › Tổng hợp draws the key ratios' native charts (EmbeddedChart) beside its tables: a constant number of chart calls, whatever the number of communes.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { AGGREGATE_TEXT } from '../../../src/core/i18n/messages';
import { consolidateCommand, districtReportCommand } from '../../../src/hosts/apps-script/district-commands';
import { chartDataGrid } from '../../../src/hosts/apps-script/district-charts';
import { chartDistrict } from '../../fixtures/chart-communes';
import { district } from './district-compare';

import type { FakeEnv } from './fakes/fake-env';
import { FakeParagraph } from './fakes/fake-document';

const chartCalls = (env: FakeEnv): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const c of env.log.calls) if (/^(EmbeddedChart|Sheet\.(newChart|insertChart|getCharts|removeChart))/.test(c.method)) out[c.method] = (out[c.method] ?? 0) + 1;
  return out;
};

function runOver(n: number): FakeEnv {
  const env = district(n);
  consolidateCommand(env, { now: env.clock.now });
  return env;
}

describe('Tổng hợp’s charts (Google Sheets)', () => {
  it('draws one combo chart per key ratio right of the tables, titled with its caption, from the numbers written beside it', () => {
    const env = runOver(5);
    const sheet = env.ss.sheet(AGGREGATE_TEXT.groupingSheet);
    expect(sheet.charts).toHaveLength(BUILTIN_CATALOGUE.keyRatios.length);
    expect(sheet.charts.map((c) => String(c.options.title))).toEqual(
      BUILTIN_CATALOGUE.keyRatios.map((k, i) => `Biểu đồ ${i + 1}. ${BUILTIN_CATALOGUE.row(k.form, k.key)?.keyRatioName} của các xã`),
    );
    for (const c of sheet.charts) {
      expect(c.type).toBe('combo');
      expect(c.position?.row).toBeGreaterThanOrEqual(1);
    }
    // The first chart's numbers: the header, then each commune (lowest first) with the area's ratio beside it.
    const range = sheet.charts[0]?.ranges[0] as unknown as { row: number; col: number; rows: number; cols: number };
    // Five listed: the unshared one and the one of another period are left out (district-compare), three drawn.
    expect(range.rows).toBe(3 + 1);
    const values = sheet.computedValues();
    const header = values[range.row - 1]?.slice(range.col - 1, range.col + 2);
    expect(header).toEqual(['Đơn vị', 'Tỷ lệ (%)', 'Tỷ lệ chung của địa bàn']);
    // Right of every table cell of the plan.
    const used = Math.max(...values.map((row) => row.slice(0, range.col - 2).length));
    expect(range.col).toBeGreaterThan(used - 1);
  });

  it('a second run replaces the charts, never adds to them', () => {
    const env = runOver(3);
    consolidateCommand(env, { now: env.clock.now });
    expect(env.ss.sheet(AGGREGATE_TEXT.groupingSheet).charts).toHaveLength(BUILTIN_CATALOGUE.keyRatios.length);
  });

  it('makes as many chart calls for 40 communes as for 4', () => {
    const few = chartCalls(runOver(4));
    const many = chartCalls(runOver(40));
    expect(many).toEqual(few);
    expect(few['Sheet.insertChart']).toBe(BUILTIN_CATALOGUE.keyRatios.length);
    expect(few['Sheet.newChart']).toBe(BUILTIN_CATALOGUE.keyRatios.length);
  });

  it('the Google Doc report holds each chart as the native chart’s picture, its caption under it, before the appendix', () => {
    const env = runOver(5);
    const calls = env.log.calls.length;
    districtReportCommand(env, () => new Date(Date.UTC(2026, 6, 10, 3, 0)));
    const report = env.log.calls.slice(calls);
    expect(report.filter((c) => c.method === 'EmbeddedChart.getAs')).toHaveLength(BUILTIN_CATALOGUE.keyRatios.length);
    const paras = (env.documents.docs[0]?.body.children ?? []).filter((c): c is FakeParagraph => c instanceof FakeParagraph);
    const withImage = paras.flatMap((p, i) => (p.images.length > 0 ? [i] : []));
    const captions = env.ss.sheet(AGGREGATE_TEXT.groupingSheet).charts.map((c) => String(c.options.title));
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

  it('leaves a chart out of the Doc when its native chart was deleted by hand, never prints a caption without its picture', () => {
    const env = runOver(3);
    const sheet = env.ss.sheet(AGGREGATE_TEXT.groupingSheet);
    const gone = sheet.charts[1];
    if (gone) sheet.removeChart(gone);
    districtReportCommand(env, () => new Date(Date.UTC(2026, 6, 10, 3, 0)));
    const paras = (env.documents.docs[0]?.body.children ?? []).filter((c): c is FakeParagraph => c instanceof FakeParagraph);
    expect(paras.filter((p) => p.images.length > 0)).toHaveLength(BUILTIN_CATALOGUE.keyRatios.length - 1);
    expect(paras.some((p) => p.text === String(gone?.options.title))).toBe(false);
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
