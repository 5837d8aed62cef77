// comparedByKeys: last year's totals, laid out by last year's set, kept by the row keys of this year's compared rows.
import { comparedByKeys, type CellsByKey } from '../../../src/core/aggregate/compared-by-keys';
import { buildCatalogue } from '../../../src/core/forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import type { FormSetDef, SetRow } from '../../../src/core/forms/form-set';
import { formSetSchema } from '../../../src/core/forms/form-set-schema';
import { TEST_CATALOGUE, TEST_SET } from '../../fixtures/form-sets/test-set';

/** TEST_SET with `edit` applied to one row. */
function withRow(form: number, key: string, edit: (r: SetRow) => SetRow, version = 2): FormSetDef {
  return formSetSchema.parse({
    ...TEST_SET,
    version,
    forms: TEST_SET.forms.map((f) => (f.number !== form ? f : { ...f, rows: f.rows.map((r) => (r.key === key ? edit(r) : r)) })),
  });
}

const LAST: CellsByKey = {
  '3': { '3.3': { kind: 'ratio', value: 80 }, '3.3.1': { kind: 'total', total: 1000 }, '3.3.2': { kind: 'total', total: 800 } },
  '7': { '6.7': { kind: 'ratio', value: 25 }, '6.7.1': { kind: 'total', total: 400 } },
  '8': { '1': { kind: 'total', total: 90 } },
};

describe('comparedByKeys', () => {
  it('keeps, by key, the cells of this year’s compared rows only', () => {
    expect(comparedByKeys(LAST, TEST_CATALOGUE, TEST_CATALOGUE).forms).toEqual({
      '3': { '3.3': { kind: 'ratio', value: 80 }, '3.3.1': { kind: 'total', total: 1000 } },
      '7': { '6.7': { kind: 'ratio', value: 25 }, '6.7.1': { kind: 'total', total: 400 } },
    });
  });

  it('a row compared now that last year’s set lacks gets no comparison; one it has is compared though it was not then', () => {
    const now = buildCatalogue(withRow(8, '1', (r) => ({ ...r, compare: true })));
    // The built-in set has no Biểu mẫu 8.
    expect(comparedByKeys(LAST, BUILTIN_CATALOGUE, now).forms['8']).toBeUndefined();
    // Last year's test set had the row, not compared then: compared now by its key.
    expect(comparedByKeys(LAST, TEST_CATALOGUE, now).forms['8']).toEqual({ '1': { kind: 'total', total: 90 } });
  });

  it('a row whose kind differs from last year’s (a count then, an amount now) gets no comparison', () => {
    const now = buildCatalogue(withRow(3, '3.3.1', (r) => ({ ...r, kind: 'money' })));
    expect(comparedByKeys(LAST, TEST_CATALOGUE, now).forms['3']).toEqual({ '3.3': { kind: 'ratio', value: 80 } });
  });
});
