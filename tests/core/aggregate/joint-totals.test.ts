// Each district sentence's numbers over the same communes: those that gave every one of them.
import { jointTotals } from '../../../src/core/aggregate/joint-totals';
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { formsWith } from './sample-units';

const at = (rows: readonly string[], form: number): number => BUILTIN_CATALOGUE.districtSentences.findIndex((d) => d.form === form && d.rows.join() === rows.join());

describe('jointTotals', () => {
  const units = [
    formsWith({ '4': { '2.1': 22, '2.2': 21 } }),
    formsWith({ '4': { '2.1': 30, '2.2': 29 } }),
    // Staff assigned without staff present, and online files without their total: left out of those sentences only.
    formsWith({ '4': { '2.1': 25, '2.2': undefined }, '7': { '6.7.1': undefined } }),
  ];
  const joint = jointTotals(units);

  it('adds staff assigned and present over the communes that gave both', () => {
    expect(joint[at(['2.1', '2.2'], 4)]).toEqual({ values: [52, 50], units: 2 });
  });

  it('keeps every commune in a sentence whose numbers they all gave', () => {
    expect(joint[at(['3.3.1', '3.3.2'], 3)]).toEqual({ values: [1234 * 3, 1229 * 3], units: 3 });
  });

  it('has one entry per district sentence, with zeros and no commune when none gave them all', () => {
    expect(joint).toHaveLength(BUILTIN_CATALOGUE.districtSentences.length);
    expect(jointTotals([formsWith({ '7': { '6.8.1': undefined } })])[at(['6.8.1', '6.8.2'], 7)]).toEqual({ values: [0, 0], units: 0 });
  });
});
