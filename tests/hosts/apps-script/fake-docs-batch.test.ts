// The Docs API batchUpdate of the fake: inserts at the body's end and into cells as the API places them, refusals undone whole.
import { CallLog } from './fakes/call-log';
import { FakeDocsApi, FakeDocumentApp, FakeParagraph, FakeTable } from './fakes/fake-document';

type Request = GoogleAppsScript.Docs.Schema.Request;
const end = { endOfSegmentLocation: { segmentId: '' } };

function saved(): { api: FakeDocsApi; app: FakeDocumentApp; id: string } {
  const log = new CallLog();
  const app = new FakeDocumentApp(log);
  const doc = app.create('x');
  doc.saveAndClose();
  return { api: new FakeDocsApi(log, app), app, id: doc.id };
}

describe('fake Docs API batchUpdate', () => {
  it('appends paragraphs, a table with an empty paragraph before and after, a page break, and fills a cell by its index', () => {
    const { api, app, id } = saved();
    api.Documents.batchUpdate({ requests: [{ insertText: { ...end, text: 'A' } }, { insertText: { ...end, text: '\nB' } }, { insertTable: { ...end, rows: 1, columns: 2 } }, { insertPageBreak: end }] }, id);
    const body = app.docs[0]!.body;
    expect(body.children.map((c) => (c instanceof FakeTable ? 'T' : c instanceof FakeParagraph ? `${c.pageBreak ? '⏎' : ''}${c.text}` : '?'))).toEqual(['A', 'B', 'T', '⏎', '']);
    const table = api.Documents.get(id).body?.content?.find((e) => e.table);
    const second = table?.table?.tableRows?.[0]?.tableCells?.[1]?.content?.[0]?.startIndex ?? 0;
    api.Documents.batchUpdate({ requests: [{ insertText: { location: { index: second }, text: 'x\ny' } }] }, id);
    expect((body.children[2] as FakeTable).rows[0]![1]!.paragraphs.map((p) => p.text)).toEqual(['x', 'y']);
  });

  it.each<[string, (tableAt: number) => Request]>([
    ['a text without characters', () => ({ insertText: { ...end, text: '' } })],
    ['a text at a table\'s own index', (tableAt) => ({ insertText: { location: { index: tableAt }, text: 'x' } })],
    ['a page break into a paragraph holding text', () => ({ insertPageBreak: end })],
    ['an insert with both a location and the end of the body', () => ({ insertText: { ...end, location: { index: 1 }, text: 'x' } })],
  ])('refuses %s and undoes the whole batch', (_what, bad) => {
    const { api, app, id } = saved();
    api.Documents.batchUpdate({ requests: [{ insertTable: { ...end, rows: 1, columns: 1 } }, { insertText: { ...end, text: 'z' } }] }, id);
    const tableAt = api.Documents.get(id).body?.content?.find((e) => e.table)?.startIndex ?? 0;
    const before = JSON.stringify(app.docs[0]!.body.plainText());
    expect(() => api.Documents.batchUpdate({ requests: [{ insertText: { ...end, text: '\nmới' } }, bad(tableAt)] }, id)).toThrow(/^Invalid requests\[1\]\./);
    expect(JSON.stringify(app.docs[0]!.body.plainText())).toBe(before);
    expect(app.docs[0]!.body.children).toHaveLength(3);
  });

  it('pins a table\'s header rows, and refuses more rows than the table has', () => {
    const { api, app, id } = saved();
    api.Documents.batchUpdate({ requests: [{ insertTable: { ...end, rows: 2, columns: 1 } }] }, id);
    const tableAt = api.Documents.get(id).body?.content?.find((e) => e.table)?.startIndex ?? 0;
    api.Documents.batchUpdate({ requests: [{ pinTableHeaderRows: { tableStartLocation: { index: tableAt }, pinnedHeaderRowsCount: 1 } }] }, id);
    const table = app.docs[0]!.body.tables()[0]!;
    expect(table.pinnedHeaderRows).toBe(1);
    expect(() => api.Documents.batchUpdate({ requests: [{ pinTableHeaderRows: { tableStartLocation: { index: tableAt }, pinnedHeaderRowsCount: 3 } }] }, id)).toThrow(/^Invalid requests\[0\]\./);
    expect(app.docs[0]!.body.tables()[0]!.pinnedHeaderRows).toBe(1);
  });

  it('creates the DEFAULT header once, answers its id, and writes and styles in its own segment from index 0', () => {
    const { api, app, id } = saved();
    const reply = api.Documents.batchUpdate({ requests: [{ insertText: { ...end, text: 'A' } }, { createHeader: { type: 'DEFAULT' } }] }, id);
    const headerId = (reply.replies?.[1] as { createHeader?: { headerId?: string } }).createHeader?.headerId ?? '';
    expect(headerId).not.toBe('');
    api.Documents.batchUpdate(
      {
        requests: [
          { insertText: { location: { segmentId: headerId, index: 0 }, text: 'DỰ THẢO' } },
          { updateTextStyle: { range: { segmentId: headerId, startIndex: 0, endIndex: 8 }, textStyle: { bold: true }, fields: 'bold' } },
          { updateDocumentStyle: { documentStyle: { useFirstPageHeaderFooter: true }, fields: 'useFirstPageHeaderFooter' } },
        ],
      },
      id,
    );
    const body = app.docs[0]!.body;
    expect(body.headers.get(headerId)?.text).toBe('DỰ THẢO');
    expect(body.headers.get(headerId)?.allBold()).toBe(true);
    expect(body.useFirstPageHeaderFooter).toBe(true);
    // The body is untouched by the header's writes.
    expect(body.plainText()).toBe('A');
    expect(() => api.Documents.batchUpdate({ requests: [{ createHeader: { type: 'DEFAULT' } }] }, id)).toThrow(/^Invalid requests\[0\]\./);
    expect(() => api.Documents.batchUpdate({ requests: [{ insertText: { location: { segmentId: 'kix.none', index: 0 }, text: 'x' } }] }, id)).toThrow(/^Invalid requests\[0\]/);
  });
});
