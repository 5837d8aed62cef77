// EmbeddedChart and its builder on a fake sheet: every call recorded, what the real builder refuses refused.
import type { GasChart, GasChartBuilder, GasRange } from '../../../../src/hosts/apps-script/gas-types';
import type { CallLog } from './call-log';

/** A chart as a sheet holds it once inserted: its kind, ranges, anchor cell and options. */
export class FakeChart implements GasChart {
  constructor(
    private readonly log: CallLog,
    readonly type: 'default' | 'combo',
    readonly ranges: readonly GasRange[],
    readonly position: { readonly row: number; readonly column: number } | null,
    readonly options: Readonly<Record<string, unknown>>,
  ) {}
  /**
   * EmbeddedChart.getAs(contentType): "Return the data inside this object as a blob converted to the specified content type"
   * (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getAs(String)); the fake's bytes
   * name the chart, enough for a test to see which chart became which image.
   */
  /** EmbeddedChart.getOptions(): "Returns the options for this chart, such as height, colors, and axes" (ChartOptions.get(option)). */
  getOptions(): { get(option: string): unknown } {
    this.log.record('SpreadsheetApp', 'EmbeddedChart.getOptions');
    return { get: (option: string) => this.options[option] ?? null };
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.log.record('SpreadsheetApp', 'EmbeddedChart.getAs');
    if (contentType !== 'image/png') throw new Error(`Exception: Converting from chart to ${contentType} is not supported.`);
    const title = typeof this.options.title === 'string' ? this.options.title : '';
    return { contentType, name: title, bytes: `PNG:${title}` } as unknown as GoogleAppsScript.Base.Blob;
  }
}

/**
 * Sheet.newChart() → EmbeddedChartBuilder (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder):
 * addRange, setPosition, setOption and asComboChart return the builder; build() makes the chart, which
 * Sheet.insertChart puts on the sheet. A chart needs a position ("setPosition … Sets the position, changing where the chart
 * appears on the sheet"): the fake refuses to build one without it or without a range (the cautious case; the wording is
 * the fake's).
 */
export class FakeChartBuilder implements GasChartBuilder {
  private type: 'default' | 'combo' = 'default';
  private readonly ranges: GasRange[] = [];
  private position: { row: number; column: number } | null = null;
  private readonly options: Record<string, unknown> = {};
  constructor(private readonly log: CallLog) {}
  private rec(method: string): this {
    this.log.record('SpreadsheetApp', `EmbeddedChartBuilder.${method}`);
    return this;
  }
  asComboChart(): this {
    this.type = 'combo';
    return this.rec('asComboChart');
  }
  addRange(range: GasRange): this {
    this.ranges.push(range);
    return this.rec('addRange');
  }
  setPosition(anchorRowPos: number, anchorColPos: number, _offsetX: number, _offsetY: number): this {
    if (anchorRowPos < 1 || anchorColPos < 1) throw new Error('Exception: Invalid argument: anchorRowPos');
    this.position = { row: anchorRowPos, column: anchorColPos };
    return this.rec('setPosition');
  }
  setOption(option: string, value: unknown): this {
    this.options[option] = value;
    return this.rec('setOption');
  }
  build(): FakeChart {
    this.rec('build');
    if (this.ranges.length === 0 || this.position === null) throw new Error('Exception: The chart needs a data range and a position.');
    return new FakeChart(this.log, this.type, [...this.ranges], this.position, { ...this.options });
  }
}
