// The header block, title and draft mark of the report (Nghị định 30/2020: thể thức, Phụ lục I).
import { placeName, unitName } from '../data/place-words';
import type { ReportData } from '../data/types';
import { REPORT_TEXT } from '../i18n/report';
import { signingForm } from './closing';
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

/** "Hòa Phong, ngày 08 tháng 6 năm 2026" ("Phường 12, ngày …" for a unit named by a number), with blanks to fill by hand when the date is not set. */
export function placeDate(data: ReportData): string {
  const { meta } = data;
  const place = meta.place?.trim() ? placeName(meta.unitKind, meta.place) : placeName(meta.unitKind, meta.unit);
  const d = parseIsoDate(meta.date);
  if (!d) return REPORT_TEXT.placeDateLine(place, REPORT_TEXT.blank, REPORT_TEXT.blank, String(meta.year));
  return REPORT_TEXT.placeDateLine(place, decreeDay(d.day), decreeMonth(d.month), String(d.year));
}

/** A signer's body that is the commune's People's Committee itself, however written ("ỦY BAN NHÂN DÂN XÃ", "UBND"). */
const COMMITTEE = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)(\s|$)/u;

/** A managing body's name as its line writes it: capitals, the common phrases abbreviated ("UBND XÃ HÒA PHONG"). */
const managingLine = (name: string): string =>
  REPORT_TEXT.managingAbbreviations.reduce((s, [phrase, short]) => s.split(upper(phrase)).join(short), upper(name.normalize('NFC').trim()));

/**
 * The issuing body's lines and the managing body above them, if any (Nghị định 30/2020, Phụ lục I: "Tên cơ quan, tổ
 * chức ban hành văn bản là tên chính thức, đầy đủ …; bao gồm tên của cơ quan, tổ chức ban hành văn bản và tên của cơ
 * quan, tổ chức chủ quản trực tiếp (nếu có)"; only the managing body's name may be abbreviated). A commune's report is
 * issued by its People's Committee, which has no managing body: `ỦY BAN NHÂN DÂN` over `XÃ HÒA PHONG`. A report signed
 * for another body of the commune (the signer's body) has that body as its issuer and the committee above it, abbreviated.
 */
export function issuerLines(data: ReportData): { readonly managing: string | null; readonly issuer: readonly string[] } {
  const { meta } = data;
  const name = unitName(meta.unitKind, meta.unit);
  const body = upper((signingForm(meta.signer)?.body ?? REPORT_TEXT.defaultBody).normalize('NFC').trim());
  if (COMMITTEE.test(body)) return { managing: null, issuer: [REPORT_TEXT.defaultBody, upper(name)] };
  return { managing: managingLine(REPORT_TEXT.ubndOf(name)), issuer: [body] };
}

export function buildHeader(data: ReportData): DocumentHeader {
  const { managing, issuer } = issuerLines(data);
  const widest = issuer.reduce((a, b) => (estimateTextWidthPt(b, STYLES.issuer.sizePt, true) > estimateTextWidthPt(a, STYLES.issuer.sizePt, true) ? b : a), '');
  const lines: Line[] = issuer.map((text, i) =>
    i === issuer.length - 1 ? { text, style: 'issuer', ruleBelow: shortRule(widest, STYLES.issuer.sizePt) } : { text, style: 'issuer' },
  );
  return {
    leftColumnShare: 0.4,
    left: [...(managing ? [{ text: managing, style: 'superior' } as const] : []), ...lines],
    right: [
      { text: REPORT_TEXT.nation, style: 'nation' },
      { text: REPORT_TEXT.motto, style: 'motto' },
    ],
    number: { text: REPORT_TEXT.numberLine(decreeNumber(data.meta.reportNumber)), style: 'number' },
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
