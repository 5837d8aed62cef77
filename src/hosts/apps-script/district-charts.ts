// Tổng hợp's native charts: one chart per key ratio beside the tables, as Sheets API requests sent in a batchUpdate of their own after the layout's, their numbers written in one setValues; a constant number of calls however many communes.
import type { ChartModel } from '../../core/report/charts/chart-model';
import { CHART_COLOURS } from '../../core/report/charts/chart-svg';
import { CHART_TEXT } from '../../core/i18n/charts';
import { cellAddress, sheetRef } from '../../core/layout/a1';
import { colorOf } from './sheet-requests';
import type { GasChart, GasSheet, GasSpreadsheet } from './gas-types';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;

/**
 * The fields of the charts' schema the typings (an older discovery document) lack: an axis's view window
 * (BasicChartAxis.viewWindowOptions, ChartAxisViewWindowOptions) and a series' colour as a ColorStyle
 * (BasicChartSeries.colorStyle; `color` is deprecated), https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/charts#BasicChartAxis.
 */
export interface ChartAxisSpec extends GoogleAppsScript.Sheets.Schema.BasicChartAxis {
  viewWindowOptions?: { viewWindowMin?: number; viewWindowMax?: number; viewWindowMode?: string };
}
export interface ChartSeriesSpec extends GoogleAppsScript.Sheets.Schema.BasicChartSeries {
  colorStyle?: { rgbColor?: GoogleAppsScript.Sheets.Schema.Color; themeColor?: string };
}
export interface ComboChartSpec extends GoogleAppsScript.Sheets.Schema.BasicChartSpec {
  axis: ChartAxisSpec[];
  series: ChartSeriesSpec[];
}
/** Rows kept for a chart on the sheet (the chart keeps the API's default size, 600 × 371 pixels), and the gap to the next. */
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

/** One column of a chart's block, its header row included (0-based, half-open). */
function column(sheetId: number, start: number, rows: number, columnIndex: number): { sourceRange: { sources: GridRange[] } } {
  return { sourceRange: { sources: [{ sheetId, startRowIndex: start, endRowIndex: start + rows, startColumnIndex: columnIndex, endColumnIndex: columnIndex + 1 }] } };
}

/**
 * The charts as Sheets API requests (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request):
 * the sheet's old charts deleted (DeleteEmbeddedObjectRequest, by the ids the layout's read listed), then per chart one
 * AddChartRequest of a COMBO BasicChartSpec (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/charts#BasicChartSpec):
 * the communes as the domain, their ratios as COLUMN series in CHART_COLOURS.atOrAbove, the area's ratio as a dashed
 * LINE series in CHART_COLOURS.reference, the header row counted as such, the vertical axis held to 0..axis.max
 * (viewWindowMode EXPLICIT), the legend at the bottom, the title the chart's caption (which chartImages finds it by).
 * Each chart is anchored (OverlayPosition.anchorCell, 0-based) where the builder used to put it: 22 rows apart, one
 * column right of its numbers, which sit from `firstColumn` (1-based) as chartDataGrid lays them.
 */
