// Tổng hợp's native charts: one EmbeddedChart per key ratio beside the tables, their numbers written in one setValues; a constant number of calls however many communes.
import type { ChartModel } from '../../core/report/charts/chart-model';
import { CHART_COLOURS } from '../../core/report/charts/chart-svg';
import { CHART_TEXT } from '../../core/i18n/charts';
import type { GasSheet } from './gas-types';

/** Rows kept for a chart on the sheet (the chart keeps Sheets' default size: no width or height option, two calls fewer a chart), and the gap to the next. */
const CHART_ROWS = 20;
const CHART_GAP = 2;
/** Columns of a chart's numbers: the commune, its ratio, the area's ratio (drawn as a line). */
const DATA_COLUMNS = 3;

/** The charts' numbers as one grid: a block per chart (a header row, a row per bar), a blank row between blocks. */
export function chartDataGrid(charts: readonly ChartModel[]): { readonly grid: (string | number)[][]; readonly starts: readonly number[] } {
  const grid: (string | number)[][] = [];
  const starts: number[] = [];
  charts.forEach((chart, i) => {
    if (i > 0) grid.push(['', '', '']);
    starts.push(grid.length);
    grid.push([CHART_TEXT.tableHeader[0], CHART_TEXT.tableHeader[1], CHART_TEXT.tableReference]);
    for (const b of chart.bars) grid.push([b.label, b.value, chart.reference?.value ?? '']);
  });
  return { grid, starts };
}

/**
 * Draws `charts` on `sheet` from column `firstColumn` (1-based, right of the tables): the old charts removed, the numbers
 * written in one range, then per chart one builder (combo: the communes' bars, the area's ratio as a line). The charts
 * of the lowest communes only: the spread of all is in the report's drawing, which Sheets has no chart for.
 */
export function drawDistrictCharts(sheet: GasSheet, charts: readonly ChartModel[], firstColumn: number): void {
  for (const old of sheet.getCharts()) sheet.removeChart(old);
  if (charts.length === 0) return;
  const { grid, starts } = chartDataGrid(charts);
  sheet.getRange(1, firstColumn, grid.length, DATA_COLUMNS).setValues(grid);
  charts.forEach((chart, i) => {
    const start = starts[i] ?? 0;
    const built = sheet
      .newChart()
      .asComboChart()
      .addRange(sheet.getRange(start + 1, firstColumn, chart.bars.length + 1, DATA_COLUMNS))
      .setPosition(1 + i * (CHART_ROWS + CHART_GAP), firstColumn + DATA_COLUMNS + 1, 0, 0)
      .setOption('title', chart.caption)
      .setOption('series', { 0: { type: 'bars', color: CHART_COLOURS.atOrAbove }, 1: { type: 'line', color: CHART_COLOURS.reference, lineDashStyle: [6, 3] } })
      .setOption('vAxis', { minValue: 0, maxValue: chart.axis.max, format: '0.#' })
      .setOption('legend', { position: 'bottom' })
      .build();
    sheet.insertChart(built);
  });
}

/**
 * The report's charts with their pictures: the native charts Tổng hợp drew, found by their title (the caption) and had as
 * PNG (EmbeddedChart.getAs). A chart whose native one is gone (deleted by hand) is left out of the report, never drawn
 * without its picture.
 */
export function chartImages(
  sheet: GasSheet | null,
  charts: readonly ChartModel[],
): { readonly charts: readonly ChartModel[]; readonly images: readonly GoogleAppsScript.Base.BlobSource[] } {
  const byTitle = new Map((sheet?.getCharts() ?? []).map((c) => [String(c.getOptions().get('title')), c] as const));
  const kept = charts.flatMap((chart) => {
    const native = byTitle.get(chart.caption);
    return native ? [{ chart, image: native.getAs('image/png') }] : [];
  });
  return { charts: kept.map((k) => k.chart), images: kept.map((k) => k.image) };
}
