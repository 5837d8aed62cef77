// A recording fake of the DocumentApp surface the renderer uses: a tree of paragraphs and tables with per-character emphasis.
import type {
  GasBody,
  GasDocument,
  GasDocumentApp,
  GasParagraph,
  GasTable,
  GasTableCell,
  GasTableRow,
  GasText,
} from '../../../../src/hosts/apps-script/gas-types';
import type { CallLog } from './call-log';

export class FakeParagraph implements GasParagraph {
  text = '';
  bold: boolean[] = [];
  italic: boolean[] = [];
  underline: boolean[] = [];
  size: (number | null)[] = [];
  /** Size of an empty paragraph (its mark). */
  markSize: number | null = null;
  font: string | null = null;
  align: string | null = null;
  indentFirstLine = 0;
  spacingBefore = 0;
  spacingAfter = 0;
  lineSpacing = 1;
  constructor(private readonly log: CallLog) {}
  private rec(m: string): void {
    this.log.record('DocumentApp', `Paragraph.${m}`);
  }
  appendText(text: string): GasText {
    this.rec('appendText');
    const start = this.text.length;
    this.text += text;
    for (let i = 0; i < text.length; i++) {
      this.bold.push(false);
      this.italic.push(false);
      this.underline.push(false);
      this.size.push(null);
    }
    return new FakeText(this.log, [this], start);
  }
  editAsText(): GasText {
    this.rec('editAsText');
    return new FakeText(this.log, [this], 0);
  }
  setAlignment(a: GoogleAppsScript.Document.HorizontalAlignment): this {
    this.rec('setAlignment');
    this.align = String(a);
    return this;
  }
  setIndentFirstLine(n: number): this {
    this.rec('setIndentFirstLine');
    this.indentFirstLine = n;
    return this;
  }
  setSpacingBefore(n: number): this {
    this.rec('setSpacingBefore');
    this.spacingBefore = n;
    return this;
  }
  setSpacingAfter(n: number): this {
    this.rec('setSpacingAfter');
    this.spacingAfter = n;
    return this;
  }
  setLineSpacing(n: number): this {
    this.rec('setLineSpacing');
    this.lineSpacing = n;
    return this;
  }
  /** Whether every character of the paragraph is bold. */
  allBold(): boolean {
    return this.bold.length > 0 && this.bold.every(Boolean);
  }
}

/** Text editing over one paragraph (offsets from `base`) or, with several, their whole content (size and font only). */
class FakeText implements GasText {
  constructor(
    private readonly log: CallLog,
    private readonly paras: FakeParagraph[],
    private readonly base: number,
  ) {}
  private span(method: string, start: number, end: number, apply: (p: FakeParagraph, i: number) => void): this {
    this.log.record('DocumentApp', `Text.${method}`);
    const p = this.paras[0];
    if (!p || this.paras.length !== 1) throw new Error(`${method} cần đúng một đoạn`);
    if (start < 0 || end < start || this.base + end >= p.text.length) throw new Error(`${method}: vị trí ${start}–${end} ngoài đoạn dài ${p.text.length}`);
    for (let i = this.base + start; i <= this.base + end; i++) apply(p, i);
    return this;
  }
  setBold(start: number, end: number, v: boolean): this {
    return this.span('setBold', start, end, (p, i) => (p.bold[i] = v));
  }
  setItalic(start: number, end: number, v: boolean): this {
    return this.span('setItalic', start, end, (p, i) => (p.italic[i] = v));
  }
  setUnderline(start: number, end: number, v: boolean): this {
    return this.span('setUnderline', start, end, (p, i) => (p.underline[i] = v));
  }
  setFontFamily(f: string): this {
    this.log.record('DocumentApp', 'Text.setFontFamily');
    for (const p of this.paras) p.font = f;
    return this;
  }
  setFontSize(n: number): this {
    this.log.record('DocumentApp', 'Text.setFontSize');
    for (const p of this.paras) {
      p.size = p.size.map(() => n);
      p.markSize = n;
    }
    return this;
  }
}

export class FakeCell implements GasTableCell {
  paragraphs: FakeParagraph[];
  width: number | null = null;
  constructor(
    private readonly log: CallLog,
    text: string,
  ) {
    const p = new FakeParagraph(log);
    if (text) p.appendText(text);
    this.paragraphs = [p];
  }
  getChild(i: number): { asParagraph(): GasParagraph } {
    this.log.record('DocumentApp', 'TableCell.getChild');
    const p = this.paragraphs[i];
    if (!p) throw new Error(`Ô không có phần tử ${i}`);
    return { asParagraph: () => p };
  }
  appendParagraph(text: string): GasParagraph {
    this.log.record('DocumentApp', 'TableCell.appendParagraph');
    const p = new FakeParagraph(this.log);
    if (text) p.appendText(text);
    this.paragraphs.push(p);
    return p;
  }
  setWidth(w: number): this {
    this.width = w;
    return this;
  }
  setPaddingTop(): this {
    return this;
  }
  setPaddingBottom(): this {
    return this;
  }
  setVerticalAlignment(): this {
    return this;
  }
  text(): string {
    return this.paragraphs.map((p) => p.text).join('\n');
  }
}

