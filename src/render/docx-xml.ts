// WordprocessingML for the report's few kinds of paragraph, run and table, written as text: the XML the docx library
// (9.15) wrote for the same options, element for element and attribute for attribute, without its object tree.
import type { Alignment, Line, ParagraphStyle, ReportDocument, StyleSheet, TextRun as ModelRun } from '../core/report/model';

/** docx measures in twentieths of a point (twips) and font sizes in half-points. */
export const twip = (pt: number): number => Math.round(pt * 20);
export const halfPt = (pt: number): number => Math.round(pt * 2);

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text or an attribute value escaped as docx escaped both (its `escapeAll`): the five specials, and the C0 controls XML forbids dropped. */
// eslint-disable-next-line no-control-regex
export const esc = (value: string): string => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

/** The report's typography: its paragraph styles and the one font every run names. */
export interface Look {
  readonly styles: StyleSheet;
  readonly font: string;
}

export const lookOf = (doc: ReportDocument): Look => ({ styles: doc.styles, font: doc.page.fontFamily });

/** `w:rFonts` naming one font for ascii, hAnsi, cs and eastAsia, and the size in w:sz and w:szCs. */
const fontAndSize = (look: Look, sizePt: number): { readonly fonts: string; readonly size: string } => {
  const f = esc(look.font);
  const s = halfPt(sizePt);
  return { fonts: `<w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>`, size: `<w:sz w:val="${s}"/><w:szCs w:val="${s}"/>` };
};

/** Paragraph-mark properties: an empty paragraph is as tall as its mark's font makes it. */
export const markRunXml = (look: Look, sizePt: number): string => {
  const { fonts, size } = fontAndSize(look, sizePt);
  return `<w:rPr>${fonts}${size}</w:rPr>`;
};

const onOff = (name: string, value: boolean | undefined): string => (value === undefined ? '' : value ? `<${name}/>` : `<${name} w:val="false"/>`);

export interface RunOptions {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly underline?: boolean;
  /** A line break before the text. */
  readonly break?: boolean;
}

/** The properties of a run that names its own font and size (Word's insertFileFromBase64 keeps the destination's styles). */
export function runPropertiesXml(look: Look, sizePt: number, o: RunOptions = {}): string {
  const { fonts, size } = fontAndSize(look, sizePt);
  const b = onOff('w:b', o.bold) + onOff('w:bCs', o.bold);
  const i = onOff('w:i', o.italics) + onOff('w:iCs', o.italics);
  return `<w:rPr>${fonts}${b}${i}${size}${o.underline ? '<w:u w:val="single"/>' : ''}</w:rPr>`;
}

/** A run of text (`w:t`, spaces kept), after a tab or a line break when asked. */
export const textRunXml = (look: Look, sizePt: number, text: string, o: RunOptions & { readonly tab?: boolean } = {}): string =>
  `<w:r>${runPropertiesXml(look, sizePt, o)}${o.break ? '<w:br/>' : ''}${o.tab ? '<w:tab/>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

export interface BorderXml {
  readonly style: string;
  readonly size: number;
  readonly color: string;
  readonly space?: number;
}

const borderXml = (name: string, b: BorderXml): string =>
  `<${name} w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"${b.space === undefined ? '' : ` w:space="${b.space}"`}/>`;

export interface ParagraphXmlOptions {
  readonly keepNext?: boolean;
  readonly pageBreakBefore?: boolean;
  /** Paragraph borders, written top, left, bottom, right. */
  readonly border?: { readonly top?: BorderXml; readonly left?: BorderXml; readonly bottom?: BorderXml; readonly right?: BorderXml };
  readonly tabStops?: readonly { readonly type: 'center' | 'right' | 'left'; readonly position: number }[];
  /** In twips; lineRule as Word names it. */
  readonly spacing?: { readonly before?: number; readonly after?: number; readonly line?: number; readonly lineRule?: 'auto' | 'exact' };
  /** In twips. */
  readonly indent?: { readonly left?: number; readonly right?: number; readonly firstLine?: number };
  readonly alignment?: Alignment;
  /** The mark's properties (markRunXml). */
  readonly mark?: string;
}

const JC: Readonly<Record<Alignment, string>> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

const attrs = (pairs: readonly (readonly [string, number | string | undefined])[]): string =>
  pairs.map(([k, v]) => (v === undefined ? '' : ` ${k}="${v}"`)).join('');

