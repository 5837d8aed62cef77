// A chart as data (ARCHITECTURE.md 8): what a host draws — bars, the reference line, the spread, words already formatted — with no pixels.
import type { FormNumber } from '../../forms/types';

/** One commune's bar: its name, its ratio, and whether it lies below the area's own ratio. */
export interface ChartBar {
  readonly label: string;
  readonly value: number;
  /** "87,5%" */
  readonly valueText: string;
  readonly below: boolean;
}

/** A mark on the value axis: "0%", "20%", … */
export interface ChartTick {
  readonly value: number;
  readonly text: string;
}

/** The area's own ratio, drawn as a line across the bars. */
export interface ChartReference {
  readonly value: number;
  /** "87,5%" */
  readonly valueText: string;
  /** "Tỷ lệ chung: 87,5%" */
  readonly label: string;
}

/** Every commune's ratio as five numbers (a box plot under the bars), when only the lowest are drawn as bars. */
export interface ChartSpread {
  /** "Cả 150 xã, phường" */
  readonly label: string;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
  /** "Thấp nhất 12,3%; một nửa số đơn vị từ …" */
  readonly text: string;
}

/** A key ratio of the set across the communes: horizontal bars, lowest first. */
export interface RankedBarChart {
  readonly kind: 'ranked-bars';
  /** Numbered in the report's order, from 1. */
  readonly number: number;
  /** The key ratio's row. */
  readonly form: FormNumber;
  readonly key: string;
  /** The key ratio's name (the set's `keyRatioName`, else the row's label). */
  readonly title: string;
  /** "Biểu đồ 1. Tỷ lệ hồ sơ … của các xã, phường" */
  readonly caption: string;
  /** One sentence saying what the chart shows (a drawing's `descr`, an image's alt). */
  readonly altText: string;
  /** The value axis, from 0 to `max`. */
  readonly axis: { readonly max: number; readonly ticks: readonly ChartTick[] };
  /** Lowest first; at most the chart's limit. */
  readonly bars: readonly ChartBar[];
  readonly reference: ChartReference | null;
  readonly spread: ChartSpread | null;
  readonly legend: { readonly below: string; readonly atOrAbove: string };
}

export type ChartModel = RankedBarChart;
