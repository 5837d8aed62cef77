// The report model rendered through the DocumentApp fake: page, typeface, header table, body, closing and appendix tables.
import * as fs from 'fs';
import * as path from 'path';
import type { ReportData } from '../../../src/core/data/types';
import { buildReport } from '../../../src/core/report/build-report';
import { renderReportDoc } from '../../../src/hosts/apps-script/render-doc';
import { CallLog } from './fakes/call-log';
import { FakeDocumentApp, FakeParagraph, FakeTable } from './fakes/fake-document';

const EXAMPLE: ReportData = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8'));

function render(draft = false) {
  const app = new FakeDocumentApp(new CallLog());
  const doc = app.create('x');
  const model = buildReport(EXAMPLE, { draft });
  renderReportDoc(app, doc.body, model);
  return { body: doc.body, model };
}

describe('renderReportDoc', () => {
  it('sets A4 and the decree margins in points, Times New Roman everywhere', () => {
    const { body, model } = render();
    expect(body.page.width).toBeCloseTo(595.3, 0);
    expect(body.page.height).toBeCloseTo(841.9, 0);
    expect(body.page.left).toBeCloseTo(model.page.marginsPt.left, 5);
    expect(body.page.top).toBeCloseTo(model.page.marginsPt.top, 5);
    expect(body.allParagraphs().every((p) => p.font === 'Times New Roman')).toBe(true);
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
    const breakAt = body.children.findIndex((c) => 'pageBreak' in c);
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

  it('a draft carries the DỰ THẢO mark on top', () => {
    const { body } = render(true);
    expect((body.children[0] as FakeParagraph).text).toBe('DỰ THẢO');
  });
});
