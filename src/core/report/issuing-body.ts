// The header's left column as Nghị định 30/2020 writes it (Phụ lục I, "tên cơ quan, tổ chức ban hành văn bản"): the issuing body's
// name official and in full ("ỦY BAN NHÂN DÂN" / "TỈNH NINH BÌNH", bold, a short rule under it), its direct managing body's name above
// it only where there is one, and abbreviated there ("Tên của cơ quan, tổ chức chủ quản trực tiếp được viết tắt những cụm từ thông
// dụng", e.g. Ủy ban nhân dân → UBND, Hội đồng nhân dân → HĐND).
import { REPORT_TEXT } from '../i18n/report';
import type { Line } from './model';
import { estimateTextWidthPt, STYLES } from './styles';

const upper = (s: string): string => s.toLocaleUpperCase('vi');
const clean = (s: string | undefined): string => s?.normalize('NFC').trim().replace(/\s+/g, ' ') ?? '';

/** "UBND", "Ủy ban nhân dân" or "Uỷ ban nhân dân" at the start of a body's name, and what follows it. */
const COMMITTEE = /^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)(?:\s+(.*))?$/iu;
const COUNCIL = /^(?:hđnd|hội đồng nhân dân)(?:\s+(.*))?$/iu;

/** "UBND tỉnh Ninh Bình" → "UBND TỈNH NINH BÌNH": a managing body's name, its common words abbreviated. */
export function managingBodyLine(name: string): string {
  const n = clean(name);
  const committee = COMMITTEE.exec(n);
  if (committee) return upper(`${REPORT_TEXT.bodyAbbreviations.committee}${committee[1] ? ` ${committee[1]}` : ''}`);
  const council = COUNCIL.exec(n);
  if (council) return upper(`${REPORT_TEXT.bodyAbbreviations.council}${council[1] ? ` ${council[1]}` : ''}`);
  return upper(n);
}

/**
 * "UBND tỉnh Ninh Bình" → ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH"]; "Sở Nội vụ" → ["SỞ NỘI VỤ"]. A body named after its
 * managing body's place repeats it no more ("Sở Nội vụ tỉnh Ninh Bình" under "UBND tỉnh Ninh Bình" → "SỞ NỘI VỤ").
 */
export function issuingBodyNames(name: string, managing?: string): readonly string[] {
  const n = clean(name);
  const committee = COMMITTEE.exec(n);
  if (committee) return committee[1] ? [REPORT_TEXT.defaultBody, upper(committee[1])] : [REPORT_TEXT.defaultBody];
  const place = COMMITTEE.exec(clean(managing))?.[1];
  if (place && n.toLocaleLowerCase('vi').endsWith(` ${place.toLocaleLowerCase('vi')}`)) return [upper(n.slice(0, n.length - place.length - 1).trim())];
  return [upper(n)];
}

/** The left column: the managing body (when there is one) over the issuing body, a rule a little over a third of its last line under it. */
export function issuingBodyLines(issuer: string, managing?: string): readonly Line[] {
  const names = issuingBodyNames(issuer, managing);
  const last = names[names.length - 1] ?? '';
  const rule = { widthPt: Math.round(estimateTextWidthPt(last, STYLES.issuer.sizePt, true) * 0.4) };
  return [
    ...(clean(managing) ? [{ text: managingBodyLine(clean(managing)), style: 'superior' as const }] : []),
    ...names.map((text, i) => ({ text, style: 'issuer' as const, ...(i === names.length - 1 ? { ruleBelow: rule } : {}) })),
  ];
}

/**
 * The issuing body as a sentence names it: in full, with its managing body's place when it does not say it itself
 * ("Phòng Nội vụ" under "UBND huyện Bình Giang" → "Phòng Nội vụ huyện Bình Giang").
 */
export function issuingBodyInText(name: string, managing?: string): string {
  const n = clean(name);
  const place = COMMITTEE.exec(n) ? undefined : COMMITTEE.exec(clean(managing))?.[1];
  if (!place || n.toLocaleLowerCase('vi').endsWith(` ${place.toLocaleLowerCase('vi')}`)) return n;
  return `${n} ${place}`;
}
