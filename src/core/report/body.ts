// The body of the report: opening, parts I–V with their sub-sections, the staff's text around the generated sentences.
import { placeWords, unitName } from '../data/place-words';
import type { NarrativeKey, ReportData } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { REPORT_TEXT } from '../i18n/report';
import { SECTION_TEXT } from '../i18n/sections';
import { defaultDataPeriod, parseIsoDate, shortDate } from './dates';
import { generateSentences } from './generate-sentences';
import type { SentenceContext } from './generate-sentences';
import type { BodyBlock, ParagraphBlock } from './model';
import { splitStaffText } from './staff-text';
import type { StaffPiece } from './staff-text';
import { OUTLINE } from './outline';

export { SECTIONS_UNDER_HEADING } from './outline';

export function sentenceContext(data: ReportData, final = false): SentenceContext {
  const { meta } = data;
  return {
    ...(final ? { final } : {}),
    ubnd: REPORT_TEXT.ubndOfKind(meta.unitKind),
    kind: meta.unitKind,
    superior: meta.superior,
    year: meta.year,
    period: meta.period,
    provinceKind: placeWords(meta).provinceKind,
    ...(data.previous ? { previous: { year: data.previous.year, forms: data.previous.forms } } : {}),
  };
}

/** The data period as printed: the user's dates, else Nghị định 09/2019's default. */
export function dataPeriod(data: ReportData): { readonly from: string; readonly to: string } {
  const { meta } = data;
  const fallback = defaultDataPeriod(meta.period, meta.year);
  return {
    from: shortDate(parseIsoDate(meta.dataFrom) ?? fallback.from),
    to: shortDate(parseIsoDate(meta.dataTo) ?? fallback.to),
  };
}

function opening(data: ReportData): ParagraphBlock {
  const { meta } = data;
  const basis = meta.basis?.normalize('NFC').trim().replace(/[\s.,;:…]+$/u, '');
  const text = REPORT_TEXT.openingSentence({
    ...(basis ? { basis } : {}),
    ubnd: REPORT_TEXT.ubndOf(unitName(meta.unitKind, meta.unit)),
    period: meta.period,
    year: meta.year,
    ...dataPeriod(data),
  });
  return { kind: 'paragraph', runs: [{ text }], style: 'body', source: 'generated' };
}

/**
 * How much of the staff's text comes before the figures. Their opening paragraph sets the context
 * when more text follows it; text that opens with a list (I.4's propaganda work) is the section's
 * substance and comes whole before the figures; a lone paragraph comments on the figures and follows them.
 */
function leadingCount(pieces: readonly StaffPiece[]): number {
  const [first] = pieces;
  if (!first) return 0;
  if (first.kind === 'list-item') return pieces.length;
  return pieces.length > 1 ? 1 : 0;
}

function staffBlock(piece: StaffPiece, section: NarrativeKey): BodyBlock {
  return piece.kind === 'list-item'
    ? { kind: 'list-item', marker: piece.marker, runs: [{ text: piece.text }], style: 'listItem', source: 'staff', section }
    : { kind: 'paragraph', runs: [{ text: piece.text }], style: 'body', source: 'staff', section };
}

/** The staff's opening text, the generated sentences, then the rest of the staff's text. */
function sectionContent(data: ReportData, section: NarrativeKey, ctx: SentenceContext, catalogue: FormCatalogue): BodyBlock[] {
  const pieces = splitStaffText(data.narrative[section]);
  const lead = leadingCount(pieces);
  const generated: BodyBlock[] = generateSentences(data, section, ctx, catalogue).map((text) => ({
    kind: 'paragraph',
    runs: [{ text }],
    style: 'body',
    source: 'generated',
    section,
  }));
  return [...pieces.slice(0, lead).map((p) => staffBlock(p, section)), ...generated, ...pieces.slice(lead).map((p) => staffBlock(p, section))];
}

/** `final`: the report goes out signed, so it names no empty row (see SentenceContext.final). */
export function buildBody(data: ReportData, catalogue: FormCatalogue, final = false): readonly BodyBlock[] {
  const ctx = sentenceContext(data, final);
  const blocks: BodyBlock[] = [opening(data)];
  for (const item of OUTLINE) {
    if (item.kind === 'part') {
      const title = item.number === 'IV' ? REPORT_TEXT.nextPeriodHeading(SECTION_TEXT.parts.IV, data.meta.period, data.meta.year) : SECTION_TEXT.parts[item.number];
      blocks.push({ kind: 'part-heading', number: item.number, text: `${item.number}. ${title}`, style: 'partHeading' });
    } else if (item.kind === 'heading') {
      blocks.push({ kind: 'heading', level: 2, label: item.label, text: `${item.label} ${item.title}`, style: 'heading' });
    } else {
      blocks.push({ kind: 'heading', level: 3, label: item.label, text: `${item.label} ${SECTION_TEXT.titles[item.section]}`, style: 'subHeading' });
    }
    if (item.section) blocks.push(...sectionContent(data, item.section, ctx, catalogue));
  }
  return blocks;
}
