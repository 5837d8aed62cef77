// The closing sentence, "Nơi nhận" and the signature block.
import { unitName } from '../data/place-words';
import { SIGNER_FORMS } from '../data/types';
import type { ReportData, Signer, SignerForm } from '../data/types';
import { REPORT_TEXT } from '../i18n/report';
import type { ClosingBlock, Line, ParagraphBlock } from './model';

export function buildClosingSentence(data: ReportData): ParagraphBlock {
  const { meta } = data;
  return {
    kind: 'paragraph',
    runs: [{ text: REPORT_TEXT.closingSentence(meta.period, meta.year, REPORT_TEXT.ubndOf(unitName(meta.unitKind, meta.unit))) }],
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

/** How a signer signs: the form, the body signed for, and the head named after KT., Q., TL. (absent: the defaults). */
export interface SigningForm {
  readonly form: SignerForm;
  readonly body?: string;
  readonly head?: string;
}

/**
 * The signing form of a signer: its `form` and `body`, else what a legacy authority line says
 * ("TM. ỦY BAN NHÂN DÂN" → TM. and its body; "KT. CHỦ TỊCH" → KT. and its head), else TM.;
 * null when the authority line names no form (then it is printed as typed).
 */
export function signingForm(signer: Signer | undefined): SigningForm | null {
  const authority = signer?.authority?.normalize('NFC').trim().toLocaleUpperCase('vi');
  const legacy = authority ? SIGNER_FORMS.find((f) => authority.startsWith(f)) : undefined;
  if (authority && !legacy && !signer?.form) return null;
  const rest = authority && legacy ? authority.slice(legacy.length).trim() : '';
  const form = signer?.form ?? legacy ?? 'TM.';
  const body = signer?.body ?? (legacy === 'TM.' && rest ? rest : undefined);
  const head = legacy && legacy !== 'TM.' && rest ? rest : undefined;
  return { form, ...(body ? { body } : {}), ...(head ? { head } : {}) };
}

/** "ỦY BAN NHÂN DÂN" gets the unit's kind appended: "ỦY BAN NHÂN DÂN XÃ". */
function bodyLine(body: string, data: ReportData): string {
  const b = body.normalize('NFC').trim().toLocaleUpperCase('vi');
  return b.endsWith(REPORT_TEXT.defaultBody) ? `${b} ${data.meta.unitKind.toLocaleUpperCase('vi')}` : b;
}

/**
 * The signature block's lines above the space, from the signing form (Nghị định 30/2020):
 * TM. → "TM. ỦY BAN NHÂN DÂN XÃ" / title; KT. → "TM. ỦY BAN NHÂN DÂN XÃ" / "KT. CHỦ TỊCH" / title;
 * Q. → "TM. ỦY BAN NHÂN DÂN XÃ" / "Q. CHỦ TỊCH"; TL. → "TL. CHỦ TỊCH" / title.
 */
export function signatureLines(data: ReportData): { readonly authority: readonly string[]; readonly title: string } {
  const signer = data.meta.signer;
  const title = (signer?.title ?? REPORT_TEXT.defaultTitle).normalize('NFC').trim().toLocaleUpperCase('vi');
  const signing = signingForm(signer);
  if (!signing) return { authority: [bodyLine(signer?.authority ?? '', data)], title };
  const body = bodyLine(signing.body ?? REPORT_TEXT.defaultBody, data);
  const head = signing.head ?? REPORT_TEXT.defaultTitle;
  switch (signing.form) {
    case 'TM.':
      return { authority: [`TM. ${body}`], title };
    case 'KT.':
      return { authority: [`TM. ${body}`, `KT. ${head}`], title };
    case 'Q.':
      return { authority: [`TM. ${body}`], title: `Q. ${title}` };
    case 'TL.':
      return { authority: [`TL. ${head}`], title };
  }
}

export function buildClosing(data: ReportData): ClosingBlock {
  const signer = data.meta.signer;
  const name = signer?.name.normalize('NFC').trim();
  const lines = signatureLines(data);
  return {
    leftColumnShare: 0.45,
    recipients: { label: { text: REPORT_TEXT.recipientsLabel, style: 'recipientsLabel' }, items: recipientLines(data) },
    signature: {
      authority: lines.authority.map((text) => ({ text, style: 'signatureAuthority' })),
      title: { text: lines.title, style: 'signatureTitle' },
      spacePt: 72,
      ...(name ? { name: { text: name, style: 'signatureName' } } : {}),
    },
  };
}
