// The generated report's file name from its header data.
import type { ReportData } from '../../core/data/types';
import { COMMON_TEXT, UI_TEXT } from '../../core/i18n/messages';

export const fileNameOf = (data: ReportData): string =>
  UI_TEXT.reportFileName(data.meta.unitKind, data.meta.unit, COMMON_TEXT.periodLabels[data.meta.period], data.meta.year);
