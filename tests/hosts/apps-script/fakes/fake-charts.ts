// Charts on a fake sheet as the Sheets API adds them (AddChartRequest) and as Apps Script lists them (EmbeddedChart): every request checked as the API checks it, every call recorded.
import type { GasChart } from '../../../../src/hosts/apps-script/gas-types';
import type { CallLog } from './call-log';

type ChartSpec = GoogleAppsScript.Sheets.Schema.ChartSpec;
type GridCoordinate = GoogleAppsScript.Sheets.Schema.GridCoordinate;

/** A chart as a sheet holds it: the API's EmbeddedChart (its id, spec and anchor cell). */
export class FakeChart implements GasChart {
  constructor(
    private readonly log: CallLog,
    readonly chartId: number,
    readonly spec: ChartSpec,
    readonly anchor: Required<GridCoordinate>,
  ) {}
  /** ChartSpec.title ("The title of the chart"). */
  get title(): string {
    return this.spec.title ?? '';
  }
  /**
   * EmbeddedChart.getOptions(): "Returns the options for this chart, such as height, colors, and axes"; ChartOptions.get(option)
   * gives "The value currently set for the specified option or null if the option was not set"
   * (https://developers.google.com/apps-script/reference/charts/chart-options#get(String)). The fake models the one option
   * read here, the title (the ChartSpec.title the API set); any other answers null.
   */
  getOptions(): { get(option: string): unknown } {
    this.log.record('SpreadsheetApp', 'EmbeddedChart.getOptions');
    return { get: (option: string) => (option === 'title' ? (this.spec.title ?? null) : null) };
  }
  /** EmbeddedChart.getChartId(): "a stable identifier for the chart that is unique across the spreadsheet" (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getChartId()), the API's EmbeddedChart.chartId. */
  getChartId(): number | null {
    this.log.record('SpreadsheetApp', 'EmbeddedChart.getChartId');
    return this.chartId;
  }
  /**
   * EmbeddedChart.getAs(contentType): "Return the data inside this object as a blob converted to the specified content type"
   * (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getAs(String)); the fake's bytes
   * name the chart, enough for a test to see which chart became which image.
   */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.log.record('SpreadsheetApp', 'EmbeddedChart.getAs');
    if (contentType !== 'image/png') throw new Error(`Exception: Converting from chart to ${contentType} is not supported.`);
    return { contentType, name: this.title, bytes: `PNG:${this.title}` } as unknown as GoogleAppsScript.Base.Blob;
  }
}

/**
 * The kinds a Request may hold ("Union field kind can be only one of the following",
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#Request). A name outside this list is
 * refused as the API refuses an unknown field ("Invalid JSON payload received. Unknown name … Cannot find field.");
 * one inside it that the fake does not model is refused with the fake's own words, never taken as done.
 */
export const REQUEST_KINDS: ReadonlySet<string> = new Set([
  'updateSpreadsheetProperties', 'updateSheetProperties', 'updateDimensionProperties', 'updateNamedRange', 'repeatCell', 'addNamedRange',
  'deleteNamedRange', 'addSheet', 'deleteSheet', 'autoFill', 'cutPaste', 'copyPaste', 'mergeCells', 'unmergeCells', 'updateBorders', 'updateCells',
  'addFilterView', 'appendCells', 'clearBasicFilter', 'deleteDimension', 'deleteEmbeddedObject', 'deleteFilterView', 'duplicateFilterView',
  'duplicateSheet', 'findReplace', 'insertDimension', 'insertRange', 'moveDimension', 'updateEmbeddedObjectPosition', 'pasteData', 'textToColumns',
  'updateFilterView', 'deleteRange', 'appendDimension', 'addConditionalFormatRule', 'updateConditionalFormatRule', 'deleteConditionalFormatRule',
  'sortRange', 'setDataValidation', 'setBasicFilter', 'addProtectedRange', 'updateProtectedRange', 'deleteProtectedRange', 'autoResizeDimensions',
  'addChart', 'updateChartSpec', 'updateBanding', 'addBanding', 'deleteBanding', 'createDeveloperMetadata', 'updateDeveloperMetadata',
  'deleteDeveloperMetadata', 'randomizeRange', 'addDimensionGroup', 'deleteDimensionGroup', 'updateDimensionGroup', 'trimWhitespace',
  'deleteDuplicates', 'updateEmbeddedObjectBorder', 'addSlicer', 'updateSlicerSpec', 'addDataSource', 'updateDataSource', 'deleteDataSource',
  'refreshDataSource', 'cancelDataSourceRefresh', 'addTable', 'updateTable', 'deleteTable',
]);

