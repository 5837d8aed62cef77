// The consolidated report: the commune report's document model, with the totals of many communes as its appendix.
import { consolidatedCellText } from '../aggregate/cell-text';
import type { Consolidated } from '../aggregate/consolidate';
import type { Grouping } from '../aggregate/grouping';
import { FORMS } from '../forms/catalogue';
import {
  CONSOLIDATED_REPORT_TEXT,
  consolidatedAppendixAttach,
  consolidatedAppendixTitle,
  consolidatedClosing,
  consolidatedOpening,
  consolidatedPlaceDate,
  consolidatedReportTitle,
  reportedOfExpected,
} from '../i18n/aggregate';
import { REPORT_TEXT } from '../i18n/report';
import { formTable } from './form-table';
import type { AppendixTable, ParagraphBlock, ReportDocument } from './model';
import { PAGE, STYLES } from './styles';

export interface ConsolidatedReportOptions {
  /** The consolidating body, printed at the top left ("Sở Nội vụ tỉnh Quảng Ngãi"); a blank to fill in when absent. */
  readonly issuer?: string;
}

function tables(c: Consolidated): readonly AppendixTable[] {
  return FORMS.map((form) => {
    const cells = c.forms[form.number];
    return formTable(form, {
      header: CONSOLIDATED_REPORT_TEXT.tableHeader,
      columnShares: [0.08, 0.44, 0.14, 0.2, 0.14],
      columnAlign: ['center', 'left', 'center', 'center', 'center'],
      cellsOf: (row) => {
        const cell = cells[row.key];
        const reported = cell && cell.kind !== 'computed' ? reportedOfExpected(cell.reported, c.expected) : '';
        return [consolidatedCellText(row, cell), reported];
      },
    });
  });
}

const paragraph = (text: string): ParagraphBlock => ({ kind: 'paragraph', runs: [{ text }], style: 'body', source: 'generated' });

export function buildConsolidatedReport(grouping: Grouping, c: Consolidated, options: ConsolidatedReportOptions = {}): ReportDocument {
  const { period, year, units } = grouping;
  const title = consolidatedReportTitle(period, year, units.length);
  const issuer = options.issuer?.normalize('NFC').trim();
  return {
    page: PAGE,
    styles: STYLES,
    draft: false,
    header: {
      leftColumnShare: 0.4,
      left: [{ text: issuer ? issuer.toLocaleUpperCase('vi') : CONSOLIDATED_REPORT_TEXT.issuerBlank, style: 'issuer' }],
      right: [
        { text: REPORT_TEXT.nation, style: 'nation' },
        { text: REPORT_TEXT.motto, style: 'motto' },
      ],
      number: { text: CONSOLIDATED_REPORT_TEXT.numberBlank, style: 'number' },
      placeDate: { text: consolidatedPlaceDate(year), style: 'placeDate' },
    },
    title: [{ text: title, style: 'title' }],
    body: [
      paragraph(consolidatedOpening(units.map((u) => `${u.meta.unitKind} ${u.meta.unit}`), c.expected)),
      paragraph(CONSOLIDATED_REPORT_TEXT.method),
    ],
    closingSentence: { kind: 'paragraph', runs: [{ text: consolidatedClosing(period, year) }], style: 'closing', source: 'fixed' },
    closing: {
      leftColumnShare: 0.45,
      recipients: {
        label: { text: REPORT_TEXT.recipientsLabel, style: 'recipientsLabel' },
        items: [{ text: `- ${REPORT_TEXT.archive}`, style: 'recipient' }],
      },
      signature: { authority: [], title: { text: CONSOLIDATED_REPORT_TEXT.signatureTitle, style: 'signatureTitle' }, spacePt: 72 },
    },
    appendix: {
      pageBreakBefore: true,
      heading: { text: CONSOLIDATED_REPORT_TEXT.appendixHeading, style: 'appendixHeading' },
      title: { text: consolidatedAppendixTitle(period, year), style: 'appendixTitle' },
      attach: { text: consolidatedAppendixAttach(units.length, c.expected), style: 'appendixAttach' },
      tables: tables(c),
    },
    properties: { title, subject: title, creator: REPORT_TEXT.creator },
  };
}
