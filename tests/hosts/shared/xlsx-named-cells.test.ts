// xlsx-named-cells: what a person sees in each named cell, whatever ExcelJS stores (formula results, rich text, links, errors, dates).
import ExcelJS from 'exceljs';
import { plainValue, readNamedCells } from '../../../src/hosts/shared/xlsx-named-cells';

describe('plainValue', () => {
  it('keeps numbers, text, booleans and dates; empty is null', () => {
    const d = new Date(Date.UTC(2026, 5, 8));
    expect(plainValue(12.5)).toBe(12.5);
    expect(plainValue('Văn bản')).toBe('Văn bản');
    expect(plainValue(true)).toBe(true);
    expect(plainValue(d)).toBe(d);
    expect(plainValue(null)).toBeNull();
    expect(plainValue(undefined)).toBeNull();
  });

  it('gives a formula its cached result, null when none, the error code for an error', () => {
    expect(plainValue({ formula: 'D3+D4', result: 7 } as ExcelJS.CellFormulaValue)).toBe(7);
    expect(plainValue({ formula: 'D3+D4' } as ExcelJS.CellFormulaValue)).toBeNull();
    expect(plainValue({ sharedFormula: 'D3', result: 4 } as ExcelJS.CellSharedFormulaValue)).toBe(4);
    expect(plainValue({ formula: 'D3/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue)).toBe('#DIV/0!');
    expect(plainValue({ error: '#REF!' } as ExcelJS.CellErrorValue)).toBe('#REF!');
  });

  it('flattens rich text and hyperlinks to their text', () => {
    expect(plainValue({ richText: [{ text: 'Hòa ' }, { text: 'Phong', font: { bold: true } }] })).toBe('Hòa Phong');
    expect(plainValue({ text: 'Cổng DVC', hyperlink: 'https://dichvucong.gov.vn' })).toBe('Cổng DVC');
  });
});

describe('readNamedCells', () => {
  it('reads single-cell names and skips ranges, print titles and names of missing sheets', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Biểu mẫu 1");
    ws.getCell('D5').value = 15;
    ws.getCell('D6').value = 16;
    wb.definedNames.add("'Biểu mẫu 1'!$D$5", 'BM1_1');
    wb.definedNames.add("'Biểu mẫu 1'!$D$5:$D$6", 'BLOCK');
    wb.definedNames.add("'Không có'!$A$1", 'GHOST');
    expect(readNamedCells(wb)).toEqual({ values: { BM1_1: 15 }, addresses: { BM1_1: "'Biểu mẫu 1'!D5" }, formulas: { BM1_1: false } });
  });
});