/**
 * The fields of each chart object, as the reference lists them
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/charts, …/request#AddChartRequest,
 * …/other#GridRange, …/other#Color, …/other#ColorStyle, …/sheets#EmbeddedObjectPosition, …/sheets#OverlayPosition,
 * …/sheets#GridCoordinate): a field not listed is refused as the API refuses an unknown name.
 */
const FIELDS = {
  AddChartRequest: ['chart'],
  DeleteEmbeddedObjectRequest: ['objectId'],
  EmbeddedChart: ['chartId', 'spec', 'position', 'border'],
  ChartSpec: [
    'title', 'altText', 'titleTextFormat', 'titleTextPosition', 'subtitle', 'subtitleTextFormat', 'subtitleTextPosition', 'fontName', 'maximized',
    'backgroundColor', 'backgroundColorStyle', 'dataSourceChartProperties', 'filterSpecs', 'sortSpecs', 'hiddenDimensionStrategy', 'basicChart',
    'pieChart', 'bubbleChart', 'candlestickChart', 'orgChart', 'histogramChart', 'waterfallChart', 'treemapChart', 'scorecardChart',
  ],
  BasicChartSpec: [
    'chartType', 'legendPosition', 'axis', 'domains', 'series', 'headerCount', 'threeDimensional', 'interpolateNulls', 'stackedType', 'lineSmoothing',
    'compareMode', 'totalDataLabel',
  ],
  BasicChartAxis: ['position', 'title', 'format', 'titleTextPosition', 'viewWindowOptions'],
  ChartAxisViewWindowOptions: ['viewWindowMin', 'viewWindowMax', 'viewWindowMode'],
  BasicChartDomain: ['domain', 'reversed'],
  BasicChartSeries: ['series', 'targetAxis', 'type', 'lineStyle', 'dataLabel', 'color', 'colorStyle', 'pointStyle', 'styleOverrides'],
  ChartData: ['sourceRange', 'columnReference', 'groupRule', 'aggregateType'],
  ChartSourceRange: ['sources'],
  GridRange: ['sheetId', 'startRowIndex', 'endRowIndex', 'startColumnIndex', 'endColumnIndex'],
  LineStyle: ['width', 'type'],
  ColorStyle: ['rgbColor', 'themeColor'],
  Color: ['red', 'green', 'blue', 'alpha'],
  EmbeddedObjectPosition: ['sheetId', 'overlayPosition', 'newSheet'],
  OverlayPosition: ['anchorCell', 'offsetXPixels', 'offsetYPixels', 'widthPixels', 'heightPixels'],
  GridCoordinate: ['sheetId', 'rowIndex', 'columnIndex'],
} as const satisfies Record<string, readonly string[]>;

/** The enums the fake checks (BasicChartType, BasicChartLegendPosition, BasicChartAxisPosition, ViewWindowMode, LineDashType: charts page). */
const CHART_TYPES = ['BAR', 'LINE', 'AREA', 'COLUMN', 'SCATTER', 'COMBO', 'STEPPED_AREA'];
const LEGEND_POSITIONS = ['BOTTOM_LEGEND', 'LEFT_LEGEND', 'RIGHT_LEGEND', 'TOP_LEGEND', 'NO_LEGEND'];
const AXIS_POSITIONS = ['BOTTOM_AXIS', 'LEFT_AXIS', 'RIGHT_AXIS'];
const VIEW_WINDOW_MODES = ['DEFAULT_VIEW_WINDOW_MODE', 'EXPLICIT', 'PRETTY'];
const LINE_DASH_TYPES = ['INVISIBLE', 'CUSTOM', 'SOLID', 'DOTTED', 'MEDIUM_DASHED', 'MEDIUM_DASHED_DOTTED', 'LONG_DASHED', 'LONG_DASHED_DOTTED'];

/** Refuses a field the object's type does not have, as the API does ("Unknown name … Cannot find field."). */
export function knownFields(value: unknown, type: keyof typeof FIELDS, at: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`Invalid value at '${at}': ${type} must be an object`);
  const allowed: readonly string[] = FIELDS[type];
  for (const name of Object.keys(value)) {
    if (!allowed.includes(name)) throw new Error(`Invalid JSON payload received. Unknown name "${name}" at '${at}': Cannot find field.`);
  }
  return value as Record<string, unknown>;
}

