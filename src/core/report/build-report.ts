// Report data → the report's document model: pure, every number from the forms, every word from the catalogue.
import type { ReportData } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import { REPORT_TEXT } from '../i18n/report';
import { emptyCompulsoryInputs, IncompleteReportError } from '../rules/compulsory';
import { buildAppendix } from './appendix';
import { buildBody } from './body';
import { buildClosing, buildClosingSentence } from './closing';
import { buildHeader, buildTitle } from './header';
import type { ReportDocument } from './model';
import { PAGE, STYLES } from './styles';

export interface BuildReportOptions {
  /**
   * Marks the document `DỰ THẢO` (a report built despite errors, or not yet final); only a draft may
   * say "chưa có số liệu". A final report (the default) is refused while a compulsory input is empty.
   */
  readonly draft?: boolean;
}

/**
 * The report's document model. A final report is refused (IncompleteReportError, listing them) while
 * a compulsory input of the set is empty, and never says "chưa có số liệu": the rows the set lets a
 * report leave empty are left unsaid. Hosts check `emptyCompulsoryInputs` first to list them with their cells.
 */
export function buildReport(data: ReportData, options: BuildReportOptions = {}, catalogue: FormCatalogue = BUILTIN_CATALOGUE): ReportDocument {
  const draft = options.draft ?? false;
  if (!draft) {
    const empty = emptyCompulsoryInputs(data.forms, catalogue);
    if (empty.length > 0) throw new IncompleteReportError(empty);
  }
  const subject = REPORT_TEXT.subjectLine(data.meta.period, data.meta.year);
  return {
    page: PAGE,
    styles: STYLES,
    draft,
    ...(draft ? { draftMark: { text: REPORT_TEXT.draftMark, style: 'draftMark' as const } } : {}),
    header: buildHeader(data),
    title: buildTitle(data),
    body: buildBody(data, catalogue, !draft),
    closingSentence: buildClosingSentence(data),
    closing: buildClosing(data),
    appendix: buildAppendix(data, catalogue),
    properties: { title: `${REPORT_TEXT.title} ${subject}`, subject, creator: REPORT_TEXT.creator },
  };
}
