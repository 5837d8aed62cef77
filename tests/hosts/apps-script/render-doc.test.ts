// The report model rendered through the DocumentApp fake: page, typeface, header table, body, closing and appendix tables.
import * as fs from 'fs';
import * as path from 'path';
import type { ReportData } from '../../../src/core/data/types';
import { buildReport } from '../../../src/core/report/build-report';
import { DocStructureError, renderReportDoc } from '../../../src/hosts/apps-script/render-doc';
import { renderDocx } from '../../../src/render/render-docx';
import JSZip from 'jszip';
import { CallLog } from './fakes/call-log';
import { FakeDocsApi, FakeDocumentApp, FakeParagraph, FakeTable } from './fakes/fake-document';

const EXAMPLE: ReportData = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8'));

function render(draft = false) {
  const log = new CallLog();
  const app = new FakeDocumentApp(log);
  const doc = app.create('x');
  const model = buildReport(EXAMPLE, { draft });
  log.reset();
  renderReportDoc(new FakeDocsApi(log, app), doc, model);
  return { body: doc.body, model, log, doc };
}

describe('renderReportDoc', () => {
  it('sets A4 and the decree margins in points, Times New Roman everywhere', () => {
    const { body, model } = render();
    expect(body.page.width).toBeCloseTo(595.3, 0);
    expect(body.page.height).toBeCloseTo(841.9, 0);
    expect(body.page.left).toBeCloseTo(model.page.marginsPt.left, 5);
    expect(body.page.top).toBeCloseTo(model.page.marginsPt.top, 5);
    // All but the empty paragraph that ends the document (after the last table), which holds no text.
    const paras = body.allParagraphs();
    expect(paras.slice(0, -1).every((p) => p.font === 'Times New Roman')).toBe(true);
    expect(paras[paras.length - 1]!.text).toBe('');
  });

  it('puts the header in a borderless two-column table: bodies left, nation and motto right, number and date below', () => {
    const { body, model } = render();
    const header = body.tables()[0]!;
    expect(header.borderWidth).toBe(0);
    expect(header.rows).toHaveLength(2);
    const left = header.rows[0]![0]!.paragraphs.map((p) => p.text);
    expect(left).toEqual(expect.arrayContaining(model.header.left.map((l) => l.text)));
    const right = header.rows[0]![1]!.paragraphs;
    const nation = right.find((p) => p.text === model.header.right[0]!.text)!;
    expect(nation.allBold()).toBe(model.styles[model.header.right[0]!.style].bold);
    expect(header.rows[1]![0]!.text()).toBe(model.header.number.text);
    const date = header.rows[1]![1]!.paragraphs[0]!;
    expect(date.text).toBe(model.header.placeDate.text);
    expect(date.italic.every(Boolean)).toBe(true);
    expect(header.columnWidths[0]! + header.columnWidths[1]!).toBeCloseTo(595.3 - model.page.marginsPt.left - model.page.marginsPt.right, 0);
  });

  it('writes every body block in order with its style (justified body, first-line indent)', () => {
    const { body, model } = render();
    const paras = body.children.filter((c): c is FakeParagraph => c instanceof FakeParagraph);
    const texts = paras.map((p) => p.text);
    let at = 0;
    for (const block of model.body) {
      const text = block.kind === 'paragraph' ? block.runs.map((r) => r.text).join('') : block.kind === 'list-item' ? `${block.marker} ${block.runs.map((r) => r.text).join('')}` : block.text;
      const i = texts.indexOf(text, at);
      expect(i).toBeGreaterThanOrEqual(at);
      at = i + 1;
    }
    const firstBody = model.body.find((b) => b.kind === 'paragraph')!;
    const p = paras.find((x) => x.text === (firstBody.kind === 'paragraph' ? firstBody.runs.map((r) => r.text).join('') : ''))!;
    expect(p.align).toBe('JUSTIFY');
    expect(p.indentFirstLine).toBe(model.styles.body.firstLineIndentPt);
    expect(p.size.every((s) => s === model.styles.body.sizePt)).toBe(true);
  });

  it('closes with recipients beside the signature, then the appendix on a new page with the seven tables', () => {
    const { body, model } = render();
    const closing = body.tables()[1]!;
    expect(closing.rows[0]![0]!.paragraphs[0]!.text).toBe(model.closing.recipients.label.text);
    expect(closing.rows[0]![1]!.text()).toContain(model.closing.signature.title.text);
    expect(closing.rows[0]![1]!.text()).toContain('Trần Văn Minh');
    const breakAt = body.children.findIndex((c) => c instanceof FakeParagraph && c.pageBreak);
    expect(breakAt).toBeGreaterThan(body.children.indexOf(closing));
    const tables = body.tables().slice(2);
    expect(tables).toHaveLength(7);
    model.appendix.tables.forEach((t, i) => {
      const ft: FakeTable = tables[i]!;
      expect(ft.rows).toHaveLength(t.rows.length + 1);
      expect(ft.rows[0]!.map((c) => c.text())).toEqual([...t.header]);
      expect(ft.rows[0]![1]!.paragraphs[0]!.allBold()).toBe(true);
      t.rows.forEach((r, j) => expect(ft.rows[j + 1]!.map((c) => c.text())).toEqual([...r.cells]));
    });
    const bm1 = model.appendix.tables[0]!;
    const ratioRow = bm1.rows.findIndex((r) => r.key === '2');
    expect(tables[0]!.rows[ratioRow + 1]![3]!.text()).toBe('67,5');
  });

  it('leaves no empty paragraph after a table: the next paragraph or the page break goes into it; only the one ending the document stays', () => {
    const { body, model } = render();
    const kids = body.children;
    const tables = kids.map((c, i) => (c instanceof FakeTable ? i : -1)).filter((i) => i >= 0);
    expect(tables).toHaveLength(9);
    for (const i of tables.slice(0, -1)) {
      const next = kids[i + 1];
      expect(next instanceof FakeParagraph && (next.text !== '' || next.pageBreak)).toBe(true);
    }
    const breakAt = kids.findIndex((c) => c instanceof FakeParagraph && c.pageBreak);
    expect(kids[breakAt - 1]).toBe(body.tables()[1]);
    expect((kids[breakAt + 1] as FakeParagraph).text).toBe(model.appendix.heading.text);
    const empty = kids.filter((c, i) => i > 0 && c instanceof FakeParagraph && c.text === '' && !c.pageBreak);
    expect(empty).toEqual([kids[kids.length - 1]]);
  });

  it('costs five Docs API calls and the Doc save, whatever the number of paragraphs and cells (issue 23)', () => {
    const { log, model } = render();
    const cells = model.appendix.tables.reduce((n, t) => n + (t.rows.length + 1) * t.header.length, 0);
    expect(cells).toBeGreaterThan(400);
    expect(model.body.length).toBeGreaterThan(40);
    expect(log.calls.map((c) => `${c.service}:${c.method}`).filter((c) => !c.startsWith('DocumentApp:create'))).toEqual([
      'DocumentApp:Document.saveAndClose',
      'Docs:Documents.batchUpdate',
      'Docs:Documents.get',
      'Docs:Documents.batchUpdate',
      'Docs:Documents.get',
      'Docs:Documents.batchUpdate',
    ]);
  });

  it('styles the written runs: a bold run inside a paragraph is bold, the rest as its style', () => {
    const base = buildReport(EXAMPLE, { draft: false });
    const i = base.body.findIndex((b) => b.kind === 'paragraph');
    const block = base.body[i]!;
    if (block.kind !== 'paragraph') throw new Error('không có đoạn');
    const text = block.runs.map((r) => r.text).join('');
    const model = { ...base, body: base.body.map((b, j) => (j === i && b.kind === 'paragraph' ? { ...b, runs: [{ text: text.slice(0, 5), bold: true }, { text: text.slice(5) }] } : b)) };
    const log = new CallLog();
    const app = new FakeDocumentApp(log);
    const doc = app.create('x');
    renderReportDoc(new FakeDocsApi(log, app), doc, model);
    const p = doc.body.allParagraphs().find((x) => x.text === text)!;
    expect(p.bold.slice(0, 5).every(Boolean)).toBe(true);
    expect(p.bold.slice(5).some(Boolean)).toBe(model.styles.body.bold);
  });

  it('styles by position: a paragraph whose text Docs reports differently does not leave the later ones unstyled', () => {
    const log = new CallLog();
    const app = new FakeDocumentApp(log);
    const doc = app.create('x');
    const model = buildReport(EXAMPLE, { draft: false });
    const api = new FakeDocsApi(log, app);
    // The Docs API reports the title's first line with other characters of the same length (Docs may normalise text).
    const title = model.title[0]!.text;
    const docs = {
      Documents: {
        get: (id: string) => {
          const got = api.Documents.get(id);
          for (const e of got.body?.content ?? []) {
            const run = e.paragraph?.elements?.[0]?.textRun;
            if (run?.content === `${title}\n`) run.content = `${'x'.repeat(title.length)}\n`;
          }
          return got;
        },
        batchUpdate: api.Documents.batchUpdate,
      },
    };
    renderReportDoc(docs, doc, model);
    const heading = doc.body.allParagraphs().find((p) => p.text === model.appendix.heading.text)!;
    expect(heading.align).toBe('CENTER');
    expect(heading.size.every((x) => x === model.styles[model.appendix.heading.style].sizePt)).toBe(true);
  });

  /** Renders the example into a Doc whose content the Docs API reports altered by `alter`; the report must stop with DocStructureError. Returns the batches sent. */
  function renderIntoAlteredDoc(alter: (content: GoogleAppsScript.Docs.Schema.StructuralElement[]) => void): jest.Mock<unknown, Parameters<FakeDocsApi['Documents']['batchUpdate']>> {
    const log = new CallLog();
    const app = new FakeDocumentApp(log);
    const doc = app.create('x');
    const api = new FakeDocsApi(log, app);
    const docs = {
      Documents: {
        get: (id: string) => {
          const got = api.Documents.get(id);
          alter(got.body?.content ?? []);
          return got;
        },
        batchUpdate: jest.fn(api.Documents.batchUpdate),
      },
    };
    expect(() => renderReportDoc(docs, doc, buildReport(EXAMPLE, { draft: false }))).toThrow(DocStructureError);
    return docs.Documents.batchUpdate;
  }

  it('fails loudly, writing no cell and styling nothing, when the Doc holds another number of paragraphs and tables than were written', () => {
    // One paragraph split in two (as a line break typed into a text would), the rest as written.
    const batchUpdate = renderIntoAlteredDoc((content) => {
      const at = content.findIndex((e, i) => i > 2 && e.paragraph);
      content.splice(at, 0, { ...content[at]! });
    });
    const docs = { Documents: { batchUpdate } };
    // Only the text batch went out: no cell text and no style was placed by the wrong indexes.
    const sent = docs.Documents.batchUpdate.mock.calls.flatMap(([r]) => r.requests.map((q) => Object.keys(q)[0]));
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((k) => k !== 'insertText' && k !== 'insertTable' && k !== 'insertPageBreak')).toEqual([]);
    expect(docs.Documents.batchUpdate.mock.calls.flatMap(([r]) => r.requests).some((q) => q.insertText?.location)).toBe(false);
  });

  it('fails loudly, writing no cell, when a table the Doc holds has another number of cells in a row than was written', () => {
    // The first table's first row reported one cell short: another shape than the one written (the Docs API lists every cell of a row, merged ones too, so only a Doc changed between the write and the read could show it).
    const batchUpdate = renderIntoAlteredDoc((content) => {
      content.find((e) => e.table)?.table?.tableRows?.[0]?.tableCells?.pop();
    });
    expect(batchUpdate.mock.calls.flatMap(([r]) => r.requests).some((q) => q.insertText?.location)).toBe(false);
  });

  it('a draft carries the DỰ THẢO mark on top', () => {
    const { body } = render(true);
    expect((body.children[0] as FakeParagraph).text).toBe('DỰ THẢO');
  });
});

describe('the Google Doc and the .docx', () => {
  it('hold the same text, paragraph by paragraph (the Doc\'s rules drawn as characters, the .docx\'s as borders)', async () => {
    const { body, model } = render();
    const zip = await JSZip.loadAsync(await renderDocx(model));
    const xml = await zip.file('word/document.xml')!.async('string');
    const docxParas = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1] ?? '')).join(''))
      .filter((t) => t.trim() !== '');
    const docParas = body
      .allParagraphs()
      .map((p) => p.text)
      .filter((t) => t.trim() !== '' && !/^\u2500+$/.test(t));
    expect(docParas).toEqual(docxParas);
  });
});

function decodeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
