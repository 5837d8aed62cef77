// Word host: only a truly blank document is replaced by the report; anything it holds (text, table, picture, shape, letterhead) stays, and the report goes after. Two syncs.
/// <reference types="office-js" />
import { insertReport, ReportTooLargeForWordError } from '../../../src/hosts/word/insert-report';
import { insertedMessage } from '../../../src/hosts/pane/word-pane-host';
import { UI_TEXT } from '../../../src/core/i18n/messages';
import type { FakeDocument, FakeHost } from './fake-word';
import { bodyOoxml, fakeWord, INSERT_FILE_LIMIT, supportsOf } from './fake-word';

const bytes = new Uint8Array([80, 75, 3, 4, 0xff, 0x00, 0x7f]);

/** Word on Windows or Mac with Microsoft 365: every set used here. */
const DESKTOP: FakeHost = { wordApi: 9, desktop: 2 };
/** Word on the web: WordApi sets, no WordApiDesktop. */
const WEB: FakeHost = { wordApi: 9 };

async function run(doc: FakeDocument, host: FakeHost = DESKTOP) {
  const w = fakeWord(doc, host);
  const where = await insertReport(w.context, bytes, w.supports);
  expect(w.syncs()).toBe(2);
  expect(w.insertions).toHaveLength(1);
  const only = w.insertions[0]!;
  // Inserted by the second sync, the bytes unchanged.
  expect(only.sync).toBe(2);
  expect(Buffer.from(only.base64, 'base64')).toEqual(Buffer.from(bytes));
  return { where, insertion: only };
}

