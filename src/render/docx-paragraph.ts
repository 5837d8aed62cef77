// One model line or block → one docx Paragraph, its look taken from the model's style sheet.
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';
import type { Alignment, Line, ParagraphStyle, StyleSheet, TextRun as ModelRun } from '../core/report/model';

/** docx measures in twentieths of a point (twips) and font sizes in half-points. */
export const twip = (pt: number): number => Math.round(pt * 20);
const halfPt = (pt: number): number => Math.round(pt * 2);

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Alignment, (typeof AlignmentType)[keyof typeof AlignmentType]>;

export interface ParagraphExtras {
  /** Alignment other than the style's (table columns). */
  readonly align?: Alignment;
  /** Left and right indent in points (short rules are drawn as a bordered, indented empty paragraph). */
  readonly indentPt?: { readonly left: number; readonly right: number };
  readonly bottomRule?: boolean;
  readonly pageBreakBefore?: boolean;
  readonly keepNext?: boolean;
  /** Replaces the style's space after. */
  readonly spaceAfterPt?: number;
}

/** A model run as docx runs: a line break typed in the text (a note, a header line) stays a line break. */
function runs(r: ModelRun, style: ParagraphStyle): TextRun[] {
  return r.text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        ...(i > 0 ? { break: 1 } : {}),
        bold: r.bold ?? style.bold,
        italics: r.italic ?? style.italic,
        ...(style.underline ? { underline: {} } : {}),
        size: halfPt(style.sizePt),
      }),
  );
}

export function paragraph(styles: StyleSheet, styleName: keyof StyleSheet, modelRuns: readonly ModelRun[], extras: ParagraphExtras = {}): Paragraph {
  const style = styles[styleName];
  return new Paragraph({
    alignment: ALIGN[extras.align ?? style.align],
    spacing: {
      before: twip(style.spaceBeforePt),
      after: twip(extras.spaceAfterPt ?? style.spaceAfterPt),
      line: Math.round(240 * style.lineSpacing),
      lineRule: LineRuleType.AUTO,
    },
    indent: {
      firstLine: twip(style.firstLineIndentPt),
      ...(extras.indentPt ? { left: twip(extras.indentPt.left), right: twip(extras.indentPt.right) } : {}),
    },
    ...(extras.bottomRule ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } } : {}),
    ...(extras.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(extras.keepNext ? { keepNext: true } : {}),
    children: modelRuns.flatMap((r) => runs(r, style)),
  });
}

/** A line of the model, followed by its short rule when it has one; `widthPt` is the room it is centred in. */
export function lineParagraphs(styles: StyleSheet, line: Line, widthPt: number): Paragraph[] {
  const out = [paragraph(styles, line.style, [{ text: line.text }], line.ruleBelow ? { spaceAfterPt: 0 } : {})];
  if (line.ruleBelow) {
    const side = Math.max(0, (widthPt - line.ruleBelow.widthPt) / 2);
    // A tiny empty paragraph whose bottom border, narrowed by equal indents, is the rule.
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: twip(styles[line.style].spaceAfterPt), line: 60, lineRule: LineRuleType.EXACT },
        indent: { left: twip(side), right: twip(side) },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        children: [new TextRun({ text: '', size: 2 })],
      }),
    );
  }
  return out;
}
