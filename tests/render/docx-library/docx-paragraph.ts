// One model line or block → one docx Paragraph, its look taken from the model's style sheet.
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';
import type { IRunOptions } from 'docx';
import type { Alignment, Line, ParagraphStyle, ReportDocument, StyleSheet, TextRun as ModelRun } from '../../../src/core/report/model';

/** docx measures in twentieths of a point (twips) and font sizes in half-points. */
export const twip = (pt: number): number => Math.round(pt * 20);
export const halfPt = (pt: number): number => Math.round(pt * 2);

/** The report's typography: its paragraph styles and the one font every run names. */
export interface Look {
  readonly styles: StyleSheet;
  readonly font: string;
}

export const lookOf = (doc: ReportDocument): Look => ({ styles: doc.styles, font: doc.page.fontFamily });

/**
 * A run that names its own font and size. Word's insertFileFromBase64 into an open document keeps
 * that document's styles, so anything left to the report's document defaults would take the
 * destination's font (Calibri) instead. A string font fills ascii, hAnsi, cs and eastAsia alike;
 * size fills w:sz and w:szCs.
 */
export const fontRun = (look: Look, sizePt: number, options: Omit<IRunOptions, 'font' | 'size'>): TextRun =>
  new TextRun({ ...options, font: look.font, size: halfPt(sizePt) });

/** Paragraph-mark properties: an empty paragraph is as tall as its mark's font makes it. */
export const markRun = (look: Look, sizePt: number): { readonly font: string; readonly size: number } => ({ font: look.font, size: halfPt(sizePt) });

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
function runs(look: Look, r: ModelRun, style: ParagraphStyle): TextRun[] {
  return r.text.split('\n').map((line, i) =>
    fontRun(look, style.sizePt, {
      text: line,
      ...(i > 0 ? { break: 1 } : {}),
      bold: r.bold ?? style.bold,
      italics: r.italic ?? style.italic,
      ...(style.underline ? { underline: {} } : {}),
    }),
  );
}

export function paragraph(look: Look, styleName: keyof StyleSheet, modelRuns: readonly ModelRun[], extras: ParagraphExtras = {}): Paragraph {
  const style = look.styles[styleName];
  return new Paragraph({
    run: markRun(look, style.sizePt),
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
    children: modelRuns.flatMap((r) => runs(look, r, style)),
  });
}

/** The rule paragraph's mark and run: 1 pt, so the exact 3 pt line height is all it takes. */
const RULE_MARK_PT = 1;

/** A line of the model, followed by its short rule when it has one; `widthPt` is the room it is centred in. */
export function lineParagraphs(look: Look, line: Line, widthPt: number): Paragraph[] {
  const out = [paragraph(look, line.style, [{ text: line.text }], line.ruleBelow ? { spaceAfterPt: 0 } : {})];
  if (line.ruleBelow) {
    const side = Math.max(0, (widthPt - line.ruleBelow.widthPt) / 2);
    // A tiny empty paragraph whose bottom border, narrowed by equal indents, is the rule.
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: twip(look.styles[line.style].spaceAfterPt), line: 60, lineRule: LineRuleType.EXACT },
        indent: { left: twip(side), right: twip(side) },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        run: markRun(look, RULE_MARK_PT),
        children: [fontRun(look, RULE_MARK_PT, { text: '' })],
      }),
    );
  }
  return out;
}
