// A1 addresses: the one home of range expansion and sheet-qualified references for every host.
import { cellAddress, parseSheetCell, parseSheetRef, rangeAddresses, rangeCells, sheetRef } from '../../../src/core/layout/a1';

describe('rangeCells and rangeAddresses', () => {
  it('list a single cell and a rectangle row by row, dollar signs ignored', () => {
    expect(rangeCells('D6')).toEqual([{ row: 6, col: 4 }]);
    expect(rangeCells('$D$6:E7')).toEqual([
      { row: 6, col: 4 },
      { row: 6, col: 5 },
      { row: 7, col: 4 },
      { row: 7, col: 5 },
    ]);
    expect(rangeAddresses('E7:D6')).toEqual(['D6', 'E6', 'D7', 'E7']);
    expect(rangeAddresses('Z1:AB1')).toEqual(['Z1', 'AA1', 'AB1']);
  });

  it('refuse what is not an address', () => {
    expect(() => rangeCells('A:A')).toThrow();
  });
});

describe('parseSheetRef and parseSheetCell', () => {
  it('read quoted and bare sheet names, doubled quotes and dollars', () => {
    expect(parseSheetRef("'Biểu mẫu 1'!$D$8")).toEqual({ sheet: 'Biểu mẫu 1', a1: 'D8' });
    expect(parseSheetRef("'Xã O''Lang'!A1:B2")).toEqual({ sheet: "Xã O'Lang", a1: 'A1:B2' });
    expect(parseSheetRef('Sheet1!C3')).toEqual({ sheet: 'Sheet1', a1: 'C3' });
    expect(parseSheetRef('D8')).toBeNull();
  });

  it('take one cell only, and round-trip with sheetRef', () => {
    expect(parseSheetCell("'Biểu mẫu 1'!$d$8")).toEqual({ sheet: 'Biểu mẫu 1', a1: 'D8' });
    expect(parseSheetCell("'Biểu mẫu 1'!D8:D9")).toBeNull();
    expect(parseSheetCell("'Biểu mẫu 1'!A:A")).toBeNull();
    expect(parseSheetCell("'Biểu mẫu 1'!#REF!")).toBeNull();
    for (const sheet of ['Biểu mẫu 7', "O'Lang", 'Data_1']) {
      expect(parseSheetCell(sheetRef(sheet, cellAddress(12, 4)))).toEqual({ sheet, a1: 'D12' });
    }
  });
});
