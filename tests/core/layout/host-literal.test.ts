// hostLiteral: which plan strings a spreadsheet would reinterpret, checked by hand and against HyperFormula's own input parsing.
import { HyperFormula, type ConfigParams } from 'hyperformula';
import { hostLiteral, isReinterpretable } from '../../../src/core/layout/host-literal';

describe('hostLiteral', () => {
  it('writes empty as "" and numbers unchanged', () => {
    expect(hostLiteral(null)).toBe('');
    expect(hostLiteral(null, '0')).toBe('');
    expect(hostLiteral(0)).toBe(0);
    expect(hostLiteral(1234.5, '#,##0.00')).toBe(1234.5);
    expect(hostLiteral(-3, '@')).toBe(-3);
  });

  it.each([
    // formulas, signs, an apostrophe of the user's own
    ['=SUM(A1)'],
    ['+84 912 345 678'],
    ['- Lưu: VT.'],
    ['-5'],
    ['@tên'],
    ["'trích dẫn"],
    [' =1+1'],
    // numbers in either locale's notation
    ['12'],
    ['007'],
    ['1.234'],
    ['1,234'],
    ['98,3'],
    ['1.234.567,5'],
    ['1,234,567.5'],
    ['.5'],
    ['5.'],
    ['1 234'],
    ['0912 345 678'],
    ['1e5'],
    ['2,5E-3'],
    ['(12)'],
    ['$1,234'],
    ['1.000 ₫'],
    ['50%'],
    ['98,3 %'],
    ['  42  '],
    // dates and times
    ['08/06/2026'],
    ['8/6'],
    ['1/2'],
    ['6/2026'],
    ['2026-06-08'],
    ['08.06.2026'],
    ['8-6-26'],
    ['1 1/2'],
    ['10:30'],
    ['10:30:15'],
    ['10:30 AM'],
    ['10 am'],
    ['08/06/2026 10:30'],
    ['2026-06-08T10:30:00'],
    ['8 Jun 2026'],
    ['June 8, 2026'],
    ['8-Jun'],
    ['Jun-26'],
    ['Mon, Jun 8, 2026'],
    // booleans and error literals
    ['TRUE'],
    ['false'],
    ['#N/A'],
    ['#DIV/0!'],
    ['#REF!'],
  ])('quotes %j in a number cell, and only there', (text) => {
    expect(isReinterpretable(text)).toBe(true);
    expect(hostLiteral(text)).toBe(`'${text}`);
    expect(hostLiteral(text, '0')).toBe(`'${text}`);
    expect(hostLiteral(text, 'General')).toBe(`'${text}`);
    // A text-formatted cell keeps everything as typed, so the string goes as it is.
    expect(hostLiteral(text, '@')).toBe(text);
  });

  it.each([
    ['Văn bản'],
    ['Hòa Phong'],
    ['45/BC-UBND'],
    ['30/BC-UBND'],
    ['UBND tỉnh Quảng Ngãi'],
    ['6 tháng đầu năm'],
    ['5 người'],
    ['Quý I'],
    ['ngày 08 tháng 6 năm 2026'],
    ['(Kèm theo Báo cáo số 30/BC-UBND)'],
    ['Chỉ tiêu thống kê'],
    ['May'],
    ['STT'],
    ['Có = 1; Không = 0'],
    ['#hashtag'],
    ['e5'],
    ['%'],
    ['Tiếp tục rà soát thủ tục.'],
  ])('leaves %j as it is', (text) => {
    expect(isReinterpretable(text)).toBe(false);
    expect(hostLiteral(text)).toBe(text);
    expect(hostLiteral(text, '0.0')).toBe(text);
  });

  it('keeps an empty or blank string as it is', () => {
    expect(hostLiteral('')).toBe('');
    expect(hostLiteral('   ', '0')).toBe('   ');
  });
});

/**
 * HyperFormula parses raw input as a spreadsheet does (numbers with the configured separators,
 * dates in the configured formats, booleans, formulas, a leading apostrophe as text), so it
 * checks hostLiteral against a real engine in two locales: whatever the engine would store as
 * anything but the same text must be quoted, and the quoted form must come back as the text.
 */
const LOCALES: Record<string, Partial<ConfigParams>> = {
  'en-US': { decimalSeparator: '.', thousandSeparator: '', functionArgSeparator: ',', dateFormats: ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY-MM-DD'] },
  'vi-VN': { decimalSeparator: ',', thousandSeparator: '.', functionArgSeparator: ';', dateFormats: ['DD/MM/YYYY', 'DD/MM/YY', 'DD.MM.YYYY', 'YYYY-MM-DD'] },
};

const SAMPLES = [
  '12', '1.234', '1,234', '98,3', '1.234.567', '1,5', '0,5', '50%', '98,3%', '$12', '-7', '+7', '1e3',
  '08/06/2026', '12/31/2026', '31/12/2026', '2026-06-08', '08.06.2026', '10:30', '10:30:15',
  'TRUE', 'FALSE', 'true', '=1+1', "'x", 'Văn bản', '45/BC-UBND', 'Hòa Phong', '5 người', 'Quý I', 'May',
];

describe.each(Object.entries(LOCALES))('against HyperFormula (%s)', (_locale, config) => {
  const engine = (cells: (string | number)[]): HyperFormula =>
    HyperFormula.buildFromArray(cells.map((c) => [c]), { licenseKey: 'gpl-v3', ...config });

  it.each(SAMPLES)('%j: parsed as anything but itself only if quoted, and quoted comes back as the text', (text) => {
    const hf = engine([text, hostLiteral(text, '0')]);
    const raw = hf.getCellValue({ sheet: 0, row: 0, col: 0 });
    const written = hf.getCellValue({ sheet: 0, row: 1, col: 0 });
    const rawIsText = hf.getCellValueType({ sheet: 0, row: 0, col: 0 }) === 'STRING' && raw === text && !hf.doesCellHaveFormula({ sheet: 0, row: 0, col: 0 });
    hf.destroy();
    if (!rawIsText) expect(isReinterpretable(text)).toBe(true);
    expect(written).toBe(text);
  });
});
