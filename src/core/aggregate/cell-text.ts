// How one consolidated cell reads in a table: totals and ratios in Vietnamese notation, counts per code, the spread of percents.
import { AGGREGATE_TEXT } from '../i18n/aggregate';
import { COMMON_TEXT } from '../i18n/common';
import type { FormRow } from '../forms/types';
import type { ConsolidatedCell } from './consolidate';

/** The text of a consolidated cell; empty when nothing was reported (or the whole of a ratio is 0). */
export function consolidatedCellText(row: FormRow, cell: ConsolidatedCell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'total':
      return cell.total === null ? '' : COMMON_TEXT.formatNumber(cell.total, row.kind === 'money' ? 2 : 0);
    case 'ratio':
      // The one percent style of the commune report: at most one decimal, dropped when it is 0 (75; 67,5).
      return cell.value === null ? '' : COMMON_TEXT.formatNumber(cell.value, 1);
    case 'computed':
      return cell.value === null ? '' : COMMON_TEXT.formatNumber(cell.value, 6);
    case 'codes':
      if (row.kind !== 'code' || cell.reported === 0) return '';
      return AGGREGATE_TEXT.codeCounts(row.codes.map((c) => ({ label: c.label, count: cell.counts[c.value] ?? 0 })));
    case 'spread':
      return cell.min === null || cell.mean === null || cell.max === null
        ? ''
        : AGGREGATE_TEXT.spread(COMMON_TEXT.formatNumber(cell.min, 1), COMMON_TEXT.formatNumber(cell.mean, 1), COMMON_TEXT.formatNumber(cell.max, 1));
  }
}
