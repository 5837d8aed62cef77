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

/** A chart of A1:A3 (labels) and B1:B3 (values) on sheet `sheetId`, anchored at D1; `patch` changes its parts. */
function chart(sheetId: number, patch: { series?: object[]; basic?: object; position?: object | null; spec?: object } = {}): Request {
  const col = (c: number, end = 3): object => ({ sourceRange: { sources: [{ sheetId, startRowIndex: 0, endRowIndex: end, startColumnIndex: c, endColumnIndex: c + 1 }] } });
  return {
    addChart: {
      chart: {
        spec: {
          title: 'Biểu đồ',
          basicChart: { chartType: 'COMBO', headerCount: 1, domains: [{ domain: col(0) }], series: patch.series ?? [{ series: col(1), type: 'COLUMN', targetAxis: 'LEFT_AXIS' }], ...patch.basic },
          ...patch.spec,
        },
        ...(patch.position === null ? {} : { position: patch.position ?? { overlayPosition: { anchorCell: { sheetId, rowIndex: 0, columnIndex: 3 } } } }),
      },
    },
  } as Request;
}
const colRange = (sheetId: number, c: number, end = 3): object => ({ sourceRange: { sources: [{ sheetId, startRowIndex: 0, endRowIndex: end, startColumnIndex: c, endColumnIndex: c + 1 }] } });

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
    ['a request kind the API does not have', () => [{ addGraph: {} } as unknown as Request]],
    ['a request with two kinds at once', (id) => [{ ...chart(id), deleteEmbeddedObject: { objectId: 1 } }]],
    ['a chart on a sheet that does not exist', () => [chart(99)]],
    ['a chart whose series reaches past the grid (1000 rows)', (id) => [chart(id, { series: [{ series: colRange(id, 1, 1001), type: 'COLUMN' }], basic: { domains: [{ domain: colRange(id, 0, 1001) }] } })]],
    ['a chart anchored past the grid (26 columns)', (id) => [chart(id, { position: { overlayPosition: { anchorCell: { sheetId: id, rowIndex: 0, columnIndex: 26 } } } })]],
    ['a chart without a position', (id) => [chart(id, { position: null })]],
    ['a chart series without its data', (id) => [chart(id, { series: [{ type: 'COLUMN' }] })]],
    ['a chart with an unknown field', (id) => [chart(id, { series: [{ series: colRange(id, 1), type: 'COLUMN', colour: { red: 1 } }] })]],
    ['a series type on a chart that is not COMBO', (id) => [chart(id, { basic: { chartType: 'COLUMN' } })]],
    ['a BAR series in a COMBO chart', (id) => [chart(id, { series: [{ series: colRange(id, 1), type: 'BAR' }] })]],
    ['a line style on a COLUMN series', (id) => [chart(id, { series: [{ series: colRange(id, 1), type: 'COLUMN', lineStyle: { type: 'MEDIUM_DASHED' } }] })]],
    ['a series whose range is two columns wide', (id) => [chart(id, { series: [{ series: { sourceRange: { sources: [{ sheetId: id, startRowIndex: 0, endRowIndex: 3, startColumnIndex: 1, endColumnIndex: 3 }] } }, type: 'COLUMN' }] })]],
    ['two axes at one position', (id) => [chart(id, { basic: { axis: [{ position: 'LEFT_AXIS' }, { position: 'LEFT_AXIS' }] } })]],
    ['a chart id already taken', (id) => [777, 777].map((chartId) => ({ addChart: { chart: { ...(chart(id).addChart?.chart ?? {}), chartId } } }))],
    ['deleting an embedded object that does not exist', () => [{ deleteEmbeddedObject: { objectId: 12345 } }]],
    ['a NUMBER_BETWEEN rule with one value', (id) => [
      { updateCells: { range: { sheetId: id, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 }, rows: [{ values: [{ dataValidation: { condition: { type: 'NUMBER_BETWEEN', values: [{ userEnteredValue: '0' }] }, strict: true } }] }], fields: 'dataValidation' } },
    ]],
  ])('refuses %s and leaves everything as it was, cells, protections and charts included', (_what, requests) => {
    const { env, id } = withSheets();
    const sheet = env.ss.sheet('A');
    sheet.type('C3', 'giữ nguyên');
    env.ss.apiBatchUpdate([chart(id)], env.ss.id);
    const state = (): string => JSON.stringify({ cells: [...sheet.store], merges: sheet.merges, names: env.ss.namedRanges, hidden: env.ss.sheets.map((s) => s.hidden), protections: sheet.protections.length, charts: sheet.charts.map((c) => c.chartId) });
    const before = state();
    // A write that succeeds first in the same batch must be undone too, a chart deleted and one added among them.
    const all: Request[] = [
      cellFormat(id, 'userEnteredFormat(numberFormat,backgroundColor)'),
      { addProtectedRange: { protectedRange: { range: { sheetId: 0 }, editors: { users: ['staff@example.com'] } } } },
      { deleteEmbeddedObject: { objectId: sheet.charts[0]!.chartId } },
      chart(id),
      ...requests(id),
    ];
    expect(() => env.ss.apiBatchUpdate(all, env.ss.id)).toThrow(/^Invalid requests\[\d+\]\./);
    // The refused request is the case's own, not one of the writes before it.
    expect(() => env.ss.apiBatchUpdate(all, env.ss.id)).toThrow(new RegExp(`^Invalid requests\\[(${all.map((_, i) => i).slice(all.length - requests(id).length).join('|')})\\]`));
    expect(state()).toBe(before);
    expect(env.ss.sheet('Trang tính1').protections).toHaveLength(0);
  });

  it('adds a chart where it is anchored, lists its id with the sheet, finds it by its title and deletes it by its id', () => {
    const { env, id } = withSheets();
    env.ss.apiBatchUpdate([chart(id), chart(id, { spec: { title: 'Khác' } })], env.ss.id);
    const listed = env.Sheets.Spreadsheets.get(env.ss.id, { fields: 'sheets(properties(title),charts(chartId))' });
    const ids = listed.sheets?.find((s) => s.properties?.title === 'A')?.charts?.map((c) => c.chartId);
    expect(ids).toEqual(env.ss.sheet('A').charts.map((c) => c.chartId));
    expect(new Set(ids).size).toBe(2);
    const native = env.ss.sheet('A').getCharts();
    expect(native.map((c) => c.getOptions().get('title'))).toEqual(['Biểu đồ', 'Khác']);
    expect(native[0]?.anchor).toEqual({ sheetId: id, rowIndex: 0, columnIndex: 3 });
    env.ss.apiBatchUpdate([{ deleteEmbeddedObject: { objectId: ids?.[0] ?? -1 } }], env.ss.id);
    expect(env.ss.sheet('A').charts.map((c) => c.title)).toEqual(['Khác']);
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