/** `w:p` with its properties in the order CT_PPr gives them, then the runs' XML. */
export function paragraphXml(o: ParagraphXmlOptions, runsXml: string): string {
  let p = '';
  if (o.keepNext !== undefined) p += onOff('w:keepNext', o.keepNext);
  if (o.pageBreakBefore) p += '<w:pageBreakBefore/>';
  if (o.border) {
    const { top, left, bottom, right } = o.border;
    const inner = (top ? borderXml('w:top', top) : '') + (left ? borderXml('w:left', left) : '') + (bottom ? borderXml('w:bottom', bottom) : '') + (right ? borderXml('w:right', right) : '');
    if (inner) p += `<w:pBdr>${inner}</w:pBdr>`;
  }
  if (o.tabStops && o.tabStops.length > 0) p += `<w:tabs>${o.tabStops.map((t) => `<w:tab w:val="${t.type}" w:pos="${t.position}"/>`).join('')}</w:tabs>`;
  if (o.spacing) {
    const s = o.spacing;
    p += `<w:spacing${attrs([
      ['w:after', s.after],
      ['w:before', s.before],
      ['w:line', s.line],
      ['w:lineRule', s.lineRule],
    ])}/>`;
  }
  if (o.indent) {
    const i = o.indent;
    p += `<w:ind${attrs([
      ['w:left', i.left],
      ['w:right', i.right],
      ['w:firstLine', i.firstLine],
    ])}/>`;
  }
  if (o.alignment) p += `<w:jc w:val="${JC[o.alignment]}"/>`;
  if (o.mark !== undefined) p += o.mark;
  return `<w:p>${p ? `<w:pPr>${p}</w:pPr>` : ''}${runsXml}</w:p>`;
}

export interface ParagraphExtras {
  /** Alignment other than the style's (table columns). */
  readonly align?: Alignment;
  readonly pageBreakBefore?: boolean;
  readonly keepNext?: boolean;
  /** Replaces the style's space after. */
  readonly spaceAfterPt?: number;
}

/** A model run as runs: a line break typed in the text (a note, a header line) stays a line break. */
function runsXml(look: Look, r: ModelRun, style: ParagraphStyle): string {
  return r.text
    .split('\n')
    .map((line, i) => textRunXml(look, style.sizePt, line, { break: i > 0, bold: r.bold ?? style.bold, italics: r.italic ?? style.italic, underline: style.underline }))
    .join('');
}

/** A paragraph of the model's style: alignment, spacing, first-line indent, its runs. */
export function styledParagraphXml(look: Look, styleName: keyof StyleSheet, modelRuns: readonly ModelRun[], extras: ParagraphExtras = {}): string {
  const style = look.styles[styleName];
  return paragraphXml(
    {
      ...(extras.keepNext || style.keepWithNext ? { keepNext: true } : {}),
      ...(extras.pageBreakBefore ? { pageBreakBefore: true } : {}),
      spacing: { before: twip(style.spaceBeforePt), after: twip(extras.spaceAfterPt ?? style.spaceAfterPt), line: Math.round(240 * style.lineSpacing), lineRule: 'auto' },
      indent: { firstLine: twip(style.firstLineIndentPt) },
      alignment: extras.align ?? style.align,
      mark: markRunXml(look, style.sizePt),
    },
    modelRuns.map((r) => runsXml(look, r, style)).join(''),
  );
}

/** The rule paragraph's mark and run: 1 pt, so the exact 3 pt line height is all it takes. */
const RULE_MARK_PT = 1;
export const RULE: BorderXml = { style: 'single', size: 6, color: '000000', space: 1 };

/** A line of the model, followed by its short rule when it has one; `widthPt` is the room it is centred in. */
export function lineParagraphsXml(look: Look, line: Line, widthPt: number): string {
  const text = styledParagraphXml(look, line.style, [{ text: line.text }], line.ruleBelow ? { spaceAfterPt: 0 } : {});
  if (!line.ruleBelow) return text;
  const side = twip(Math.max(0, (widthPt - line.ruleBelow.widthPt) / 2));
  // A tiny empty paragraph whose bottom border, narrowed by equal indents, is the rule.
  return (
    text +
    paragraphXml(
      {
        border: { bottom: RULE },
        spacing: { before: 0, after: twip(look.styles[line.style].spaceAfterPt), line: 60, lineRule: 'exact' },
        indent: { left: side, right: side },
        alignment: 'center',
        mark: markRunXml(look, RULE_MARK_PT),
      },
      textRunXml(look, RULE_MARK_PT, ''),
    )
  );
}