const oneOf = (value: unknown, allowed: readonly string[], what: string): void => {
  if (typeof value !== 'string' || !allowed.includes(value)) throw new Error(`Invalid value for ${what}: ${String(value)}`);
};

/** A sheet's grid as the API bounds ranges by it (SheetProperties.gridProperties rowCount × columnCount). */
export interface GridSize {
  readonly rows: number;
  readonly columns: number;
  readonly title: string;
}

/** A bounded GridRange on a sheet that exists, inside its grid ("Range (…) exceeds grid limits. Max rows: 1000, max columns: 26"). */
function checkRange(g: Record<string, unknown>, at: string, gridOf: (sheetId: number) => GridSize | null): { rows: number; columns: number } {
  const grid = gridOf(Number(g.sheetId ?? 0));
  if (!grid) throw new Error(`No grid with id: ${String(g.sheetId ?? 0)}`);
  const [r0, r1, c0, c1] = [g.startRowIndex, g.endRowIndex, g.startColumnIndex, g.endColumnIndex].map((x) => (typeof x === 'number' ? x : null));
  // The fake takes only bounded ranges for a chart's data (the cautious case: an open range's length is the grid's).
  if (r0 === null || r1 === null || c0 === null || c1 === null || r0 === undefined || r1 === undefined || c0 === undefined || c1 === undefined) {
    throw new Error(`${at}: the fake takes a chart's source ranges bounded on every side`);
  }
  if (r0 < 0 || c0 < 0 || r1 <= r0 || c1 <= c0) throw new Error(`${at}: empty or negative range`);
  if (r1 > grid.rows || c1 > grid.columns) throw new Error(`Range ('${grid.title}'!R${r0 + 1}C${c0 + 1}:R${r1}C${c1}) exceeds grid limits. Max rows: ${grid.rows}, max columns: ${grid.columns}`);
  return { rows: r1 - r0, columns: c1 - c0 };
}

/** ChartData of a sheet's cells: sourceRange.sources, each a line ("Exactly one dimension must have a length of 1"), all along the same dimension. */
function checkData(data: unknown, at: string, gridOf: (sheetId: number) => GridSize | null): number {
  const d = knownFields(data, 'ChartData', at);
  if (d.sourceRange === undefined) throw new Error(`${at}: the fake takes a sheet's cells (sourceRange) only`);
  const sources = knownFields(d.sourceRange, 'ChartSourceRange', `${at}.source_range`).sources;
  if (!Array.isArray(sources) || sources.length === 0) throw new Error(`${at}.source_range: sources is required`);
  let along: 'rows' | 'columns' | null = null;
  sources.forEach((g, i) => {
    const size = checkRange(knownFields(g, 'GridRange', `${at}.source_range.sources[${i}]`), `${at}.source_range.sources[${i}]`, gridOf);
    if ((size.rows === 1) === (size.columns === 1)) throw new Error(`${at}: exactly one dimension of a source must have a length of 1`);
    const dim = size.columns === 1 ? 'columns' : 'rows';
    if (along !== null && along !== dim) throw new Error(`${at}: all sources must have the same dimension with length 1`);
    along = dim;
  });
  return sources.length;
}

function checkColor(value: unknown, type: 'Color' | 'ColorStyle', at: string): void {
  const c = knownFields(value, type, at);
  if (type === 'ColorStyle') {
    if ((c.rgbColor === undefined) === (c.themeColor === undefined)) throw new Error(`${at}: exactly one of rgbColor or themeColor`);
    if (c.rgbColor !== undefined) checkColor(c.rgbColor, 'Color', `${at}.rgb_color`);
    return;
  }
  for (const ch of ['red', 'green', 'blue', 'alpha']) {
    const x = c[ch];
    if (x !== undefined && (typeof x !== 'number' || x < 0 || x > 1)) throw new Error(`${at}.${ch}: a channel is a number in [0, 1]`);
  }
}

