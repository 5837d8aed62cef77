// The communes below the district's own total on the key ratios, lowest first; a commune without the ratio is missing, not low.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { attention } from '../../../src/core/aggregate/attention';
import { consolidate } from '../../../src/core/aggregate/consolidate';
import { formsWith } from './sample-units';

const units = [
  { name: 'xã A', forms: formsWith({ '3': { '3.3.1': 100, '3.3.2': 100 } }) },
  { name: 'xã B', forms: formsWith({ '3': { '3.3.1': 100, '3.3.2': 50 } }) },
  { name: 'xã C', forms: formsWith({ '3': { '3.3.1': 100, '3.3.2': 90 } }) },
  { name: 'phường D', forms: formsWith({ '3': { '3.3.1': 100, '3.3.2': 50 } }) },
  // No whole: no ratio of its own, so never listed as lagging (and left out of the district's pair).
  { name: 'xã E', forms: formsWith({ '3': { '3.3.1': undefined, '3.3.2': 0 } }) },
];

describe('attention', () => {
  const c = consolidate(units.map((u) => u.forms));
  const groups = attention(units, c, BUILTIN_CATALOGUE);

  it('covers the five key ratios, in the report’s order', () => {
    expect(groups.map((g) => `${g.form}:${g.key}`)).toEqual(['3:3.3', '7:6.7', '7:6.8', '6:0', '1:2']);
    expect(BUILTIN_CATALOGUE.keyRatios).toHaveLength(5);
  });

  it('lists the communes below the district total (290 ÷ 400 = 72,5 %), lowest first, ties by name', () => {
    const tthc = groups[0]!;
    expect(tthc.total).toBe(72.5);
    expect(tthc.below).toEqual([
      { name: 'phường D', value: 50 },
      { name: 'xã B', value: 50 },
    ]);
  });

  it('lists nobody when every commune equals the total, or when the district has no total', () => {
    expect(groups[3]?.below).toEqual([]); // the same disbursement everywhere
    const none = attention([{ name: 'xã A', forms: formsWith({ '6': { '1': 0, '2': 0 } }) }], consolidate([formsWith({ '6': { '1': 0, '2': 0 } })]), BUILTIN_CATALOGUE);
    expect(none[3]).toEqual({ form: 6, key: '0', total: null, below: [] });
  });
});
