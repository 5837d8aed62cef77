// The Excel double's claims about real Excel, each checked on its own: names and sheets without case, #REF! names, name rules, merges, the 5 MB payload.
import { parseCellAddress } from '../../../src/core/layout/a1';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { rangeAddresses } from '../../../src/core/layout/a1';
import { applyWorkbookPlan } from '../../../src/hosts/excel/apply-plan';
import { copySheet, deleteSheet, definedNameProblem, fakeExcel, findSheet, newSheet, renameSheet, sheetNameProblem, WEB_PAYLOAD_LIMIT, MAX_ROW_POINTS, type FakeState } from './fake-excel';

const plan = buildWorkbookPlan(null);

/** A workbook with one sheet "Biểu mẫu 1" and the name BM1_2_1 on D7, which holds 40. */
function oneSheet(): ReturnType<typeof fakeExcel> {
  const excel = fakeExcel();
  const sheet = newSheet('Biểu mẫu 1');
  sheet.cells.set('D7', { value: 40 });
  excel.state.sheets.push(sheet);
  excel.state.names.set('BM1_2_1', { sheet: 'Biểu mẫu 1', cell: 'D7' });
  return excel;
}

const failure = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('the Excel double', () => {
  it('finds sheets and names whatever their case, and refuses a second one that differs only in case', async () => {
    const { state, context, asExcel } = oneSheet();
    const range = asExcel.workbook.names.getItem('bm1_2_1').getRange().load('values,address');
    const protection = asExcel.workbook.worksheets.getItem('BIỂU MẪU 1').protection.load('protected');
    await context.sync();
    expect(range.values).toEqual([[40]]);
    expect(range.address).toBe("'Biểu mẫu 1'!D7");
    expect(protection.protected).toBe(false);

    asExcel.workbook.worksheets.add('biểu mẫu 1');
    expect(await failure(context.sync())).toMatchObject({ code: 'ItemAlreadyExists' });
    asExcel.workbook.names.add('Bm1_2_1', asExcel.workbook.worksheets.getItem('Biểu mẫu 1').getRange('D8'));
    expect(await failure(context.sync())).toMatchObject({ code: 'ItemAlreadyExists' });
    expect(state.sheets).toHaveLength(1);
    expect([...state.names.keys()]).toEqual(['BM1_2_1']);
  });

  it('turns the names of a deleted sheet into #REF!: type Error, value #REF!, and getRange fails the batch', async () => {
    const { state, context, asExcel } = oneSheet();
    const before = asExcel.workbook.names.getItem('BM1_2_1').load('formula,type,value');
    await context.sync();
    expect({ formula: before.formula, type: before.type, value: before.value }).toEqual({
      formula: "='Biểu mẫu 1'!$D$7",
      type: 'Range',
      value: "'Biểu mẫu 1'!$D$7",
    });

    asExcel.workbook.worksheets.getItem('Biểu mẫu 1').delete();
    await context.sync();
    const names = asExcel.workbook.names.load('items/name,items/type,items/value,items/formula');
    await context.sync();
    expect(names.items.map((n) => ({ name: n.name, type: n.type, value: n.value, formula: n.formula }))).toEqual([
      { name: 'BM1_2_1', type: 'Error', value: '#REF!', formula: '=#REF!$D$7' },
    ]);
    // Only what was loaded can be read.
    const typesOnly = asExcel.workbook.names.load('items/type');
    await context.sync();
    expect(() => typesOnly.items[0]?.formula).toThrow(/PropertyNotLoaded/);

    asExcel.workbook.names.getItem('BM1_2_1').getRange().load('values');
    expect(await failure(context.sync())).toMatchObject({ code: 'InvalidArgument' });
    // A #REF! name can still be deleted.
    asExcel.workbook.names.getItem('BM1_2_1').delete();
    await context.sync();
    expect(state.names.size).toBe(0);
  });

  it('moves names with a renamed sheet, and a proxy follows its sheet through a rename in the same batch', async () => {
    const { state, context, asExcel } = oneSheet();
    renameSheet(state, 'Biểu mẫu 1', 'Cũ');
    expect(state.names.get('BM1_2_1')).toEqual({ sheet: 'Cũ', cell: 'D7' });
    const ws = asExcel.workbook.worksheets.getItem('Cũ');
    ws.name = 'Biểu mẫu 1';
    ws.getRange('A1').values = [['sau khi đổi tên']];
    await context.sync();
    expect(state.sheets.map((s) => s.name)).toEqual(['Biểu mẫu 1']);
    expect(state.sheets[0]?.cells.get('A1')?.value).toBe('sau khi đổi tên');
    expect(state.names.get('BM1_2_1')).toEqual({ sheet: 'Biểu mẫu 1', cell: 'D7' });

    state.sheets.push(newSheet('Thuyết minh'));
    asExcel.workbook.worksheets.getItem('Thuyết minh').name = 'BIỂU MẪU 1';
    expect(await failure(context.sync())).toMatchObject({ code: 'ItemAlreadyExists' });
    // A sheet may be renamed to another spelling of its own name.
    asExcel.workbook.worksheets.getItem('Biểu mẫu 1').name = 'biểu mẫu 1';
    await context.sync();
    expect(state.sheets.map((s) => s.name)).toEqual(['biểu mẫu 1', 'Thuyết minh']);
  });

  it('refuses the defined names Excel refuses (cell references such as BM1, R1C1, C, TRUE, spaces) and takes every name of the plan', async () => {
    for (const bad of ['BM1', 'bm1', 'XFD1048576', 'R1C1', 'RC', 'R2', 'C', 'r', 'TRUE', 'có dấu cách', '1BM', 'A-1', 'x'.repeat(256)]) {
      expect({ name: bad, refused: definedNameProblem(bad) !== null }).toEqual({ name: bad, refused: true });
    }
    // Past the grid (XFE is column 16 385, row 1 048 577 does not exist): not a cell, so a name.
    for (const good of ['BM1_2_1', 'GC7_6_8_2', 'TTC_unit', 'TM_II_2_a', 'CCHC_TEMPLATE_VERSION', 'XFE1', 'A1048577', '_x', '\\x', 'Tên.Tổng']) {
      expect({ name: good, problem: definedNameProblem(good) }).toEqual({ name: good, problem: null });
    }
    for (const sheet of plan.sheets) for (const n of sheet.names) expect({ name: n.name, problem: definedNameProblem(n.name) }).toEqual({ name: n.name, problem: null });

    const { context, asExcel } = oneSheet();
    asExcel.workbook.names.add('BM1', asExcel.workbook.worksheets.getItem('Biểu mẫu 1').getRange('D8'));
    expect(await failure(context.sync())).toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses the sheet names Excel refuses, and takes every sheet name of the plan', () => {
    for (const bad of ['', 'x'.repeat(32), 'a/b', 'a[1]', 'a:b', "'a", 'history']) expect({ bad, refused: sheetNameProblem(bad) !== null }).toEqual({ bad, refused: true });
    for (const sheet of plan.sheets) expect({ sheet: sheet.name, problem: sheetNameProblem(sheet.name) }).toEqual({ sheet: sheet.name, problem: null });
  });

  it('keeps only the top-left value of a merged area; the plan puts no value or formula anywhere else in one', async () => {
    const { state, context, asExcel } = oneSheet();
    const ws = asExcel.workbook.worksheets.getItem('Biểu mẫu 1');
    ws.getRange('A1:B2').values = [
      ['trái trên', 'phải trên'],
      ['trái dưới', 'phải dưới'],
    ];
    ws.getRange('A1:B2').merge(false);
    ws.getRange('A4:B5').values = [
      [1, 2],
      [3, 4],
    ];
    ws.getRange('A4:B5').merge(true);
    await context.sync();
    const values = (s: FakeState, cells: string[]) => cells.map((a1) => s.sheets[0]?.cells.get(a1)?.value);
    expect(values(state, ['A1', 'B1', 'A2', 'B2'])).toEqual(['trái trên', '', '', '']);
    expect(values(state, ['A4', 'B4', 'A5', 'B5'])).toEqual([1, '', 3, '']);

    for (const sheet of plan.sheets) {
      for (const merge of sheet.merges) {
        const [, ...hidden] = rangeAddresses(merge);
        for (const a1 of hidden) {
          const { row, col } = parseCellAddress(a1);
          expect({ sheet: sheet.name, a1, value: sheet.values[row - 1]?.[col - 1] ?? null, formula: sheet.formulas[row - 1]?.[col - 1] ?? null }).toEqual({
            sheet: sheet.name,
            a1,
            value: null,
            formula: null,
          });
        }
      }
    }
  });

  it('refuses a request over 5 MB as Excel on the web does, running none of it; the whole layout stays far below', async () => {
    const { state, context, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, { buildPlan: buildWorkbookPlan, readData: () => null, supports: () => true });
    const largest = Math.max(...state.requestBytes);
    expect(largest).toBeGreaterThan(10_000);
    expect(largest).toBeLessThan(WEB_PAYLOAD_LIMIT / 10);

    const rows = 1_000;
    const text = 'x'.repeat(6_000); // 6 MB in all
    const ws = asExcel.workbook.worksheets.getItem('Thuyết minh');
    ws.protection.unprotect();
    ws.getRange(`H1:H${rows}`).values = Array.from({ length: rows }, () => [text]);
    expect(await failure(context.sync())).toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(state.sheets.find((s) => s.name === 'Thuyết minh')?.protected).toBe(true); // the unprotect did not run either

    // Excel on Windows and Mac have no such limit.
    state.payloadLimit = null;
    ws.protection.unprotect();
    ws.getRange(`H1:H${rows}`).values = Array.from({ length: rows }, () => [text]);
    await context.sync();
    // Reading it back on the web: the response is over the limit.
    state.payloadLimit = WEB_PAYLOAD_LIMIT;
    ws.getRange(`H1:H${rows}`).load('values');
    expect(await failure(context.sync())).toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('takes a row height up to 409 points and refuses a higher one when the batch syncs, as Excel does', async () => {
    const { state, context, asExcel } = oneSheet();
    const ws = asExcel.workbook.worksheets.getItem('Biểu mẫu 1');
    ws.getRange('7:7').format.rowHeight = MAX_ROW_POINTS;
    await context.sync();
    expect(state.sheets[0]?.rowHeights.get('7:7')).toBe(409);
    ws.getRange('8:8').format.rowHeight = 409.5;
    expect(await failure(context.sync())).toMatchObject({ code: 'InvalidArgument' });
    expect(state.sheets[0]?.rowHeights.has('8:8')).toBe(false);
  });

  it('deleting a sheet by hand leaves its names at #REF! and the others as they were', () => {
    const { state } = oneSheet();
    state.sheets.push(newSheet('Biểu mẫu 2'));
    state.names.set('BM2_1', { sheet: 'Biểu mẫu 2', cell: 'D5' });
    deleteSheet(state, 'biểu mẫu 1');
    expect(Object.fromEntries(state.names)).toEqual({ BM1_2_1: { sheet: 'Biểu mẫu 1', cell: 'D7', broken: true }, BM2_1: { sheet: 'Biểu mẫu 2', cell: 'D5' } });
  });

  it('holds notes as ExcelApi 1.18 does: added on one cell, found by address or a null object, deleted; refused on an older host or a range', async () => {
    const { state, context } = oneSheet();
    const ws = context.workbook.worksheets.getItem('Biểu mẫu 1');
    context.workbook.notes.add(ws.getRange('D7'), 'kiểm tra lại');
    context.workbook.notes.add("'Biểu mẫu 1'!D8", 'số khác');
    const found = ws.notes.getItemOrNullObject('D7').load('content');
    const none = ws.notes.getItemOrNullObject('D9').load('content');
    await context.sync();
    expect(found.isNullObject).toBe(false);
    expect(found.content).toBe('kiểm tra lại');
    expect(none.isNullObject).toBe(true);
    found.delete();
    await context.sync();
    expect(state.sheets[0]?.cells.get('D7')?.note).toBeUndefined();
    expect(state.sheets[0]?.cells.get('D8')?.note).toBe('số khác');

    context.workbook.notes.add(ws.getRange('D7:D8'), 'hai ô');
    expect(await failure(context.sync())).toMatchObject({ code: 'InvalidCellAddress' });
    state.excelApi = '1.17';
    context.workbook.notes.add(ws.getRange('D9'), 'cũ');
    expect(await failure(context.sync())).toMatchObject({ code: 'ApiNotFound' });
    expect(state.sheets[0]?.cells.get('D9')?.note).toBeUndefined();
  });

  it('copies a sheet as Excel does: the copy active, and holding sheet-scoped namesakes of the names into the original, listed by its Worksheet.names only', async () => {
    const { state, context, asExcel } = oneSheet();
    state.sheets[0]!.protected = true;
    const copy = copySheet(state, 'Biểu mẫu 1', 'Biểu mẫu 1 (2)');
    copy.cells.set('D7', { value: 1040 });
    expect(state.sheets.map((s) => s.name)).toEqual(['Biểu mẫu 1', 'Biểu mẫu 1 (2)']);
    expect([state.active, copy.protected]).toEqual(['Biểu mẫu 1 (2)', true]);

    const book = asExcel.workbook.names.load('items/name,items/scope,items/value');
    const own = asExcel.workbook.worksheets.getItem('Biểu mẫu 1 (2)').names.load('items/name,items/scope,items/value');
    const original = asExcel.workbook.worksheets.getItem('Biểu mẫu 1').names.load('items/name');
    const read = asExcel.workbook.names.getItem('BM1_2_1').getRange().load('values,address');
    const local = asExcel.workbook.worksheets.getItem('Biểu mẫu 1 (2)').names.getItem('bm1_2_1').getRange().load('values,address');
    await context.sync();
    expect(book.items.map((n) => [n.name, n.scope, n.value])).toEqual([['BM1_2_1', 'Workbook', "'Biểu mẫu 1'!$D$7"]]);
    expect(own.items.map((n) => [n.name, n.scope, n.value])).toEqual([['BM1_2_1', 'Worksheet', "'Biểu mẫu 1 (2)'!$D$7"]]);
    expect(original.items).toEqual([]);
    expect([read.values, read.address]).toEqual([[[40]], "'Biểu mẫu 1'!D7"]);
    expect([local.values, local.address]).toEqual([[[1040]], "'Biểu mẫu 1 (2)'!D7"]);

    // Renamed, the copy's names follow it; deleted, they go with it and the workbook's are as they were.
    renameSheet(state, 'Biểu mẫu 1 (2)', 'Nháp');
    expect(Object.fromEntries(copy.names)).toEqual({ BM1_2_1: { sheet: 'Nháp', cell: 'D7' } });
    deleteSheet(state, 'Nháp');
    expect(Object.fromEntries(state.names)).toEqual({ BM1_2_1: { sheet: 'Biểu mẫu 1', cell: 'D7' } });
  });

  it('adds a workbook-level name of a sheet-scoped name’s text, except while that sheet is active (issue 2875); a scope never takes a name twice', async () => {
    const { state, context, asExcel } = oneSheet();
    copySheet(state, 'Biểu mẫu 1', 'Biểu mẫu 1 (2)');
    const cell = () => asExcel.workbook.worksheets.getItem('Biểu mẫu 1').getRange('D7');
    asExcel.workbook.names.getItem('BM1_2_1').delete();
    await context.sync();
    expect([...state.names.keys()]).toEqual([]);

    asExcel.workbook.names.add('BM1_2_1', cell());
    expect(await failure(context.sync())).toMatchObject({ code: 'ItemAlreadyExists' });
    asExcel.workbook.worksheets.getItem('Biểu mẫu 1').activate();
    asExcel.workbook.names.add('BM1_2_1', cell());
    await context.sync();
    expect(Object.fromEntries(state.names)).toEqual({ BM1_2_1: { sheet: 'Biểu mẫu 1', cell: 'D7' } });

    asExcel.workbook.worksheets.getItem('Biểu mẫu 1 (2)').names.add('Bm1_2_1', cell());
    expect(await failure(context.sync())).toMatchObject({ code: 'ItemAlreadyExists' });
    asExcel.workbook.worksheets.getItem('Biểu mẫu 1').names.add('BM1_2_1', cell());
    await context.sync();
    expect(state.log.slice(-2)).toEqual(['addName BM1_2_1', 'addName local BM1_2_1']);
    state.excelApi = '1.3';
    asExcel.workbook.worksheets.getItem('Biểu mẫu 1').names.load('items/name');
    expect(await failure(context.sync())).toMatchObject({ code: 'ApiNotFound' });
  });

  // NamedItem.delete, "Deletes the given name" (ExcelApi 1.4,
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditem#excel-excel-nameditem-delete-member(1)), reached through
  // Worksheet.names, "Collection of names scoped to the current worksheet" (ExcelApi 1.4,
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-names-member), as Microsoft's own sample
  // removes a sheet's name (sheet.names.getItem("TotalAmount").delete(), office-js-snippets create-and-remove-named-item.yaml).
  it('deletes a sheet’s own name through that sheet’s names only, whatever its case; the workbook’s namesake and the other sheets’ stay', async () => {
    const { state, context, asExcel } = oneSheet();
    copySheet(state, 'Biểu mẫu 1', 'Biểu mẫu 1 (2)');
    copySheet(state, 'Biểu mẫu 1', 'Biểu mẫu 1 (3)');
    const sheet = (name: string) => asExcel.workbook.worksheets.getItem(name);

    // NamedItemCollection.getItem finds a name of its collection's scope only (ItemNotFound, as for any item a collection lacks): the
    // original holds no name of its own, and the workbook's names are not a sheet's.
    sheet('Biểu mẫu 1').names.getItem('BM1_2_1').delete();
    expect(await failure(context.sync())).toMatchObject({ code: 'ItemNotFound' });
    expect(state.names.has('BM1_2_1')).toBe(true);

    sheet('Biểu mẫu 1 (2)').names.getItem('bm1_2_1').delete();
    await context.sync();
    expect(Object.fromEntries(state.sheets.map((s) => [s.name, [...s.names.keys()]]))).toEqual({ 'Biểu mẫu 1': [], 'Biểu mẫu 1 (2)': [], 'Biểu mẫu 1 (3)': ['BM1_2_1'] });
    expect(state.names.get('BM1_2_1')).toEqual({ sheet: 'Biểu mẫu 1', cell: 'D7' });
    expect(state.log.slice(-1)).toEqual(['deleteName local BM1_2_1']);
    // Gone, it cannot be deleted twice.
    sheet('Biểu mẫu 1 (2)').names.getItem('BM1_2_1').delete();
    expect(await failure(context.sync())).toMatchObject({ code: 'ItemNotFound' });
    // A sheet-scoped name is no workbook-level one: Workbook.names does not reach it.
    state.names.delete('BM1_2_1');
    asExcel.workbook.names.getItem('BM1_2_1').delete();
    expect(await failure(context.sync())).toMatchObject({ code: 'ItemNotFound' });
    expect(findSheet(state, 'Biểu mẫu 1 (3)')?.names.has('BM1_2_1')).toBe(true);

    // Both members are ExcelApi 1.4: an older host fails the batch (ApiNotFound), nothing deleted.
    state.excelApi = '1.3';
    sheet('Biểu mẫu 1 (3)').names.getItem('BM1_2_1').delete();
    expect(await failure(context.sync())).toMatchObject({ code: 'ApiNotFound' });
    expect(findSheet(state, 'Biểu mẫu 1 (3)')?.names.has('BM1_2_1')).toBe(true);
  });
});
