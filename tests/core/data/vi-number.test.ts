// Text in Vietnamese number notation read back as a number (for the suggestion in not-a-number findings).
import { parseVietnameseNumber } from '../../../src/core/data/vi-number';

describe('parseVietnameseNumber', () => {
  it.each([
    ['98,3', 98.3],
    ['1.234', 1234],
    ['3.500,5', 3500.5],
    ['1.234.567', 1234567],
    ['1.234.567,25', 1234567.25],
    ['0,5', 0.5],
    ['15', 15],
    ['0', 0],
    ['  962 ', 962],
    ['\u00a0120\u00a0', 120],
    ['-5', -5],
    ['\u22123,5', -3.5],
    ['+7', 7],
    ['1,234', 1.234],
    ['0012', 12],
  ])('reads %j as %d', (text, expected) => {
    expect(parseVietnameseNumber(text)).toBe(expected);
  });

  it.each([
    'Văn bản',
    '',
    '   ',
    '98.3',
    '1.23',
    '1.2345',
    '12.34.567',
    '1..234',
    ',5',
    '5,',
    '3,500,5',
    '1 234',
    '98,3%',
    '1e3',
    '--5',
    'Infinity',
  ])('refuses %j', (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });

  it('never returns negative zero', () => {
    expect(Object.is(parseVietnameseNumber('-0'), 0)).toBe(true);
  });
});
