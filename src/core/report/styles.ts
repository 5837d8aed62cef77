// Page setup and paragraph styles of the report (Nghị định 30/2020, Phụ lục I), in points.
import type { CellLook, PageSetup, ParagraphStyle, StyleSheet } from './model';
import { PT_PER_MM } from './model';

const mm = (x: number): number => Math.round(x * PT_PER_MM * 100) / 100;

/** A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm (the decree's lower bounds, to keep the text wide). */
export const PAGE: PageSetup = {
  widthPt: mm(210),
  heightPt: mm(297),
  marginsPt: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
  fontFamily: 'Times New Roman',
  pageNumbers: { position: 'top-center', style: 'pageNumber', skipFirstPage: true },
};

/** Width of the text between the margins. */
export const TEXT_WIDTH_PT = PAGE.widthPt - PAGE.marginsPt.left - PAGE.marginsPt.right;

/** The cells of the borderless header and closing tables: no margin above or below, so their lines sit as the decree spaces them. */
export const LAYOUT_CELL: CellLook = { padTopBottomPt: 0, padSidePt: 4, verticalAlign: 'top' };

/** The cells of a form's table: a little room around the text, each value level with the middle of its (often wrapped) label. */
export const FORM_CELL: CellLook = { padTopBottomPt: 2, padSidePt: 4, verticalAlign: 'center' };

/** First-line indent of the body: 1.27 cm. */
export const BODY_INDENT_PT = 36;

const base: ParagraphStyle = {
  sizePt: 14,
  bold: false,
  italic: false,
  underline: false,
  align: 'center',
  firstLineIndentPt: 0,
  spaceBeforePt: 0,
  spaceAfterPt: 0,
  lineSpacing: 1,
  keepWithNext: false,
};
const s = (o: Partial<ParagraphStyle>): ParagraphStyle => ({ ...base, ...o });
const body = s({ align: 'justify', firstLineIndentPt: BODY_INDENT_PT, spaceBeforePt: 0, spaceAfterPt: 6, lineSpacing: 1.15 });
/** A heading never ends a page: it stays with what it heads. */
const heading = { ...body, bold: true, keepWithNext: true };

export const STYLES: StyleSheet = {
  draftMark: s({ sizePt: 14, bold: true, align: 'right', spaceAfterPt: 6 }),
  superior: s({ sizePt: 13 }),
  issuer: s({ sizePt: 13, bold: true }),
  nation: s({ sizePt: 12, bold: true }),
  motto: s({ sizePt: 14, bold: true, underline: true }),
  number: s({ sizePt: 13, spaceBeforePt: 6 }),
  placeDate: s({ sizePt: 14, italic: true, spaceBeforePt: 6 }),
  title: s({ sizePt: 14, bold: true, spaceBeforePt: 18 }),
  subject: s({ sizePt: 14, bold: true, spaceAfterPt: 12 }),
  partHeading: heading,
  heading,
  subHeading: { ...heading, italic: true },
  body,
  listItem: body,
  // The closing sentence stays with the signature block, so that the signature never stands alone on a page.
  closing: { ...body, keepWithNext: true },
  recipientsLabel: s({ sizePt: 12, bold: true, italic: true, align: 'left' }),
  recipient: s({ sizePt: 11, align: 'left' }),
  signatureAuthority: s({ sizePt: 14, bold: true }),
  signatureTitle: s({ sizePt: 14, bold: true }),
  signatureName: s({ sizePt: 14, bold: true }),
  appendixHeading: s({ sizePt: 14, bold: true }),
  appendixTitle: s({ sizePt: 14, bold: true, spaceBeforePt: 6 }),
  appendixAttach: s({ sizePt: 14, italic: true, spaceAfterPt: 12 }),
  tableCaption: s({ sizePt: 13, bold: true, align: 'left', spaceBeforePt: 12, spaceAfterPt: 0, keepWithNext: true }),
  tableTitle: s({ sizePt: 13, bold: true, align: 'left', spaceAfterPt: 6, keepWithNext: true }),
  tableResultLine: s({ sizePt: 13, italic: true, spaceAfterPt: 6, keepWithNext: true }),
  tableHeader: s({ sizePt: 12, bold: true }),
  tableCell: s({ sizePt: 12, align: 'left' }),
  chartCaption: s({ sizePt: 13, italic: true, spaceAfterPt: 12 }),
  pageNumber: s({ sizePt: 13 }),
};

/**
 * Rough width of a line of text, for the decree's short rules (1/3 to 1/2 of the line above).
 * Times New Roman averages about half an em per character, a little more for bold capitals.
 */
export function estimateTextWidthPt(text: string, sizePt: number, boldCaps: boolean): number {
  return [...text].length * sizePt * (boldCaps ? 0.62 : 0.48);
}
