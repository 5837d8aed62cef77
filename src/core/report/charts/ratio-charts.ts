// The consolidated report's charts: for each key ratio of the set, the communes ranked, the area's ratio as a line, the spread when there are many.
import type { Consolidated } from '../../aggregate/consolidate';
import { UNIT_KINDS, type FormsData, type UnitKind } from '../../data/types';
import type { FormCatalogue } from '../../forms/build-catalogue';
import { computeRow } from '../../forms/compute';
import { CHART_TEXT } from '../../i18n/charts';
import { COMMON_TEXT } from '../../i18n/common';
import type { ChartBar, ChartModel, ChartSpread, ChartTick } from './chart-model';

/** Bars drawn at most: past this many communes, the lowest ones are drawn and every commune's spread as a box. */
export const CHART_BARS_MAX = 15;

/** A commune as consolidation accepted it (screened-totals' AcceptedUnit fits). */
export interface ChartUnit {
  /** "xã Hòa Phong" */
  readonly name: string;
  readonly unit: { readonly meta: { readonly unitKind: UnitKind } };
  readonly forms: FormsData;
}

const pct = (v: number): string => COMMON_TEXT.formatNumber(v, 1);

/** The value at share `p` of sorted values, interpolated between neighbours (the usual "type 7" quantile). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return Math.round((a + (b - a) * (at - lo)) * 10) / 10;
}

/** 0 to 100 for ratios that stay under it; above, up to the next round step, in five or so ticks. */
export function valueAxis(maxValue: number): { readonly max: number; readonly ticks: readonly ChartTick[] } {
  const top = Math.max(100, maxValue);
  const step = top <= 100 ? 20 : Math.ceil(top / 5 / 10) * 10;
  const max = Math.ceil(top / step) * step;
  const ticks: ChartTick[] = [];
  for (let v = 0; v <= max; v += step) ticks.push({ value: v, text: CHART_TEXT.percent(pct(v)) });
  return { max, ticks };
}

/** "xã, phường": the kinds of the units drawn, in the usual order. */
function kindsPhrase(kinds: ReadonlySet<UnitKind>): string {
  return UNIT_KINDS.filter((k) => kinds.has(k))
    .map((k) => COMMON_TEXT.unitKindLabels[k])
    .join(', ');
}

/**
 * One chart per key ratio (the set's `Chỉ tiêu chính`, in its order) that at least one commune has; a commune without
 * the ratio is not drawn (it is missing, not low) and the alternative text counts it. `c` gives the area's own ratio.
 */
export function keyRatioCharts(units: readonly ChartUnit[], c: Consolidated, catalogue: FormCatalogue): readonly ChartModel[] {
  const charts: ChartModel[] = [];
  for (const { form, key } of catalogue.keyRatios) {
    const row = catalogue.row(form, key);
    if (!row || row.kind !== 'ratio') continue;
    const valued: { name: string; kind: UnitKind; value: number }[] = [];
    for (const u of units) {
      const value = computeRow(form, row, u.forms[`${form}`] ?? {}, catalogue, u.forms);
      if (value !== null) valued.push({ name: u.name, kind: u.unit.meta.unitKind, value });
    }
    if (valued.length === 0) continue;
    valued.sort((a, b) => a.value - b.value || a.name.localeCompare(b.name, 'vi'));
    const cell = c.forms[form]?.[key];
    const total = cell?.kind === 'ratio' ? cell.value : null;
    const kinds = kindsPhrase(new Set(valued.map((v) => v.kind)));
    const title = row.keyRatioName ?? row.label;
    const number = charts.length + 1;
    const many = valued.length > CHART_BARS_MAX;
    const shown = valued.slice(0, CHART_BARS_MAX);
    const bars: ChartBar[] = shown.map((v) => ({ label: v.name, value: v.value, valueText: CHART_TEXT.percent(pct(v.value)), below: total !== null && v.value < total }));
    const values = valued.map((v) => v.value);
    let spread: ChartSpread | null = null;
    if (many) {
      const [min, q1, median, q3, max] = [0, 0.25, 0.5, 0.75, 1].map((p) => quantile(values, p)) as [number, number, number, number, number];
      spread = { label: CHART_TEXT.spreadLabel(valued.length, kinds), min, q1, median, q3, max, text: CHART_TEXT.spreadLine(pct(min), pct(q1), pct(median), pct(q3), pct(max)) };
    }
    const first = shown[0];
    const last = shown[shown.length - 1];
    const altText = CHART_TEXT.alt({
      title,
      kinds,
      shown: shown.length,
      all: valued.length,
      lowest: first ? CHART_TEXT.unitValue(first.name, pct(first.value)) : '',
      highest: last ? CHART_TEXT.unitValue(last.name, pct(last.value)) : '',
      reference: total === null ? null : pct(total),
      below: total === null ? 0 : valued.filter((v) => v.value < total).length,
      spread: spread && { min: pct(spread.min), q1: pct(spread.q1), median: pct(spread.median), q3: pct(spread.q3), max: pct(spread.max) },
      missing: units.length - valued.length,
    });
    charts.push({
      kind: 'ranked-bars',
      number,
      form,
      key,
      title,
      caption: many ? CHART_TEXT.captionLowest(number, title, kinds, shown.length, valued.length) : CHART_TEXT.captionAll(number, title, kinds),
      altText,
      axis: valueAxis(Math.max(...values, total ?? 0)),
      bars,
      reference: total === null ? null : { value: total, valueText: CHART_TEXT.percent(pct(total)), label: CHART_TEXT.reference(pct(total)) },
      spread,
      legend: { below: CHART_TEXT.legendBelow, atOrAbove: CHART_TEXT.legendAtOrAbove },
    });
  }
  return charts;
}
