// The report as a renderer-neutral document model (Nghị định 30/2020 layout): readonly data, sizes in points, no behaviour.
import type { FormNumber } from '../forms/types';
import type { NarrativeKey } from '../data/types';
import type { ChartModel } from './charts/chart-model';

/** Points per millimetre: renderers that want mm or twips convert from points. */
export const PT_PER_MM = 72 / 25.4;

export const ALIGNMENTS = ['left', 'center', 'right', 'justify'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

/**
 * How a kind of paragraph looks. Every text element of the model names one of these,
 * so a renderer needs no typography of its own.
 */
export interface ParagraphStyle {
  readonly sizePt: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly align: Alignment;
  readonly firstLineIndentPt: number;
  readonly spaceBeforePt: number;
  readonly spaceAfterPt: number;
  /** Line spacing as a multiple of single (1 … 1.5). */
  readonly lineSpacing: number;
  /** Kept on the page of the paragraph or table that follows it (headings, the closing sentence, a table's caption). */
  readonly keepWithNext: boolean;
}

export const STYLE_NAMES = [
  'draftMark',
  'superior',
  'issuer',
  'nation',
  'motto',
  'number',
  'placeDate',
  'title',
  'subject',
  'partHeading',
  'heading',
  'subHeading',
  'body',
  'listItem',
  'closing',
  'recipientsLabel',
  'recipient',
  'signatureAuthority',
  'signatureTitle',
  'signatureName',
  'appendixHeading',
  'appendixTitle',
  'appendixAttach',
  'tableCaption',
  'tableTitle',
  'tableResultLine',
  'tableHeader',
  'tableCell',
  'chartCaption',
  'pageNumber',
] as const;
export type StyleName = (typeof STYLE_NAMES)[number];

export type StyleSheet = Readonly<Record<StyleName, ParagraphStyle>>;

/** A piece of text with its own emphasis; absent flags inherit the paragraph's style. */
export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** A table cell's inner margins and where its content sits between its top and bottom. */
export interface CellLook {
  readonly padTopBottomPt: number;
  readonly padSidePt: number;
  readonly verticalAlign: 'top' | 'center';
}

/** A horizontal rule under a line, centred under it, `widthPt` long (the decree's short rules). */
export interface Rule {
  readonly widthPt: number;
}

/** One line of text in the header, title or signature blocks. */
export interface Line {
  readonly text: string;
  readonly style: StyleName;
  /** A rule drawn under the line (issuing body, motto, subject). */
  readonly ruleBelow?: Rule;
}

export interface PageSetup {
  /** A4 portrait: 595.3 × 841.9 pt. */
  readonly widthPt: number;
  readonly heightPt: number;
  readonly marginsPt: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly fontFamily: string;
  /** Arabic page numbers centred in the top margin; none on page 1. */
  readonly pageNumbers: { readonly position: 'top-center'; readonly style: StyleName; readonly skipFirstPage: boolean };
}

/**
 * The block above the title: a two-column borderless table. Left column: superior body over
 * the issuing body; right column: national title over the motto. Next row: number | place and date.
 */
export interface DocumentHeader {
  /** Share of the text width taken by the left column (0–1). */
  readonly leftColumnShare: number;
  readonly left: readonly Line[];
  readonly right: readonly Line[];
  /** "Số: 45/BC-UBND" */
  readonly number: Line;
  /** "Hòa Phong, ngày 08 tháng 6 năm 2026" */
  readonly placeDate: Line;
}

/** Where a body block's text came from: generated from the forms, or typed by the staff. */
export type BlockSource = 'generated' | 'staff' | 'fixed';

/** "I. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" */
export interface PartHeadingBlock {
  readonly kind: 'part-heading';
  /** "I" */
  readonly number: string;
  /** Full printed text, number included: "I. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH". */
  readonly text: string;
  readonly style: StyleName;
}

/** "1. Cải cách thể chế" (level 2) or "a) Kiểm soát thủ tục hành chính" (level 3). */
export interface HeadingBlock {
  readonly kind: 'heading';
  readonly level: 2 | 3;
  /** "1." or "a)" */
  readonly label: string;
  /** Full printed text, label included. */
  readonly text: string;
  readonly style: StyleName;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly runs: readonly TextRun[];
  readonly style: StyleName;
  readonly source: BlockSource;
  /** The narrative section the paragraph belongs to, if any. */
  readonly section?: NarrativeKey;
}

/** A "- …" line of the staff's text; the marker is printed before the runs. */
export interface ListItemBlock {
  readonly kind: 'list-item';
  readonly marker: string;
  readonly runs: readonly TextRun[];
  readonly style: StyleName;
  readonly source: BlockSource;
  readonly section?: NarrativeKey;
}

/** A chart (the consolidated report's): drawn by each renderer with what it has, its caption under it, its alternative text on the drawing. */
export interface ChartBlock {
  readonly kind: 'chart';
  readonly chart: ChartModel;
  /** The caption, printed under the drawing: "Biểu đồ 1. …" (the chart's own). */
  readonly text: string;
  readonly style: StyleName;
}

export type BodyBlock = PartHeadingBlock | HeadingBlock | ParagraphBlock | ListItemBlock | ChartBlock;

/** "Nơi nhận:" and its list, every item already punctuated ("- …;", the last "- Lưu: VT, ….") */
export interface Recipients {
  readonly label: Line;
  readonly items: readonly Line[];
}

export interface Signature {
  /** ["TM. ỦY BAN NHÂN DÂN XÃ"] */
  readonly authority: readonly Line[];
  /** "CHỦ TỊCH" */
  readonly title: Line;
  /** Space left for the signature and seal. */
  readonly spacePt: number;
  /** Absent when no signer's name is known. */
  readonly name?: Line;
}

/** The closing table: recipients on the left, signature on the right. */
export interface ClosingBlock {
  readonly leftColumnShare: number;
  readonly recipients: Recipients;
  readonly signature: Signature;
}

export const APPENDIX_COLUMNS = 5;

/** One row of an appendix table: STT | Chỉ tiêu | Đơn vị tính | Số lượng/Tỷ lệ | Ghi chú, already formatted. */
export interface AppendixRow {
  readonly key: string;
  readonly cells: readonly [string, string, string, string, string];
  /** A heading row of the form (kind section): printed bold. */
  readonly bold: boolean;
  /** A computed row (ratio or sum). */
  readonly computed: boolean;
}

export interface AppendixTable {
  /** The form the table shows; absent for other tables (the consolidated report's lists of communes). */
  readonly form?: FormNumber;
  /** "Biểu mẫu 1" — printed above the table. */
  readonly caption: Line;
  /** "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC" */
  readonly title: Line;
  /** "Kết quả thống kê", between the title and the table, as Phụ lục 01 prints it; absent for other tables. */
  readonly resultLine?: Line;
  /** The column titles; repeated on every page the table spans. */
  readonly header: readonly [string, string, string, string, string];
  /** Shares of the text width, summing to 1. */
  readonly columnShares: readonly [number, number, number, number, number];
  /** Alignment of each column's body cells. */
  readonly columnAlign: readonly [Alignment, Alignment, Alignment, Alignment, Alignment];
  readonly headerStyle: StyleName;
  readonly cellStyle: StyleName;
  readonly rows: readonly AppendixRow[];
}

export interface Appendix {
  /** Starts on a new page. */
  readonly pageBreakBefore: true;
  /** "PHỤ LỤC 01" */
  readonly heading: Line;
  /** "BIỂU MẪU THỐNG KÊ SỐ LIỆU …" */
  readonly title: Line;
  /** "(Kèm theo Báo cáo số: 45/BC-UBND ngày 08/06/2026 của UBND xã Hòa Phong)" */
  readonly attach: Line;
  readonly tables: readonly AppendixTable[];
}

export interface ReportDocument {
  readonly page: PageSetup;
  readonly styles: StyleSheet;
  readonly draft: boolean;
  /** "DỰ THẢO" shown above the header on page 1 (and by renderers wherever they can) when draft. */
  readonly draftMark?: Line;
  readonly header: DocumentHeader;
  /** "BÁO CÁO" and the subject line. */
  readonly title: readonly Line[];
  readonly body: readonly BodyBlock[];
  /** "Trên đây là báo cáo … ./." */
  readonly closingSentence: ParagraphBlock;
  readonly closing: ClosingBlock;
  readonly appendix: Appendix;
  /** Plain text for document properties. */
  readonly properties: { readonly title: string; readonly subject: string; readonly creator: string };
}
