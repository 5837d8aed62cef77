// Rows reported by fewer communes than expected (or than files received), and the text of consolidated cells.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { consolidatedCellText } from '../../../src/core/aggregate/cell-text';
import { consolidate } from '../../../src/core/aggregate/consolidate';
import { incompleteRows, reportedRowCount } from '../../../src/core/aggregate/incomplete-rows';
import type { FormNumber } from '../../../src/core/forms/types';
import { formsWith } from './sample-units';

const full = formsWith();
const gaps = formsWith({ '1': { '1': undefined }, '6': { '2': null } });

describe('incompleteRows', () => {
  it('is empty when every commune reported every row the sample has', () => {
    expect(incompleteRows(consolidate([full, full]))).toEqual([]);
  });

  it('lists the rows a received file left empty, in form order', () => {
    const c = consolidate([full, gaps], { expected: 4 });
    expect(incompleteRows(c, 2)).toEqual([
      { form: 1, key: '1', reported: 1, expected: 4 },
      { form: 6, key: '2', reported: 1, expected: 4 },
    ]);
    // Against the communes expected, every input row is short (two files never came).
    expect(incompleteRows(c).length).toBe(reportedRowCount(c));
  });

  it('counts the input rows that some commune reported', () => {
    // The two rows left empty in the only file are not counted.
    expect(reportedRowCount(consolidate([gaps]))).toBe(reportedRowCount(consolidate([full])) - 2);
  });
});

describe('consolidatedCellText', () => {
  const c = consolidate([full, formsWith({ '1': { '5': 0, '5.2': 1 }, '4': { '2.5': 2 }, '6': { '1': 0.25 } })], { expected: 3 });
  const text = (form: FormNumber, key: string): string => consolidatedCellText(BUILTIN_CATALOGUE.row(form, key)!, c.forms[form]?.[key]);

  it('writes totals and money in Vietnamese notation, ratios with at most one decimal (none when it is 0)', () => {
    expect(text(3, '3.3.1')).toBe('2.468');
    expect(text(6, '1')).toBe('4.250,25');
    expect(text(1, '2')).toBe('67,5');
    expect(text(3, '3.4')).toBe('100');
  });

  it('writes codes as the number of communes per label, percents as min – mean – max', () => {
    expect(text(1, '5')).toBe('Có: 1; Không: 1');
    expect(text(1, '5.2')).toBe('Trực tuyến: 0; Phát phiếu: 1; Kết hợp: 1');
    expect(text(4, '2.5')).toBe('2 – 6,3 – 10,5');
  });

  it('leaves empty what nobody reported, and a section row', () => {
    const none = consolidate([{}]);
    expect(consolidatedCellText(BUILTIN_CATALOGUE.row(1, '5')!, none.forms[1]?.['5'])).toBe('');
    expect(consolidatedCellText(BUILTIN_CATALOGUE.row(4, '2.5')!, none.forms[4]?.['2.5'])).toBe('');
    expect(consolidatedCellText(BUILTIN_CATALOGUE.row(1, '2.1')!, none.forms[1]?.['2.1'])).toBe('');
    expect(consolidatedCellText(BUILTIN_CATALOGUE.row(1, '2')!, none.forms[1]?.['2'])).toBe('');
    expect(consolidatedCellText(BUILTIN_CATALOGUE.row(1, '3')!, none.forms[1]?.['3'])).toBe('');
  });
});
