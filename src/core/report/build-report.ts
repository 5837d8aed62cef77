// Report data → the report's document model: pure, every number from the forms, every word from the catalogue.
import type { ReportData } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import { REPORT_TEXT } from '../i18n/report';
import { buildAppendix } from './appendix';
import { buildBody } from './body';
import { buildClosing, buildClosingSentence } from './closing';
import { buildHeader, buildTitle } from './header';
import type { ReportDocument } from './model';
import { PAGE, STYLES } from './styles';

export interface BuildReportOptions {
  /** Marks the document `DỰ THẢO` (a report built despite errors, or not yet final). */
  readonly draft?: boolean;
}

export function buildReport(data: ReportData, options: BuildReportOptions = {}, catalogue: FormCatalogue = BUILTIN_CATALOGUE): ReportDocument {
  const draft = options.draft ?? false;
  const subject = REPORT_TEXT.subjectLine(data.meta.period, data.meta.year);
  return {
    page: PAGE,
    styles: STYLES,
    draft,
    ...(draft ? { draftMark: { text: REPORT_TEXT.draftMark, style: 'draftMark' as const } } : {}),
    header: buildHeader(data),
    title: buildTitle(data),
    body: buildBody(data, catalogue),
    closingSentence: buildClosingSentence(data),
    closing: buildClosing(data),
    appendix: buildAppendix(data, catalogue),
    properties: { title: `${REPORT_TEXT.title} ${subject}`, subject, creator: REPORT_TEXT.creator },
  };
}
