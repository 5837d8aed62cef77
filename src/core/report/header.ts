// The header block, title and draft mark of the report (Nghị định 30/2020: thể thức, Phụ lục I).
import type { ReportData } from '../data/types';
import { REPORT_TEXT } from '../i18n/report';
import { decreeDay, decreeMonth, parseIsoDate } from './dates';
import type { DocumentHeader, Line } from './model';
import { estimateTextWidthPt, STYLES } from './styles';

const upper = (s: string): string => s.toLocaleUpperCase('vi');

/** A rule a little over a third of the line above it, as the decree asks for (1/3 to 1/2). */
function shortRule(text: string, sizePt: number): { readonly widthPt: number } {
  return { widthPt: Math.round(estimateTextWidthPt(text, sizePt, true) * 0.4) };
}

/** "45/BC-UBND"; a lone number under 10 gets its leading 0 ("5/BC-UBND" → "05/BC-UBND"). */
export function decreeNumber(reportNumber: string | undefined): string {
  const n = reportNumber?.trim();
  if (!n) return REPORT_TEXT.numberBlank;
  return n.replace(/^(\d)(?=\/|$)/, '0$1');
}

/** "Hòa Phong, ngày 08 tháng 6 năm 2026", with blanks to fill by hand when the date is not set. */
export function placeDate(data: ReportData): string {
  const { meta } = data;
  const place = meta.place?.trim() || meta.unit;
  const d = parseIsoDate(meta.date);
  if (!d) return REPORT_TEXT.placeDateLine(place, REPORT_TEXT.blank, REPORT_TEXT.blank, String(meta.year));
  return REPORT_TEXT.placeDateLine(place, decreeDay(d.day), decreeMonth(d.month), String(d.year));
}

export function buildHeader(data: ReportData): DocumentHeader {
  const { meta } = data;
  const issuer = upper(REPORT_TEXT.ubndOf(meta.unitKind, meta.unit));
  return {
    leftColumnShare: 0.4,
    left: [
      { text: upper(meta.superior), style: 'superior' },
      { text: issuer, style: 'issuer', ruleBelow: shortRule(issuer, STYLES.issuer.sizePt) },
    ],
    right: [
      { text: REPORT_TEXT.nation, style: 'nation' },
      { text: REPORT_TEXT.motto, style: 'motto' },
    ],
    number: { text: REPORT_TEXT.numberLine(decreeNumber(meta.reportNumber)), style: 'number' },
    placeDate: { text: placeDate(data), style: 'placeDate' },
  };
}

export function buildTitle(data: ReportData): readonly Line[] {
  const subject = REPORT_TEXT.subjectLine(data.meta.period, data.meta.year);
  return [
    { text: REPORT_TEXT.title, style: 'title' },
    { text: subject, style: 'subject', ruleBelow: shortRule(subject, STYLES.subject.sizePt * 0.6) },
  ];
}
