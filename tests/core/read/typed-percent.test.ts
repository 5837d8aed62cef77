import { isPercentFormat, valueAsShown } from '../../../src/core/read/typed-percent';

describe('typed percent', () => {
  it.each([
    ['0%', true],
    ['0.0%', true],
    ['#,##0.00%', true],
    ['0.0"%"', false],
    ['0.0\\%', false],
    ['General', false],
    ['0.0', false],
    ['', false],
    [undefined, false],
  ])('%s is a percent format: %s', (fmt, expected) => {
    expect(isPercentFormat(fmt)).toBe(expected);
  });

  it('reads a percent-formatted number as the percent it shows, others unchanged', () => {
    expect(valueAsShown(0.9, '0%')).toBe(90);
    expect(valueAsShown(0.07, '0%')).toBe(7);
    expect(valueAsShown(0.955, '0.0%')).toBe(95.5);
    expect(valueAsShown(0.9, 'General')).toBe(0.9);
    expect(valueAsShown(90, '0.0"%"')).toBe(90);
  });
});
