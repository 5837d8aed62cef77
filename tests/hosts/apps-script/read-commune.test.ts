// The pure parts of reading a commune's spreadsheet: the id in a pasted link, the status behind an API error, a cell's value from the Sheets API, and progress kept in properties.
import { spreadsheetIdOf } from '../../../src/hosts/apps-script/commune-link';
import { listEntries, progressProperties, splitUtf8, storedProgress, type CommuneResult } from '../../../src/hosts/apps-script/district-progress';
import { namedValuesOf, statusOf } from '../../../src/hosts/apps-script/read-commune';
import { SAMPLE } from './fakes/fake-communes';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd';

describe('spreadsheetIdOf', () => {
  it.each([
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, ID],
    [`https://docs.google.com/spreadsheets/u/1/d/${ID}/edit?usp=sharing`, ID],
    [`https://drive.google.com/open?id=${ID}`, ID],
    [`https://drive.google.com/file/d/${ID}/view`, ID],
    [`  ${ID}  `, ID],
    ['xem trong email', null],
    ['https://example.com/bang-tinh', null],
  ])('%s', (link, id) => expect(spreadsheetIdOf(link)).toBe(id));
});

describe('statusOf', () => {
  it('reads the code an exception carries, else the words Apps Script puts in its message', () => {
    expect(statusOf({ details: { code: 403 } })).toBe(403);
    expect(statusOf(new Error('API call to sheets.spreadsheets.get failed with error: The caller does not have permission'))).toBe(403);
    expect(statusOf(new Error('API call to sheets.spreadsheets.get failed with error: Requested entity was not found.'))).toBe(404);
    expect(statusOf(new Error("API call to sheets.spreadsheets.get failed with error: Quota exceeded for quota metric 'Read requests'"))).toBe(429);
    expect(statusOf(new Error('API call to sheets.spreadsheets.get failed with error: Unable to parse range: \'Biểu mẫu 3\''))).toBe(400);
    // Errors that pass: 500, 503, a timeout.
    expect(statusOf(new Error('API call to sheets.spreadsheets.get failed with error: Internal error encountered.'))).toBe(500);
    expect(statusOf(new Error('API call to sheets.spreadsheets.get failed with error: The service is currently unavailable.'))).toBe(503);
    expect(statusOf(new Error('API call to sheets.spreadsheets.get failed with error: The deadline expired before the operation could complete.'))).toBe(504);
    expect(statusOf(new Error('Something else'))).toBeNull();
  });
});

describe('namedValuesOf', () => {
  it('finds each name’s cell in its sheet’s grid, counting from where the grid starts', () => {
    const got = namedValuesOf({
      sheets: [{ properties: { sheetId: 7, title: 'Biểu mẫu 1' }, data: [{ startRow: 4, startColumn: 3, rowData: [{ values: [{ effectiveValue: { numberValue: 12 } }] }] }] }],
      namedRanges: [
        { name: 'BM1_1', range: { sheetId: 7, startRowIndex: 4, endRowIndex: 5, startColumnIndex: 3, endColumnIndex: 4 } },
        { name: 'BM1_2', range: { sheetId: 7, startRowIndex: 5, endRowIndex: 6, startColumnIndex: 3, endColumnIndex: 4 } },
        { name: 'ORPHAN', range: { sheetId: 99, startRowIndex: 0, startColumnIndex: 0 } },
      ],
    });
    expect(got).toEqual({ values: { BM1_1: 12, BM1_2: '' }, addresses: { BM1_1: "'Biểu mẫu 1'!D5", BM1_2: "'Biểu mẫu 1'!D6" } });
  });
});