/**
 * AddChartRequest (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#AddChartRequest) as the
 * API takes it, for what the fake models (a basic chart overlaid on a sheet); returns the chart's id and anchor.
 * - `chart` with its `spec` and `position`: the fake takes none missing (the cautious case). "The chartId field is
 *   optional; if one is not set, an id will be randomly generated. (It is an error to specify the ID of an embedded
 *   object that already exists.)"
 * - EmbeddedObjectPosition (…/sheets#EmbeddedObjectPosition): one of sheetId, overlayPosition, newSheet; the fake models
 *   overlayPosition, whose anchorCell ("The cell the object is anchored to", …/sheets#OverlayPosition) must lie on a sheet
 *   that exists and inside its grid.
 * - ChartSpec (…/charts#ChartSpec): one chart kind ("Union field chart can be only one of the following"); the fake
 *   models basicChart. BasicChartSpec (…/charts#BasicChartSpec): chartType a BasicChartType; "Only a single domain is
 *   supported"; the domain and every series "must have the same number of source ranges"; an axis per position at most
 *   ("A chart may not have more than one axis per axis position"); legendPosition a BasicChartLegendPosition; headerCount
 *   not negative.
 * - BasicChartSeries (…/charts#BasicChartSeries): its data required; `type` "Valid only if the chartType is COMBO …
 *   Only LINE, AREA, and COLUMN are supported"; `lineStyle` "Valid only if the chartType is AREA, LINE, or SCATTER. COMBO
 *   charts are also supported if the series chart type is AREA or LINE"; targetAxis a "valid minor axis for the chart's
 *   type" ("It is an error to specify an axis that isn't"): LEFT_AXIS or RIGHT_AXIS but for a BAR chart, BOTTOM_AXIS there.
 * - ChartAxisViewWindowOptions (…/charts#ChartAxisViewWindowOptions): viewWindowMode a ViewWindowMode
 *   (VIEW_WINDOW_MODE_UNSUPPORTED is "Do not use"); the fake refuses a minimum above the maximum.
 */