describe('insertReport', () => {
  it('replaces a truly blank document with the whole file, importing its styles and spacing but not the theme', async () => {
    const { where, insertion } = await run({ body: { text: ' \r' } });
    expect(where).toBe('document');
    expect([insertion.target, insertion.location]).toEqual(['document', 'Replace']);
    expect(insertion.options).toEqual({
      importStyles: true,
      importParagraphSpacing: true,
      importPageColor: true,
      importTheme: false,
      importChangeTrackingMode: false,
      importCustomProperties: false,
      importCustomXmlParts: false,
      importDifferentOddEvenPages: true,
    });
  });

  const letterheads: [string, FakeDocument][] = [
    ['a letterhead in the header', { headers: { Primary: { text: 'UBND XÃ HÒA PHONG' } } }],
    ['a letterhead only on the first page', { headers: { FirstPage: { text: 'UBND XÃ HÒA PHONG' } } }],
    ['a header holding only a logo', { headers: { Primary: { pictures: 1 } } }],
    ['a floating logo in the even-page header', { headers: { EvenPages: { shapes: 1 } } }],
    ['a table in the header', { headers: { Primary: { tables: 1 } } }],
    ['an address in the footer', { footers: { Primary: { text: 'Thôn 1, xã Hòa Phong' } } }],
    ['a picture in the text', { body: { pictures: 1 } }],
    ['an empty table', { body: { tables: 1 } }],
    ['a shape (text box, floating picture)', { body: { shapes: 1 } }],
    // Not in Body.shapes (text boxes, geometric shapes, groups, pictures, canvases only): seen in the body's OOXML.
    ['a chart', { body: { charts: 1 } }],
    ['a SmartArt diagram', { body: { smartArt: 1 } }],
    ['a chart in the header', { headers: { Primary: { charts: 1 } } }],
    ['a content control', { body: { controls: 1 } }],
    ['two sections', { sections: 2 }],
  ];
  it.each(letterheads)('keeps a document holding only %s, and inserts after the cursor', async (_, doc) => {
    const { where, insertion } = await run(doc);
    expect(where).toBe('selection');
    expect([insertion.target, insertion.location]).toEqual(['range', 'End']);
  });

  it('inserts at the end of the selection in a document that has text, never replacing what is selected', async () => {
    const { where, insertion } = await run({ body: { text: 'Kính gửi: UBND tỉnh' } });
    expect(where).toBe('selection');
    expect([insertion.target, insertion.location, insertion.options]).toEqual(['range', 'End', undefined]);
  });

  it.each([
    ['a header', { body: 'Header' }],
    ['a footnote', { body: 'Footnote' }],
    ['a table cell', { body: 'TableCell', inTable: true }],
    ['a table (as Word reports the main text around it)', { body: 'MainDoc', inTable: true }],
  ] as const)('puts the report at the end of the document when the selection ends in %s', async (_, selection) => {
    const { where, insertion } = await run({ body: { text: 'Kính gửi: UBND tỉnh', tables: 1 }, selection });
    expect(where).toBe('end');
    expect([insertion.target, insertion.location]).toEqual(['body', 'End']);
  });

  it('does not call a blank document blank where Word cannot list shapes (Word on the web): a floating logo would be lost', async () => {
    const web = fakeWord({}, WEB);
    await insertReport(web.context, bytes, web.supports);
    // Nor does it read the OOXML there: it could not make the document blank.
    expect(web.ooxmlReads()).toBe(0);
    const { where, insertion } = await run({}, WEB);
    expect(where).toBe('selection');
    expect(insertion.target).toBe('range');
  });

  it.each([
    ['WordApi 1.3', { wordApi: 3 }],
    ['WordApi 1.5', { wordApi: 5 }],
    ['WordApi 1.7', { wordApi: 7 }],
  ])('on a Word with %s, inserts after the cursor and asks for nothing newer', async (_, host) => {
    const { where } = await run({}, host);
    expect(where).toBe('selection');
  });

  it('works on a Word with only WordApi 1.1, at the end of the document, where it cannot tell what the document holds or where the cursor is', async () => {
    const { where, insertion } = await run({ headers: { Primary: { text: 'UBND XÃ HÒA PHONG' } } }, { wordApi: 1 });
    expect(where).toBe('end');
    expect([insertion.target, insertion.location]).toEqual(['body', 'End']);
  });

  it('the double refuses what the host lacks, as Word does, at the sync', async () => {
    const w = fakeWord({}, { wordApi: 1 });
    void w.context.document.body.tables;
    await expect(w.context.sync()).rejects.toThrow(/Not supported by this Word: body.tables \(WordApi 1.3\)/);
    expect(() => supportsOf({ wordApi: 5, desktop: 2 })).toThrow(/no such Word/);
  });

  it('refuses a report over 4 MB, the most insertFileFromBase64 takes, with a Vietnamese message and nothing inserted; takes 4 MB exactly', async () => {
    const over = fakeWord({}, DESKTOP);
    const failure = insertReport(over.context, new Uint8Array(INSERT_FILE_LIMIT + 1), over.supports);
    await expect(failure).rejects.toBeInstanceOf(ReportTooLargeForWordError);
    await expect(failure).rejects.toThrow(UI_TEXT.reportTooLargeForWord(INSERT_FILE_LIMIT + 1));
    expect(UI_TEXT.reportTooLargeForWord(INSERT_FILE_LIMIT + 1)).toMatch(/^Báo cáo nặng 4,1 MB, quá giới hạn 4 MB/u);
    expect(over.insertions).toEqual([]);
    expect(over.syncs()).toBe(0);
    const at = fakeWord({}, DESKTOP);
    expect(await insertReport(at.context, new Uint8Array(INSERT_FILE_LIMIT), at.supports)).toBe('document');
    expect(at.syncs()).toBe(2);
  });

  it('the double refuses a document over 4 MB at the sync, and its OOXML shows a chart that Body.shapes does not list', async () => {
    const w = fakeWord({}, DESKTOP);
    w.context.document.body.insertFileFromBase64(Buffer.from(new Uint8Array(INSERT_FILE_LIMIT + 1)).toString('base64'), 'End');
    await expect(w.context.sync()).rejects.toThrow(/over 4 MB/);
    expect(w.insertions).toEqual([]);
    const chart = fakeWord({ body: { charts: 1 } }, DESKTOP);
    const shape = chart.context.document.body.shapes.getFirstOrNullObject();
    const ooxml = chart.context.document.body.getOoxml();
    await chart.context.sync();
    expect(shape.isNullObject).toBe(true);
    expect(ooxml.value).toContain('<c:chart ');
    expect(bodyOoxml({})).not.toMatch(/<w:drawing|<mc:AlternateContent/);
  });

  it('tells the user when the report went to the end of the document', () => {
    expect(insertedMessage('end')).toBe(UI_TEXT.reportInsertedAtEnd);
    expect(insertedMessage('selection')).toBe(UI_TEXT.reportInserted);
    expect(insertedMessage('document')).toBe(UI_TEXT.reportInserted);
  });

  it('inserts the file made for the text (a draft\'s mark in it) wherever the report does not replace the whole document, as Body.insertFileFromBase64 takes no page header', async () => {
    const inText = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);
    const inserted = async (doc: FakeDocument) => {
      const w = fakeWord(doc, DESKTOP);
      const where = await insertReport(w.context, bytes, w.supports, inText);
      return { where, bytes: Buffer.from(w.insertions[0]!.base64, 'base64') };
    };
    expect(await inserted({ body: { text: '' } })).toEqual({ where: 'document', bytes: Buffer.from(bytes) });
    expect(await inserted({ body: { text: 'Kính gửi' } })).toEqual({ where: 'selection', bytes: Buffer.from(inText) });
    expect(await inserted({ body: { text: 'Kính gửi' }, selection: { body: 'MainDoc', inTable: true } })).toEqual({ where: 'end', bytes: Buffer.from(inText) });
  });
});