describe('district progress', () => {
  it('splits text into pieces of at most the given UTF-8 bytes, never inside a character', () => {
    const text = 'Hòa Phong — Tịnh Kỳ 𝔸'.repeat(50);
    const pieces = splitUtf8(text, 37);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(37);
    expect(splitUtf8('', 10)).toEqual(['']);
  });

  it('stores and restores what was read: communes with their forms, rejections with their reasons and findings', () => {
    const results: CommuneResult[] = [
      { candidate: { file: 'Xã Hòa Phong', unit: { file: 'Xã Hòa Phong', meta: SAMPLE.meta, rowsReported: 40 } }, forms: SAMPLE.forms },
      { candidate: { file: 'Xã B', rejected: { file: 'Xã B', kind: 'errors', unit: 'xã B', reason: 'số liệu còn 1 lỗi.', details: ['  [Lỗi] D8 — sai'] } }, forms: null },
    ];
    const { values, state } = progressProperties({ list: 'x', total: 3, read: 2, done: false, updated: 0, starts: 0, retry: { 1: 2 }, paused: 'retry' }, results);
    const back = storedProgress(values)!;
    expect(back.state).toEqual(state);
    expect(back.results[1]).toEqual(results[1]);
    const first = back.results[0]!;
    // What screening and the consolidated layout use of the header, the superior included (Biểu mẫu 1 row 4 names its level).
    const meta = { unit: 'Hòa Phong', unitKind: 'xã', period: 'H1', year: 2026, superior: 'UBND tỉnh Quảng Ngãi' };
    expect(first.candidate).toEqual({ file: 'Xã Hòa Phong', unit: { file: 'Xã Hòa Phong', meta, rowsReported: 40 } });
    // A run stored before the superior was kept still reads, without it.
    const old = storedProgress({ ...values, 'cchc.th.0': values['cchc.th.0']!.replace(',"UBND tỉnh Quảng Ngãi"]', ']') })!;
    expect(old.results[0]!.candidate).toEqual({ file: 'Xã Hòa Phong', unit: { file: 'Xã Hòa Phong', meta: { ...meta, superior: undefined }, rowsReported: 40 } });
    // Every value the sample reported comes back; nothing is invented for a row it left empty.
    for (const [form, rows] of Object.entries(SAMPLE.forms)) {
      for (const [key, v] of Object.entries(rows ?? {})) if (v !== null) expect(first.forms?.[form as '1']?.[key]).toBe(v);
    }
  });

  it("keeps the commune a row of the list names where it is not the row's label (a name typed twice, a row without a name), and only there", () => {
    const { unit, unitKind, period, year } = SAMPLE.meta;
    const meta = { unit, unitKind, period, year };
    const results: CommuneResult[] = [
      { candidate: { file: 'Hòa Phong', unit: { file: 'Hòa Phong', meta } }, forms: null },
      { candidate: { file: 'hòa phong (dòng 4)', unit: { file: 'hòa phong (dòng 4)', meta } }, forms: null, entry: 'hòa phong' },
      { candidate: { file: 'dòng 5 của Danh sách đơn vị', rejected: { file: 'dòng 5 của Danh sách đơn vị', kind: 'unreadable', unit: null, reason: 'x', details: [] } }, forms: null, entry: '' },
      { candidate: { file: 'Kim Sơn', unit: { file: 'Kim Sơn', meta: { ...meta, superior: 'UBND tỉnh Quảng Ngãi' } } }, forms: null, entry: 'Kim Sơn' },
    ];
    const { values } = progressProperties({ list: 'x', total: 4, read: 4, done: true, updated: 0, starts: 0, retry: {}, paused: null }, results);
    const back = storedProgress(values)!.results;
    expect(listEntries(back)).toEqual(['Hòa Phong', 'hòa phong', '', 'Kim Sơn']);
    expect(back.map((r) => r.entry)).toEqual([undefined, 'hòa phong', '', undefined]);
    expect(back[1]!.candidate).toEqual(results[1]!.candidate);
  });

  it('reads nothing from a run whose pieces are missing', () => {
    const { values } = progressProperties({ list: 'x', total: 1, read: 0, done: false, updated: 0, starts: 0, retry: {}, paused: null }, []);
    expect(storedProgress({ ...values, 'cchc.th.0': undefined } as unknown as Record<string, string>)).toBeNull();
    expect(storedProgress({})).toBeNull();
  });
});
