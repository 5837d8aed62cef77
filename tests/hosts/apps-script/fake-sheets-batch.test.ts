// The Sheets API batchUpdate of the fake refuses what the API refuses, atomically: the layout's one batch is only as honest as this.
import { fakeEnv, type FakeEnv } from './fakes/fake-env';

type Request = GoogleAppsScript.Sheets.Schema.Request;

function withSheets(): { env: FakeEnv; id: number } {
  const env = fakeEnv();
  env.ss.apiBatchUpdate([{ addSheet: { properties: { sheetId: 7, title: 'A', index: 1 } } }], env.ss.id);
  return { env, id: 7 };
}

const cellFormat = (sheetId: number, fields: string): Request => ({
  updateCells: {
    range: { sheetId, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 2 },
    rows: [{ values: [{ userEnteredFormat: { numberFormat: { type: 'TEXT', pattern: '@' }, backgroundColor: { red: 1, green: 0.5, blue: 0 } } }, {}] }],
    fields,
  },
});

describe('fake Sheets API batchUpdate', () => {
  it('writes formats and rules by the field mask and clears the named fields a cell does not give', () => {
    const { env, id } = withSheets();
    const sheet = env.ss.sheet('A');
    sheet.rawCell(0, 1).background = '#123456';
    sheet.rawCell(0, 1).fontFamily = 'Arial';
    env.ss.apiBatchUpdate([cellFormat(id, 'userEnteredFormat(numberFormat,backgroundColor)')], env.ss.id);
    expect(sheet.cellAt('A1')).toMatchObject({ format: '@', background: '#ff8000' });
    // B1 gave nothing: its background (named) is cleared, its font (not named) stays.
    expect(sheet.cellAt('B1')).toMatchObject({ background: null, fontFamily: 'Arial' });
  });

  it.each<[string, (id: number) => Request[]]>([
    ['an updateCells without fields', (id) => [cellFormat(id, '')]],
    ['a merge overlapping another', (id) => [
      { mergeCells: { range: { sheetId: id, startRowIndex: 0, endRowIndex: 2, startColumnIndex: 0, endColumnIndex: 2 }, mergeType: 'MERGE_ALL' } },
      { mergeCells: { range: { sheetId: id, startRowIndex: 1, endRowIndex: 3, startColumnIndex: 1, endColumnIndex: 3 }, mergeType: 'MERGE_ALL' } },
    ]],
    ['an invalid range name', (id) => [{ addNamedRange: { namedRange: { name: '1ABC', range: { sheetId: id, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 } } } }]],
    ['a warning-only protection with editors', (id) => [{ addProtectedRange: { protectedRange: { range: { sheetId: id }, warningOnly: true, editors: { users: ['staff@example.com'] } } } }]],
    ['unprotected ranges inside a protected range that is not a sheet', (id) => [
      { addProtectedRange: { protectedRange: { range: { sheetId: id, startRowIndex: 0, endRowIndex: 5, startColumnIndex: 0, endColumnIndex: 5 }, unprotectedRanges: [{ sheetId: id, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 }], editors: { users: ['staff@example.com'] } } } },
    ]],
    ['a protection that leaves the requesting user out', (id) => [{ addProtectedRange: { protectedRange: { range: { sheetId: id }, editors: { users: [] } } } }]],
    ['deleting a protected range that does not exist', () => [{ deleteProtectedRange: { protectedRangeId: 999 } }]],
    ['hiding every sheet', (id) => [
      { updateSheetProperties: { properties: { sheetId: 0, hidden: true }, fields: 'hidden' } },
      { updateSheetProperties: { properties: { sheetId: id, hidden: true }, fields: 'hidden' } },
    ]],
    ['a NUMBER_BETWEEN rule with one value', (id) => [
      { updateCells: { range: { sheetId: id, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 }, rows: [{ values: [{ dataValidation: { condition: { type: 'NUMBER_BETWEEN', values: [{ userEnteredValue: '0' }] }, strict: true } }] }], fields: 'dataValidation' } },
    ]],
  ])('refuses %s and leaves everything as it was, cells and protections included', (_what, requests) => {
    const { env, id } = withSheets();
    const sheet = env.ss.sheet('A');
    sheet.type('C3', 'giữ nguyên');
    const before = JSON.stringify({ cells: [...sheet.store], merges: sheet.merges, names: env.ss.namedRanges, hidden: env.ss.sheets.map((s) => s.hidden), protections: sheet.protections.length });
    // A write that succeeds first in the same batch must be undone too.
    const all: Request[] = [cellFormat(id, 'userEnteredFormat(numberFormat,backgroundColor)'), { addProtectedRange: { protectedRange: { range: { sheetId: 0 }, editors: { users: ['staff@example.com'] } } } }, ...requests(id)];
    expect(() => env.ss.apiBatchUpdate(all, env.ss.id)).toThrow(/^Invalid requests\[\d+\]\./);
    expect(JSON.stringify({ cells: [...sheet.store], merges: sheet.merges, names: env.ss.namedRanges, hidden: env.ss.sheets.map((s) => s.hidden), protections: sheet.protections.length })).toBe(before);
    expect(env.ss.sheet('Trang tính1').protections).toHaveLength(0);
  });

  it('lists protections as ProtectedRange with requestingUserCanEdit, and deletes only one the user may edit', () => {
    const { env, id } = withSheets();
    env.ss.apiBatchUpdate([{ addProtectedRange: { protectedRange: { range: { sheetId: id }, description: 'x', editors: { users: ['staff@example.com'], domainUsersCanEdit: false } } } }], env.ss.id);
    const listed = env.Sheets.Spreadsheets.get(env.ss.id, { fields: 'sheets(properties(title),protectedRanges(protectedRangeId,range,requestingUserCanEdit))' });
    const pr = listed.sheets?.find((s) => s.properties?.title === 'A')?.protectedRanges?.[0];
    expect(pr).toEqual({ protectedRangeId: expect.any(Number), range: { sheetId: id }, requestingUserCanEdit: true });
    env.ss.sheet('A').protections[0]!.editors = new Set([env.ss.owner]);
    expect(() => env.ss.apiBatchUpdate([{ deleteProtectedRange: { protectedRangeId: pr!.protectedRangeId! } }], env.ss.id)).toThrow(/protected/);
    expect(env.ss.sheet('A').protections).toHaveLength(1);
  });
});
