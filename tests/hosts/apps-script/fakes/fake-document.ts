// A recording fake of the DocumentApp surface the renderer uses: a tree of paragraphs and tables with per-character emphasis.
import type {
  GasDocsReply,
  GasDocsRequest,
  GasInlineImage,
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

/**
 * A Doc keeps no C0 control but tab, line feed and carriage return, and no Private Use Area character:
 * "Some control characters (U+0000-U+0008, U+000C-U+001F) and characters from the Unicode Basic
 * Multilingual Plane Private Use Area (U+E000-U+F8FF) will be stripped out of the inserted text"
 * (https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest);
 * DocumentApp writes into the same document model, so the double strips them on every text it is given.
 */
// U+000B is kept, one character like any other: it is the Doc's line break inside a paragraph, as Documents.get reports a
// Shift+Enter (cedricdelpoux/gatsby-source-google-docs#131); only a newline starts a new paragraph.
// eslint-disable-next-line no-control-regex -- the stripped characters are control characters
const docsKept = (text: string): string => text.replace(/[\u0000-\u0008\u000C-\u001F\uE000-\uF8FF]/g, '');

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
  /** ParagraphStyle.keepWithNext: "Whether at least a part of this paragraph should be laid out on the same page or column as the next paragraph if possible" (https://developers.google.com/docs/api/reference/rest/v1/documents#paragraphstyle). */
  keepWithNext = false;
  /** Holds a page break (Paragraph.appendPageBreak). */
  pageBreak = false;
  /** Inline images before the text (Paragraph.appendInlineImage; the renderer writes them into empty paragraphs). */
  images: GoogleAppsScript.Base.BlobSource[] = [];
  /** Each image's alternative title and description, as set on it. */
  imageAlts: { title: string; description: string }[] = [];
  constructor(private readonly log: CallLog) {}
  private rec(m: string): void {
    this.log.record('DocumentApp', `Paragraph.${m}`);
  }
  setText(given: string): void {
    this.rec('setText');
    const text = docsKept(given);
    this.text = text;
    this.bold = Array<boolean>(text.length).fill(false);
    this.italic = Array<boolean>(text.length).fill(false);
    this.underline = Array<boolean>(text.length).fill(false);
    this.size = Array<number | null>(text.length).fill(null);
  }
  appendPageBreak(): unknown {
    this.rec('appendPageBreak');
    this.pageBreak = true;
    return { pageBreak: true };
  }
  /**
   * Paragraph.appendInlineImage(image): "Creates and inserts a new InlineImage from the specified image blob"
   * (https://developers.google.com/apps-script/reference/document/paragraph#appendInlineImage(BlobSource)); the fake
   * takes it only into a paragraph without text (the renderer's case), so that the image stands before the text.
   */
  appendInlineImage(image: GoogleAppsScript.Base.BlobSource): GasInlineImage {
    this.rec('appendInlineImage');
    if (this.text.length > 0) throw new Error('fake: an image after text is not modelled');
    this.images.push(image);
    const alt = { title: '', description: '' };
    this.imageAlts.push(alt);
    // InlineImage.setAltTitle / setAltDescription: "Sets the image's alternate title/description", each returning the image
    // for chaining (https://developers.google.com/apps-script/reference/document/inline-image#setAltTitle(String)).
    const inline: GasInlineImage = {
      setAltTitle: (t) => {
        this.rec('InlineImage.setAltTitle');
        alt.title = t;
        return inline;
      },
      setAltDescription: (d) => {
        this.rec('InlineImage.setAltDescription');
        alt.description = d;
        return inline;
      },
    };
    return inline;
  }
  appendText(text: string): GasText {
    this.rec('appendText');
    return this.put(text);
  }
  /** The text a constructor call gave (appendParagraph(text), appendTable(cells)): part of that one call, not another. */
  put(given: string): GasText {
    const text = docsKept(given);
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
    if (text) p.put(text);
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
    if (text) p.put(text);
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
  /** Rows repeated at the top of each page the table spans (PinTableHeaderRowsRequest). */
  pinnedHeaderRows = 0;
  /** Every cell's padding in points and content alignment (TableCellStyle), as set for the whole table; null where never set. */
  cellPadding: { top: number; bottom: number; left: number; right: number } | null = null;
  cellAlignment: string | null = null;
  constructor(
    private readonly log: CallLog,
    cells: string[][],
    private readonly body: FakeBody,
  ) {
    this.rows = cells.map((row) => row.map((t) => new FakeCell(log, t)));
  }
  getCell(r: number, c: number): GasTableCell {
    this.log.record('DocumentApp', 'Table.getCell');
    const cell = this.rows[r]?.[c];
    if (!cell) throw new Error(`Bảng không có ô ${r},${c}`);
    return cell;
  }
  getNextSibling(): { asParagraph(): GasParagraph } {
    this.log.record('DocumentApp', 'Table.getNextSibling');
    const next = this.body.children[this.body.children.indexOf(this) + 1];
    if (!(next instanceof FakeParagraph)) throw new Error('Sau bảng không có đoạn văn');
    return { asParagraph: () => next };
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
  /** Headers by id, each one paragraph (all the renderer writes into one); the DEFAULT one's id; DocumentStyle.useFirstPageHeaderFooter. */
  headers = new Map<string, FakeParagraph>();
  defaultHeader: string | null = null;
  useFirstPageHeaderFooter = false;
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
    if (text) p.put(text);
    this.children.push(p);
    return p;
  }
  /**
   * A body never ends with a table: appending one also appends an empty paragraph after it
   * (https://developers.google.com/apps-script/reference/document/body#appendTable(String[][])),
   * which stays empty, a stray blank line, unless something is written into it.
   */
  appendTable(cells: string[][]): GasTable {
    this.rec('appendTable');
    const t = new FakeTable(this.log, cells, this);
    this.children.push(t, new FakeParagraph(this.log));
    return t;
  }
  /**
   * The break goes into a new paragraph of its own: in a Doc a page break is a paragraph element
   * (https://developers.google.com/docs/api/reference/rest/v1/documents#pagebreak), and
   * Body.appendPageBreak "creates and appends a new PageBreak" to the body
   * (https://developers.google.com/apps-script/reference/document/body#appendPageBreak()).
   */
  appendPageBreak(): unknown {
    this.rec('appendPageBreak');
    const p = new FakeParagraph(this.log);
    p.pageBreak = true;
    this.children.push(p);
    return { pageBreak: true };
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
  /**
   * DocumentApp.openById(id): "Returns the document with the specified ID"
   * (https://developers.google.com/apps-script/reference/document/document-app#openById(String)); a document closed by
   * saveAndClose is open again. An unknown id is refused as the real service refuses it.
   */
  openById(id: string): FakeDocument {
    this.log.record('DocumentApp', 'openById');
    const d = this.docs.find((x) => x.id === id);
    if (!d) throw new Error(`Không tìm thấy tài liệu ${id}`);
    d.saved = false;
    return d;
  }
  create(name: string): FakeDocument {
    this.log.record('DocumentApp', 'create');
    const d = new FakeDocument(this.log, `doc-${this.docs.length + 1}`, name);
    this.docs.push(d);
    this.onCreate(d);
    return d;
  }
}

type DocsRequest = GasDocsRequest;
type DocsElement = GoogleAppsScript.Docs.Schema.StructuralElement;

/** Where each paragraph and table of a body sits in the Docs API's index space. */
interface Placed {
  readonly paras: { p: FakeParagraph; start: number; end: number; container: (FakeParagraph | BodyChild)[] }[];
  readonly tables: { t: FakeTable; start: number }[];
  readonly content: DocsElement[];
  readonly end: number;
}

const API_ALIGN: Record<string, string> = { START: 'LEFT', CENTER: 'CENTER', END: 'RIGHT', JUSTIFIED: 'JUSTIFY' };

/**
 * Indexes as the Docs API counts them (https://developers.google.com/docs/api/concepts/structure):
 * the body opens with a section break ending at 1; a paragraph spans its text and its closing
 * newline (a page break counts one); a table, each row and each cell open with one index of
 * their own before their content.
 */
function place(body: FakeBody): Placed {
  const paras: Placed['paras'] = [];
  const tables: Placed['tables'] = [];
  let at = 1;
  const paragraph = (p: FakeParagraph, container: (FakeParagraph | BodyChild)[]): DocsElement => {
    const start = at;
    const elements: GoogleAppsScript.Docs.Schema.ParagraphElement[] = [];
    if (p.pageBreak) {
      elements.push({ startIndex: at, endIndex: at + 1, pageBreak: {} });
      at += 1;
    }
    // "InlineObjectElement … An inline object … occupies a single index" (https://developers.google.com/docs/api/concepts/structure).
    for (const _ of p.images) {
      elements.push({ startIndex: at, endIndex: at + 1, inlineObjectElement: { inlineObjectId: `kix.image${at}` } });
      at += 1;
    }
    elements.push({ startIndex: at, endIndex: at + p.text.length + 1, textRun: { content: `${p.text}\n` } });
    at += p.text.length + 1;
    paras.push({ p, start, end: at, container });
    return { startIndex: start, endIndex: at, paragraph: { elements } };
  };
  const content: DocsElement[] = [{ endIndex: 1, sectionBreak: {} }];
  for (const child of body.children) {
    if (child instanceof FakeParagraph) content.push(paragraph(child, body.children));
    else if (child instanceof FakeTable) {
      const start = at;
      tables.push({ t: child, start });
      at += 1;
      const tableRows = child.rows.map((row) => {
        const rowStart = at;
        at += 1;
        const tableCells = row.map((cell) => {
          const cellStart = at;
          at += 1;
          const cellContent = cell.paragraphs.map((x) => paragraph(x, cell.paragraphs));
          return { startIndex: cellStart, endIndex: at, content: cellContent };
        });
        return { startIndex: rowStart, endIndex: at, tableCells };
      });
      content.push({ startIndex: start, endIndex: at, table: { rows: child.rows.length, columns: child.rows[0]?.length ?? 0, tableRows } });
    }
  }
  return { paras, tables, content, end: at };
}

/** The segment a request writes in: a header's id, or undefined for the body. */
const segmentOf = (r: DocsRequest): string | undefined =>
  r.insertText?.location?.segmentId || r.updateParagraphStyle?.range?.segmentId || r.updateTextStyle?.range?.segmentId || undefined;

/**
 * A header's one paragraph placed in the header's own index space: a header is a segment of its own, addressed by its id as
 * Location.segmentId and Range.segmentId (https://developers.google.com/docs/api/reference/rest/v1/documents/request#location),
 * and, having no section break before it, modelled as starting at index 0 (the body starts at 1). An unknown id is refused.
 */
function placeHeader(body: FakeBody, segment: string, i: number): Placed {
  const p = body.headers.get(segment);
  if (!p) throw new Error(`Invalid requests[${i}]: không có đầu trang ${segment}`);
  const end = p.text.length + 1;
  return { paras: [{ p, start: 0, end, container: [p] }], tables: [], content: [], end };
}

/**
 * A recording fake of the Docs advanced service (v1) over the DocumentApp fake's documents: get
 * returns the structure with indexes; batchUpdate applies the style requests the renderer sends,
 * all or nothing, refusing ranges outside the body.
 */
export class FakeDocsApi {
  readonly Documents: {
    get: (id: string) => GoogleAppsScript.Docs.Schema.Document;
    batchUpdate: (r: { requests: GasDocsRequest[] }, id: string) => GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;
  };
  constructor(
    private readonly log: CallLog,
    private readonly app: FakeDocumentApp,
  ) {
    this.Documents = {
      get: (id) => {
        this.log.record('Docs', 'Documents.get');
        const d = this.saved(id);
        return { documentId: id, body: { content: place(d.body).content } };
      },
      batchUpdate: (resource, id) => {
        this.log.record('Docs', 'Documents.batchUpdate');
        const d = this.saved(id);
        // "The requests are applied in the order they are given"; "If any request is not valid, then the
        // entire request will fail and nothing will be applied" (https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate):
        // each request is checked against the document as the ones before it left it, and a refusal restores the whole body.
        const b = d.body;
        const before = {
          children: b.children.map((c) => cloneChild(c, this.log, b)),
          page: { ...b.page },
          headers: new Map([...b.headers].map(([k, p]) => [k, cloneChild(p, this.log, b) as FakeParagraph])),
          defaultHeader: b.defaultHeader,
          firstApart: b.useFirstPageHeaderFooter,
        };
        const requests = resource.requests ?? [];
        try {
          const replies = requests.map((r, i) => {
            const segment = segmentOf(r);
            const placed = segment ? placeHeader(b, segment, i) : place(b);
            this.validate(r, i, placed, b);
            return this.apply(r, d, placed);
          });
          return { documentId: id, replies };
        } catch (e) {
          Object.assign(b, { children: before.children, page: before.page, headers: before.headers, defaultHeader: before.defaultHeader, useFirstPageHeaderFooter: before.firstApart });
          throw e;
        }
      },
    };
  }
  /** DocumentApp's changes are applied when the document is saved (Document.saveAndClose: "pending updates … flushed and applied"); the API sees only those. */
  private saved(id: string): FakeDocument {
    const d = this.app.docs.find((x) => x.id === id);
    if (!d) throw new Error(`Không tìm thấy tài liệu ${id}`);
    if (!d.saved) throw new Error('Tài liệu chưa được lưu (saveAndClose): API Docs chưa thấy thay đổi của DocumentApp');
    return d;
  }
  private validate(r: DocsRequest, i: number, placed: Placed, body: FakeBody): void {
    const fail = (why: string): never => {
      throw new Error(`Invalid requests[${i}].${Object.keys(r)[0] ?? ''}: ${why}`);
    };
    if (r.createHeader) {
      // CreateHeaderRequest: "If a header of the specified type already exists, a 400 bad request error is returned"
      // (https://developers.google.com/docs/api/reference/rest/v1/documents/request#createheaderrequest); the fake knows DEFAULT only.
      if (r.createHeader.type !== 'DEFAULT') fail('giả lập chỉ tạo đầu trang DEFAULT');
      if (body.defaultHeader !== null) fail('đầu trang DEFAULT đã có');
      return;
    }
    if (r.insertText?.location?.segmentId && r.insertText.text?.includes('\n')) fail('giả lập không tách đoạn trong đầu trang');
    const insert = r.insertText ?? r.insertTable ?? r.insertPageBreak;
    if (insert) {
      const toEnd = insert.endOfSegmentLocation !== undefined && insert.endOfSegmentLocation !== null;
      if (toEnd === (insert.location !== undefined && insert.location !== null)) fail('cần đúng một trong location và endOfSegmentLocation');
      if (toEnd && insert.endOfSegmentLocation?.segmentId) fail('giả lập chỉ chèn vào cuối thân tài liệu (segmentId rỗng)');
      const last = body.children[body.children.length - 1];
      if (!(last instanceof FakeParagraph)) fail('thân tài liệu phải kết thúc bằng một đoạn văn');
      if (r.insertText) {
        if (!r.insertText.text) fail('thiếu text');
        if (!toEnd) {
          const index = r.insertText.location?.index ?? -1;
          // The index must fall in a paragraph's text or at its closing newline, never on a table's or cell's own index.
          if (!placed.paras.some((x) => index >= x.end - 1 - x.p.text.length && index <= x.end - 1)) fail(`vị trí ${index} không nằm trong một đoạn văn`);
        }
      } else if (r.insertTable) {
        if (!toEnd) fail('giả lập chỉ chèn bảng ở cuối thân tài liệu');
        if (!(r.insertTable.rows && r.insertTable.rows > 0 && r.insertTable.columns && r.insertTable.columns > 0)) fail('bảng cần ít nhất một hàng và một cột');
      } else {
        if (!toEnd) fail('giả lập chỉ chèn ngắt trang ở cuối thân tài liệu');
        // The fake keeps a break at the start of its paragraph: it takes one only into an empty last paragraph.
        if ((last as FakeParagraph).text !== '' || (last as FakeParagraph).pageBreak) fail('giả lập chỉ chèn ngắt trang vào đoạn cuối còn trống');
      }
      return;
    }
    const range = r.updateParagraphStyle?.range ?? r.updateTextStyle?.range;
    if (range) {
      const s = range.startIndex ?? 0;
      const e = range.endIndex ?? 0;
      const first = segmentOf(r) ? 0 : 1;
      if (s < first || e <= s || e > placed.end) fail(`vùng ${s}–${e} ngoài đoạn (${first}–${placed.end})`);
      if (!(r.updateParagraphStyle?.fields ?? r.updateTextStyle?.fields)) fail('thiếu fields');
      return;
    }
    const table = r.updateTableCellStyle?.tableStartLocation ?? r.updateTableColumnProperties?.tableStartLocation ?? r.pinTableHeaderRows?.tableStartLocation;
    if (table) {
      const at = placed.tables.find((t) => t.start === table.index);
      if (!at) fail(`không có bảng bắt đầu ở ${table.index}`);
      // pinnedHeaderRowsCount: "The number of table rows to pin, where 0 implies that all rows are unpinned"; the fake refuses a count past the table's rows.
      const pin = r.pinTableHeaderRows?.pinnedHeaderRowsCount;
      if (pin !== undefined && (!Number.isInteger(pin) || pin < 0 || pin > (at?.t.rows.length ?? 0))) fail(`không ghim được ${pin} hàng tiêu đề`);
      const cp = r.updateTableColumnProperties;
      if (cp && cp.tableColumnProperties?.widthType === 'FIXED_WIDTH' && !cp.tableColumnProperties.width) fail('FIXED_WIDTH cần width');
      return;
    }
    if (r.updateDocumentStyle) return;
    fail('yêu cầu chưa hỗ trợ');
  }
  private apply(r: DocsRequest, d: FakeDocument, placed: Placed): GasDocsReply {
    if (r.createHeader) {
      const headerId = `kix.header${d.body.headers.size + 1}`;
      d.body.headers.set(headerId, new FakeParagraph(this.log));
      d.body.defaultHeader = headerId;
      return { createHeader: { headerId } };
    }
    const over = (range: GoogleAppsScript.Docs.Schema.Range | undefined) =>
      placed.paras.filter((x) => x.start < (range?.endIndex ?? 0) && (range?.startIndex ?? 0) < x.end);
    const children = d.body.children;
    const last = children[children.length - 1] as FakeParagraph;
    if (r.insertText) {
      const text = r.insertText.text ?? '';
      if (r.insertText.endOfSegmentLocation) insertInto(this.log, last, last.text.length, text, children);
      else {
        const index = r.insertText.location?.index ?? 0;
        const x = placed.paras.find((y) => index >= y.end - 1 - y.p.text.length && index <= y.end - 1)!;
        insertInto(this.log, x.p, index - (x.end - 1 - x.p.text.length), text, x.container);
      }
    } else if (r.insertTable) {
      const { rows = 0, columns = 0 } = r.insertTable;
      const cells = Array.from({ length: rows ?? 0 }, () => Array.from({ length: columns ?? 0 }, () => ''));
      children.push(new FakeTable(this.log, cells, d.body), new FakeParagraph(this.log));
    } else if (r.insertPageBreak) {
      last.pageBreak = true;
      children.push(new FakeParagraph(this.log));
    } else if (r.updateParagraphStyle) {
      const ps = r.updateParagraphStyle.paragraphStyle ?? {};
      for (const { p } of over(r.updateParagraphStyle.range)) {
        if (ps.alignment) p.align = API_ALIGN[ps.alignment] ?? ps.alignment;
        if (ps.indentFirstLine) p.indentFirstLine = ps.indentFirstLine.magnitude ?? 0;
        if (ps.spaceAbove) p.spacingBefore = ps.spaceAbove.magnitude ?? 0;
        if (ps.spaceBelow) p.spacingAfter = ps.spaceBelow.magnitude ?? 0;
        if (ps.lineSpacing !== undefined) p.lineSpacing = ps.lineSpacing / 100;
        if (ps.keepWithNext !== undefined) p.keepWithNext = ps.keepWithNext;
      }
    } else if (r.updateTextStyle) {
      const ts = r.updateTextStyle.textStyle ?? {};
      const fields = (r.updateTextStyle.fields ?? '').split(',');
      const s = r.updateTextStyle.range?.startIndex ?? 0;
      const e = r.updateTextStyle.range?.endIndex ?? 0;
      for (const { p, end } of over(r.updateTextStyle.range)) {
        const textStart = end - 1 - p.text.length;
        for (let i = Math.max(s, textStart); i < Math.min(e, end); i++) {
          const k = i - textStart;
          if (k === p.text.length) {
            if (fields.includes('fontSize')) p.markSize = ts.fontSize?.magnitude ?? null;
            continue;
          }
          if (fields.includes('bold')) p.bold[k] = ts.bold === true;
          if (fields.includes('italic')) p.italic[k] = ts.italic === true;
          if (fields.includes('underline')) p.underline[k] = ts.underline === true;
          if (fields.includes('fontSize')) p.size[k] = ts.fontSize?.magnitude ?? null;
        }
        if (fields.includes('weightedFontFamily')) p.font = ts.weightedFontFamily?.fontFamily ?? null;
      }
    } else if (r.updateTableCellStyle) {
      const t = placed.tables.find((x) => x.start === r.updateTableCellStyle?.tableStartLocation?.index)!.t;
      const cs = r.updateTableCellStyle.tableCellStyle ?? {};
      const fields = r.updateTableCellStyle.fields.split(',');
      t.borderWidth = cs.borderTop?.width?.magnitude ?? t.borderWidth;
      // TableCellStyle (https://developers.google.com/docs/api/reference/rest/v1/documents#tablecellstyle): paddingTop … paddingRight,
      // and contentAlignment (ContentAlignment: TOP, MIDDLE, BOTTOM); a table start location with no range applies to every cell.
      if (fields.includes('paddingTop')) {
        const pad = (d: GoogleAppsScript.Docs.Schema.Dimension | undefined): number => d?.magnitude ?? 0;
        t.cellPadding = { top: pad(cs.paddingTop), bottom: pad(cs.paddingBottom), left: pad(cs.paddingLeft), right: pad(cs.paddingRight) };
      }
      if (fields.includes('contentAlignment')) t.cellAlignment = cs.contentAlignment ?? null;
    } else if (r.updateTableColumnProperties) {
      const u = r.updateTableColumnProperties;
      const t = placed.tables.find((x) => x.start === u.tableStartLocation?.index)!.t;
      for (const c of u.columnIndices ?? []) t.columnWidths[c] = u.tableColumnProperties?.width?.magnitude ?? 0;
    } else if (r.pinTableHeaderRows) {
      // PinTableHeaderRowsRequest: "Updates the number of pinned table header rows in a table"
      // (https://developers.google.com/docs/api/reference/rest/v1/documents/request#pintableheaderrowsrequest).
      const u = r.pinTableHeaderRows;
      placed.tables.find((x) => x.start === u.tableStartLocation.index)!.t.pinnedHeaderRows = u.pinnedHeaderRowsCount;
    } else if (r.updateDocumentStyle) {
      const ds = r.updateDocumentStyle.documentStyle ?? {};
      const page = d.body.page;
      page.width = ds.pageSize?.width?.magnitude ?? page.width;
      page.height = ds.pageSize?.height?.magnitude ?? page.height;
      page.top = ds.marginTop?.magnitude ?? page.top;
      page.bottom = ds.marginBottom?.magnitude ?? page.bottom;
      page.left = ds.marginLeft?.magnitude ?? page.left;
      page.right = ds.marginRight?.magnitude ?? page.right;
      if (r.updateDocumentStyle.fields.split(',').includes('useFirstPageHeaderFooter')) d.body.useFirstPageHeaderFooter = ds.useFirstPageHeaderFooter === true;
    }
    return {};
  }
}

/**
 * Inserts `given` into paragraph `p` at text offset `k`; each newline ends the paragraph there and
 * starts a new one after it in `container` with the same paragraph style, which takes the rest of
 * the text (InsertTextRequest: "Inserting a newline character will implicitly create a new Paragraph at that index").
 */
function insertInto(log: CallLog, p: FakeParagraph, k: number, given: string, container: (FakeParagraph | BodyChild)[]): void {
  const segs = docsKept(given).split('\n');
  const tail = { text: p.text.slice(k), bold: p.bold.slice(k), italic: p.italic.slice(k), underline: p.underline.slice(k), size: p.size.slice(k) };
  p.text = p.text.slice(0, k);
  p.bold.length = p.italic.length = p.underline.length = p.size.length = k;
  p.put(segs[0] ?? '');
  let prev = p;
  for (const seg of segs.slice(1)) {
    const next = new FakeParagraph(log);
    Object.assign(next, { align: p.align, indentFirstLine: p.indentFirstLine, spacingBefore: p.spacingBefore, spacingAfter: p.spacingAfter, lineSpacing: p.lineSpacing, font: p.font });
    next.put(seg);
    container.splice(container.indexOf(prev) + 1, 0, next);
    prev = next;
  }
  prev.text += tail.text;
  prev.bold.push(...tail.bold);
  prev.italic.push(...tail.italic);
  prev.underline.push(...tail.underline);
  prev.size.push(...tail.size);
}

/** A deep copy of a body child, to put back when a batch is refused. */
function cloneChild(c: BodyChild, log: CallLog, body: FakeBody): BodyChild {
  const para = (p: FakeParagraph): FakeParagraph => {
    const copy = new FakeParagraph(log);
    Object.assign(copy, { ...p, bold: [...p.bold], italic: [...p.italic], underline: [...p.underline], size: [...p.size], imageAlts: p.imageAlts.map((a) => ({ ...a })) });
    return copy;
  };
  if (c instanceof FakeParagraph) return para(c);
  if (c instanceof FakeTable) {
    const t = new FakeTable(log, [], body);
    t.borderWidth = c.borderWidth;
    t.columnWidths = [...c.columnWidths];
    t.pinnedHeaderRows = c.pinnedHeaderRows;
    t.cellPadding = c.cellPadding;
    t.cellAlignment = c.cellAlignment;
    t.rows = c.rows.map((row) =>
      row.map((cell) => {
        const copy = new FakeCell(log, '');
        copy.paragraphs = cell.paragraphs.map(para);
        copy.width = cell.width;
        return copy;
      }),
    );
    return t;
  }
  return c;
}
