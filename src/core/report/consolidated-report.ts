// The consolidated report: the commune report's document model, with the totals of many communes as its appendix.
import { consolidatedCellText } from '../aggregate/cell-text';
import type { Consolidated } from '../aggregate/consolidate';
import type { Grouping } from '../aggregate/grouping';
import { FORMS } from '../forms/catalogue';
import { AGGREGATE_TEXT } from '../i18n/aggregate';
import { REPORT_TEXT } from '../i18n/report';
import { formTable } from './form-table';
import type { AppendixTable, ParagraphBlock, ReportDocument } from './model';
import { PAGE, STYLES } from './styles';

export interface ConsolidatedReportOptions {
  /** The consolidating body, printed at the top left ("Sở Nội vụ tỉnh Quảng Ngãi"); a blank to fill in when absent. */
  readonly issuer?: string;
  /** The body above it (cơ quan chủ quản, "UBND tỉnh Quảng Ngãi"): the header's upper line and the first recipient. */
  readonly superior?: string;
  /** The signature block; what is absent is left for the office to fill in. */
  readonly signer?: { readonly authority?: string; readonly title?: string; readonly name?: string };
  /** Nơi nhận, in order; "Lưu: VT" is always added last. */
  readonly recipients?: readonly string[];
}

function tables(c: Consolidated): readonly AppendixTable[] {
  return FORMS.map((form) => {
    const cells = c.forms[form.number];
    return formTable(form, {
      header: AGGREGATE_TEXT.report.tableHeader,
      columnShares: [0.08, 0.44, 0.14, 0.2, 0.14],
      columnAlign: ['center', 'left', 'center', 'center', 'center'],
      cellsOf: (row) => {
        const cell = cells[row.key];
        const reported = cell && cell.kind !== 'computed' ? AGGREGATE_TEXT.reportedOfExpected(cell.reported, c.expected) : '';
        return [consolidatedCellText(row, cell), reported];
      },
    });
  });
}

const paragraph = (text: string): ParagraphBlock => ({ kind: 'paragraph', runs: [{ text }], style: 'body', source: 'generated' });

export function buildConsolidatedReport(grouping: Grouping, c: Consolidated, options: ConsolidatedReportOptions = {}): ReportDocument {
  const { period, year, units } = grouping;
  const title = AGGREGATE_TEXT.report.title(period, year, units.length);
  const issuer = options.issuer?.normalize('NFC').trim();
  return {
    page: PAGE,
    styles: STYLES,
    draft: false,
    header: {
      leftColumnShare: 0.4,
      left: [{ text: issuer ? issuer.toLocaleUpperCase('vi') : AGGREGATE_TEXT.report.issuerBlank, style: 'issuer' }],
      right: [
        { text: REPORT_TEXT.nation, style: 'nation' },
        { text: REPORT_TEXT.motto, style: 'motto' },
      ],
      number: { text: AGGREGATE_TEXT.report.numberBlank, style: 'number' },
      placeDate: { text: AGGREGATE_TEXT.report.placeDate(year), style: 'placeDate' },
    },
    title: [{ text: title, style: 'title' }],
    body: [
      paragraph(AGGREGATE_TEXT.report.opening(units.map((u) => `${u.meta.unitKind} ${u.meta.unit}`), c.expected)),
      paragraph(AGGREGATE_TEXT.report.method),
    ],
    closingSentence: { kind: 'paragraph', runs: [{ text: AGGREGATE_TEXT.report.closing(period, year) }], style: 'closing', source: 'fixed' },
    closing: {
      leftColumnShare: 0.45,
      recipients: {
        label: { text: REPORT_TEXT.recipientsLabel, style: 'recipientsLabel' },
        items: [{ text: `- ${REPORT_TEXT.archive}`, style: 'recipient' }],
      },
      signature: { authority: [], title: { text: AGGREGATE_TEXT.report.signatureTitle, style: 'signatureTitle' }, spacePt: 72 },
    },
    appendix: {
      pageBreakBefore: true,
      heading: { text: AGGREGATE_TEXT.report.appendixHeading, style: 'appendixHeading' },
      title: { text: AGGREGATE_TEXT.report.appendixTitle(period, year), style: 'appendixTitle' },
      attach: { text: AGGREGATE_TEXT.report.appendixAttach(units.length, c.expected), style: 'appendixAttach' },
      tables: tables(c),
    },
    properties: { title, subject: title, creator: REPORT_TEXT.creator },
  };
}