export function chartRequests(charts: readonly ChartModel[], sheetId: number, firstColumn: number, oldChartIds: readonly number[]): Request[] {
  const requests: Request[] = oldChartIds.map((objectId) => ({ deleteEmbeddedObject: { objectId } }));
  const { starts } = chartDataGrid(charts);
  const c0 = firstColumn - 1;
  charts.forEach((chart, i) => {
    const start = starts[i] ?? 0;
    const rows = chart.bars.length + 1;
    const basicChart: ComboChartSpec = {
      chartType: 'COMBO',
      legendPosition: 'BOTTOM_LEGEND',
      headerCount: 1,
      axis: [{ position: 'LEFT_AXIS', viewWindowOptions: { viewWindowMin: 0, viewWindowMax: chart.axis.max, viewWindowMode: 'EXPLICIT' } }],
      domains: [{ domain: column(sheetId, start, rows, c0) }],
      series: [
        { series: column(sheetId, start, rows, c0 + 1), type: 'COLUMN', targetAxis: 'LEFT_AXIS', colorStyle: { rgbColor: colorOf(CHART_COLOURS.atOrAbove) } },
        {
          series: column(sheetId, start, rows, c0 + 2),
          type: 'LINE',
          targetAxis: 'LEFT_AXIS',
          colorStyle: { rgbColor: colorOf(CHART_COLOURS.reference) },
          lineStyle: { type: 'MEDIUM_DASHED', width: 2 },
        },
      ],
    };
    requests.push({
      addChart: {
        chart: {
          chartId: chartIdOf(chart.caption),
          spec: { title: chart.caption, basicChart },
          position: {
            overlayPosition: {
              anchorCell: { sheetId, rowIndex: i * (CHART_ROWS + CHART_GAP), columnIndex: c0 + DATA_COLUMNS + 1 },
              offsetXPixels: 0,
              offsetYPixels: 0,
            },
          },
        },
      },
    });
  });
  return requests;
}

/**
 * The charts' numbers in one setValues on the range the spreadsheet gives by its A1 notation with the sheet's name
 * (Spreadsheet.getRange(a1Notation)): two calls, whatever the charts. Nothing is written when there is no chart.
 */
export function writeChartData(ss: GasSpreadsheet, sheetName: string, charts: readonly ChartModel[], firstColumn: number): void {
  if (charts.length === 0) return;
  const { grid } = chartDataGrid(charts);
  ss.getRange(sheetRef(sheetName, `${cellAddress(1, firstColumn)}:${cellAddress(grid.length, firstColumn + DATA_COLUMNS - 1)}`)).setValues(grid);
}

/**
 * A chart's id in the spreadsheet, from its caption (FNV-1a, as a positive 31-bit integer): Tổng hợp sets it in AddChartRequest
 * ("The chartId field is optional; if one is not set, an id will be randomly generated",
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#AddChartRequest), so the report finds each
 * chart again by EmbeddedChart.getChartId(), "a stable identifier for the chart that is unique across the spreadsheet"
 * (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getChartId()), reading no option.
 */
export function chartIdOf(caption: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < caption.length; i++) {
    h ^= caption.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 1) || 1;
}

/**
 * The report's charts with their pictures: the native charts Tổng hợp drew, found by the id it gave them (chartIdOf) and had
 * as PNG (EmbeddedChart.getAs). Sheet.getCharts() "Returns an array of charts on this sheet"
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getCharts()), those added through the Sheets API
 * included. A spreadsheet whose charts an earlier version drew with the chart builder (random ids) has them found by their
 * title instead (ChartOptions.get('title'), https://developers.google.com/apps-script/reference/charts/chart-options#get(String)),
 * read only then. A chart whose native one is gone (deleted by hand) is left out of the report, never drawn without its picture.
 */
export function chartImages(
  sheet: GasSheet | null,
  charts: readonly ChartModel[],
): { readonly charts: readonly ChartModel[]; readonly images: readonly GoogleAppsScript.Base.BlobSource[] } {
  const natives = sheet?.getCharts() ?? [];
  const byId = new Map(natives.map((c) => [c.getChartId(), c] as const));
  let byTitle: Map<string, GasChart> | null = null;
  const titled = (caption: string): GasChart | undefined => {
    byTitle ??= new Map(natives.map((c) => [String(c.getOptions().get('title')), c] as const));
    return byTitle.get(caption);
  };
  const kept = charts.flatMap((chart) => {
    const native = byId.get(chartIdOf(chart.caption)) ?? titled(chart.caption);
    return native ? [{ chart, image: native.getAs('image/png') }] : [];
  });
  return { charts: kept.map((k) => k.chart), images: kept.map((k) => k.image) };
}
