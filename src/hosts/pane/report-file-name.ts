// The generated report's file name from its header data.
import type { ReportData } from '../../core/data/types';
import { PERIOD_LABELS, reportFileName } from '../../core/i18n/messages';

export const fileNameOf = (data: ReportData): string =>
  reportFileName(data.meta.unitKind, data.meta.unit, PERIOD_LABELS[data.meta.period], data.meta.year);