export class FakeTable implements GasTable {
  rows: FakeCell[][];
  borderWidth = 1;
  columnWidths: number[] = [];
  constructor(
    private readonly log: CallLog,
    cells: string[][],
  ) {
    this.rows = cells.map((row) => row.map((t) => new FakeCell(log, t)));
  }
  getRow(i: number): GasTableRow {
    this.log.record('DocumentApp', 'Table.getRow');
    const row = this.rows[i];
    if (!row) throw new Error(`Bảng không có hàng ${i}`);
    return {
      getCell: (c: number) => {
        const cell = row[c];
        if (!cell) throw new Error(`Hàng không có ô ${c}`);
        return cell;
      },
    };
  }
  editAsText(): GasText {
    this.log.record('DocumentApp', 'Table.editAsText');
    return new FakeText(this.log, this.rows.flat().flatMap((c) => c.paragraphs), 0);
  }
  setBorderWidth(w: number): this {
    this.log.record('DocumentApp', 'Table.setBorderWidth');
    this.borderWidth = w;
    return this;
  }
  setColumnWidth(i: number, w: number): this {
    this.log.record('DocumentApp', 'Table.setColumnWidth');
    this.columnWidths[i] = w;
    return this;
  }
}

export type BodyChild = FakeParagraph | FakeTable | { pageBreak: true };

export class FakeBody implements GasBody {
  children: BodyChild[];
  page = { width: 612, height: 792, top: 72, bottom: 72, left: 72, right: 72 };
  constructor(private readonly log: CallLog) {
    this.children = [new FakeParagraph(log)];
  }
  private rec(m: string): void {
    this.log.record('DocumentApp', `Body.${m}`);
  }
  setPageWidth(v: number): this {
    this.rec('setPageWidth');
    this.page.width = v;
    return this;
  }
  setPageHeight(v: number): this {
    this.rec('setPageHeight');
    this.page.height = v;
    return this;
  }
  setMarginTop(v: number): this {
    this.rec('setMarginTop');
    this.page.top = v;
    return this;
  }
  setMarginBottom(v: number): this {
    this.rec('setMarginBottom');
    this.page.bottom = v;
    return this;
  }
  setMarginLeft(v: number): this {
    this.rec('setMarginLeft');
    this.page.left = v;
    return this;
  }
  setMarginRight(v: number): this {
    this.rec('setMarginRight');
    this.page.right = v;
    return this;
  }
  appendParagraph(text: string): GasParagraph {
    this.rec('appendParagraph');
    const p = new FakeParagraph(this.log);
    if (text) p.appendText(text);
    this.children.push(p);
    return p;
  }
  appendTable(cells: string[][]): GasTable {
    this.rec('appendTable');
    const t = new FakeTable(this.log, cells);
    this.children.push(t);
    return t;
  }
  appendPageBreak(): unknown {
    this.rec('appendPageBreak');
    const b = { pageBreak: true as const };
    this.children.push(b);
    return b;
  }
  getChild(i: number): { asParagraph(): GasParagraph } {
    this.rec('getChild');
    const c = this.children[i];
    if (!(c instanceof FakeParagraph)) throw new Error(`Phần tử ${i} không phải đoạn văn`);
    return { asParagraph: () => c };
  }
  editAsText(): GasText {
    this.rec('editAsText');
    return new FakeText(this.log, this.allParagraphs(), 0);
  }
  allParagraphs(): FakeParagraph[] {
    return this.children.flatMap((c) => (c instanceof FakeParagraph ? [c] : c instanceof FakeTable ? c.rows.flat().flatMap((cell) => cell.paragraphs) : []));
  }
  tables(): FakeTable[] {
    return this.children.filter((c): c is FakeTable => c instanceof FakeTable);
  }
  /** The document's text, paragraphs and table cells in order. */
  plainText(): string {
    return this.allParagraphs().map((p) => p.text).join('\n');
  }
}

export class FakeDocument implements GasDocument {
  readonly body: FakeBody;
  saved = false;
  constructor(
    private readonly log: CallLog,
    readonly id: string,
    readonly name: string,
  ) {
    this.body = new FakeBody(log);
  }
  /** A closed Document is not used again: DocumentApp says to reopen it with openById. */
  private open(method: string): void {
    if (this.saved) throw new Error(`Tài liệu đã đóng (saveAndClose), không gọi được ${method}`);
  }
  getId(): string {
    this.open('getId');
    return this.id;
  }
  getUrl(): string {
    this.open('getUrl');
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  getBody(): GasBody {
    this.log.record('DocumentApp', 'Document.getBody');
    this.open('getBody');
    return this.body;
  }
  saveAndClose(): void {
    this.log.record('DocumentApp', 'Document.saveAndClose');
    this.open('saveAndClose');
    this.saved = true;
  }
  /** The URL, for tests, whether open or closed. */
  url(): string {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
}

export class FakeDocumentApp implements GasDocumentApp {
  docs: FakeDocument[] = [];
  HorizontalAlignment = { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' } as unknown as typeof GoogleAppsScript.Document.HorizontalAlignment;
  VerticalAlignment = { TOP: 'TOP', CENTER: 'CENTER', BOTTOM: 'BOTTOM' } as unknown as typeof GoogleAppsScript.Document.VerticalAlignment;
  /** `onCreate` lets Drive know the new file (a new Doc lands in My Drive). */
  constructor(
    private readonly log: CallLog,
    private readonly onCreate: (doc: FakeDocument) => void = () => undefined,
  ) {}
  create(name: string): FakeDocument {
    this.log.record('DocumentApp', 'create');
    const d = new FakeDocument(this.log, `doc-${this.docs.length + 1}`, name);
    this.docs.push(d);
    this.onCreate(d);
    return d;
  }
}
