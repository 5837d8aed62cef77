// The closing sentence, "Nơi nhận" and the signature block.
import type { ReportData } from '../data/types';
import { REPORT_TEXT } from '../i18n/report';
import type { ClosingBlock, Line, ParagraphBlock } from './model';

export function buildClosingSentence(data: ReportData): ParagraphBlock {
  const { meta } = data;
  return {
    kind: 'paragraph',
    runs: [{ text: REPORT_TEXT.closingSentence(meta.period, meta.year, REPORT_TEXT.ubndOf(meta.unitKind, meta.unit)) }],
    style: 'closing',
    source: 'fixed',
  };
}

const ARCHIVE = /^lưu\b/iu;

/**
 * Recipients as the decree prints them: "- …;" each, the archive last as "- Lưu: VT, ….".
 * Without a list, the superior body and the archive.
 */
export function recipientLines(data: ReportData): readonly Line[] {
  const given = (data.meta.recipients ?? [data.meta.superior])
    .map((r) => r.normalize('NFC').trim().replace(/^[-+•]\s*/u, '').replace(/[\s;,.]+$/u, ''))
    .filter((r) => r.length > 0);
  const archive = given.filter((r) => ARCHIVE.test(r));
  const others = given.filter((r) => !ARCHIVE.test(r));
  const last = archive[0] ?? REPORT_TEXT.archive.replace(/\.$/, '');
  return [...others.map((r) => `- ${r};`), `- ${last}.`].map((text) => ({ text, style: 'recipient' }));
}

/** "TM. ỦY BAN NHÂN DÂN" gets the unit's kind appended: "TM. ỦY BAN NHÂN DÂN XÃ". */
export function authorityLine(data: ReportData): string {
  const authority = (data.meta.signer?.authority ?? REPORT_TEXT.defaultAuthority).normalize('NFC').trim().toLocaleUpperCase('vi');
  const kind = data.meta.unitKind.toLocaleUpperCase('vi');
  return authority.endsWith('ỦY BAN NHÂN DÂN') ? `${authority} ${kind}` : authority;
}

export function buildClosing(data: ReportData): ClosingBlock {
  const signer = data.meta.signer;
  const name = signer?.name.normalize('NFC').trim();
  return {
    leftColumnShare: 0.45,
    recipients: { label: { text: REPORT_TEXT.recipientsLabel, style: 'recipientsLabel' }, items: recipientLines(data) },
    signature: {
      authority: [{ text: authorityLine(data), style: 'signatureAuthority' }],
      title: { text: (signer?.title ?? REPORT_TEXT.defaultTitle).normalize('NFC').trim().toLocaleUpperCase('vi'), style: 'signatureTitle' },
      spacePt: 72,
      ...(name ? { name: { text: name, style: 'signatureName' } } : {}),
    },
  };
}