export function checkAddChart(
  request: unknown,
  gridOf: (sheetId: number) => GridSize | null,
  idTaken: (id: number) => boolean,
): { chartId: number | null; spec: ChartSpec; anchor: Required<GridCoordinate> } {
  const at = 'requests.add_chart';
  const req = knownFields(request, 'AddChartRequest', at);
  if (req.chart === undefined) throw new Error(`${at}: chart is required`);
  const chart = knownFields(req.chart, 'EmbeddedChart', `${at}.chart`);
  if (chart.spec === undefined) throw new Error(`${at}.chart: spec is required`);
  if (chart.position === undefined) throw new Error(`${at}.chart: position is required`);
  const chartId = typeof chart.chartId === 'number' ? chart.chartId : null;
  if (chartId !== null && idTaken(chartId)) throw new Error(`An embedded object with id ${chartId} already exists.`);

  const position = knownFields(chart.position, 'EmbeddedObjectPosition', `${at}.chart.position`);
  if ([position.sheetId, position.overlayPosition, position.newSheet].filter((x) => x !== undefined).length !== 1) {
    throw new Error(`${at}.chart.position: exactly one of sheetId, overlayPosition or newSheet`);
  }
  if (position.overlayPosition === undefined) throw new Error(`${at}.chart.position: the fake models overlayPosition only`);
  const overlay = knownFields(position.overlayPosition, 'OverlayPosition', `${at}.chart.position.overlay_position`);
  if (overlay.anchorCell === undefined) throw new Error(`${at}.chart.position.overlay_position: anchorCell is required`);
  const cell = knownFields(overlay.anchorCell, 'GridCoordinate', `${at}.chart.position.overlay_position.anchor_cell`);
  const anchor = { sheetId: Number(cell.sheetId ?? 0), rowIndex: Number(cell.rowIndex ?? 0), columnIndex: Number(cell.columnIndex ?? 0) };
  const grid = gridOf(anchor.sheetId);
  if (!grid) throw new Error(`No grid with id: ${anchor.sheetId}`);
  if (anchor.rowIndex < 0 || anchor.columnIndex < 0 || anchor.rowIndex >= grid.rows || anchor.columnIndex >= grid.columns) {
    throw new Error(`The anchor cell (${anchor.rowIndex}, ${anchor.columnIndex}) lies outside the grid of '${grid.title}' (${grid.rows} × ${grid.columns}).`);
  }

  const spec = knownFields(chart.spec, 'ChartSpec', `${at}.chart.spec`);
  const kinds = ['basicChart', 'pieChart', 'bubbleChart', 'candlestickChart', 'orgChart', 'histogramChart', 'waterfallChart', 'treemapChart', 'scorecardChart'].filter((k) => spec[k] !== undefined);
  if (kinds.length !== 1) throw new Error(`${at}.chart.spec: exactly one chart kind, not ${kinds.length}`);
  if (kinds[0] !== 'basicChart') throw new Error(`${at}.chart.spec: the fake models basicChart only`);
  if (spec.title !== undefined && typeof spec.title !== 'string') throw new Error(`${at}.chart.spec.title: a string`);
  const basic = knownFields(spec.basicChart, 'BasicChartSpec', `${at}.chart.spec.basic_chart`);
  oneOf(basic.chartType, CHART_TYPES, 'chartType');
  if (basic.legendPosition !== undefined) oneOf(basic.legendPosition, LEGEND_POSITIONS, 'legendPosition');
  if (basic.headerCount !== undefined && (!Number.isInteger(basic.headerCount) || Number(basic.headerCount) < 0)) throw new Error('headerCount: a whole number, not negative');

  const axes = (basic.axis ?? []) as unknown[];
  const positions = new Set<string>();
  axes.forEach((a, i) => {
    const axis = knownFields(a, 'BasicChartAxis', `${at}.chart.spec.basic_chart.axis[${i}]`);
    oneOf(axis.position, AXIS_POSITIONS, `axis[${i}].position`);
    if (positions.has(String(axis.position))) throw new Error(`A chart may not have more than one axis per axis position (${String(axis.position)}).`);
    positions.add(String(axis.position));
    if (axis.viewWindowOptions !== undefined) {
      const w = knownFields(axis.viewWindowOptions, 'ChartAxisViewWindowOptions', `${at}.chart.spec.basic_chart.axis[${i}].view_window_options`);
      if (w.viewWindowMode !== undefined) oneOf(w.viewWindowMode, VIEW_WINDOW_MODES, 'viewWindowMode');
      if (typeof w.viewWindowMin === 'number' && typeof w.viewWindowMax === 'number' && w.viewWindowMin > w.viewWindowMax) throw new Error('viewWindowMin is above viewWindowMax');
    }
  });

  const domains = (basic.domains ?? []) as unknown[];
  if (domains.length > 1) throw new Error('Only a single domain is supported.');
  const counts: number[] = [];
  domains.forEach((d, i) => {
    const domain = knownFields(d, 'BasicChartDomain', `${at}.chart.spec.basic_chart.domains[${i}]`);
    if (domain.domain === undefined) throw new Error(`domains[${i}]: domain is required`);
    counts.push(checkData(domain.domain, `${at}.chart.spec.basic_chart.domains[${i}].domain`, gridOf));
  });
  const series = (basic.series ?? []) as unknown[];
  if (series.length === 0) throw new Error(`${at}.chart.spec.basic_chart: a chart needs at least one series`);
  const combo = basic.chartType === 'COMBO';
  const minorAxes = basic.chartType === 'BAR' ? ['BOTTOM_AXIS'] : ['LEFT_AXIS', 'RIGHT_AXIS'];
  series.forEach((x, i) => {
    const path = `${at}.chart.spec.basic_chart.series[${i}]`;
    const s = knownFields(x, 'BasicChartSeries', path);
    if (s.series === undefined) throw new Error(`${path}: series is required`);
    counts.push(checkData(s.series, `${path}.series`, gridOf));
    if (s.type !== undefined) {
      if (!combo) throw new Error(`${path}.type: valid only if the chartType is COMBO`);
      oneOf(s.type, ['LINE', 'AREA', 'COLUMN'], `series[${i}].type`);
    }
    if (s.targetAxis !== undefined && !minorAxes.includes(String(s.targetAxis))) throw new Error(`${path}.targetAxis: ${String(s.targetAxis)} isn't a valid minor axis for ${String(basic.chartType)}`);
    if (s.lineStyle !== undefined) {
      const kind = combo ? s.type : basic.chartType;
      if (!['AREA', 'LINE', 'SCATTER'].includes(String(kind)) || (combo && kind === 'SCATTER')) throw new Error(`${path}.lineStyle: not valid for a ${String(kind)} series`);
      const line = knownFields(s.lineStyle, 'LineStyle', `${path}.line_style`);
      if (line.type !== undefined) oneOf(line.type, LINE_DASH_TYPES, `series[${i}].lineStyle.type`);
      if (line.width !== undefined && (!Number.isInteger(line.width) || Number(line.width) < 0)) throw new Error(`${path}.lineStyle.width: a whole number of pixels`);
    }
    if (s.colorStyle !== undefined) checkColor(s.colorStyle, 'ColorStyle', `${path}.color_style`);
    if (s.color !== undefined) checkColor(s.color, 'Color', `${path}.color`);
  });
  if (new Set(counts).size > 1) throw new Error('The domain (if it exists) & all series must have the same number of source ranges.');
  return { chartId, spec: chart.spec as ChartSpec, anchor };
}
