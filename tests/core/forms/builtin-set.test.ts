import { BUILTIN_CATALOGUE, BUILTIN_SET } from '../../../src/core/forms/builtin';
import { formSetSchema } from '../../../src/core/forms/form-set-schema';
import { formDefSchema } from '../../../src/core/forms/schema';

describe('the built-in form set is data', () => {
  it('passes the form-set schema unchanged', () => {
    expect(formSetSchema.parse(BUILTIN_SET)).toEqual(BUILTIN_SET);
  });

  it('builds the seven forms of Phụ lục 01, each passing the form schema', () => {
    expect(BUILTIN_CATALOGUE.forms.map((f) => [f.number, f.rows.length])).toEqual([
      [1, 18],
      [2, 14],
      [3, 13],
      [4, 17],
      [5, 11],
      [6, 3],
      [7, 24],
    ]);
    for (const form of BUILTIN_CATALOGUE.forms) formDefSchema.parse(form);
  });

  it('reads a row of another form in a rule ("BM4 2.2") and gives each rule its id', () => {
    const cross = BUILTIN_CATALOGUE.rules.filter((r) => r.id === 'cross-form');
    expect(cross.map((r) => [r.anchor, 'rows' in r.right ? r.right.rows : null, r.severity])).toEqual([
      [{ form: 5, key: '1.2' }, [{ form: 4, key: '2.2' }], 'warning'],
      [{ form: 7, key: '6.6.1' }, [{ form: 3, key: '1.1' }], 'error'],
      [{ form: 7, key: '6.8.1' }, [{ form: 3, key: '1.1' }], 'error'],
    ]);
    expect(BUILTIN_CATALOGUE.rules.filter((r) => r.id === 'conditional').map((r) => [r.anchor.key, r.operator, r.when?.equals, r.leftMissing])).toEqual([
      ['5.1', '>', 1, 'never-skip'],
      ['5.2', 'filled', 1, 'never-skip'],
      ['5.1', '==', 0, 'never-skip'],
      ['5.2', '==', 0, 'never-skip'],
    ]);
  });

  it('orders the key ratios by their place, not by form', () => {
    expect(BUILTIN_CATALOGUE.keyRatios).toEqual([
      { form: 3, key: '3.3' },
      { form: 7, key: '6.7' },
      { form: 7, key: '6.8' },
      { form: 6, key: '0' },
      { form: 1, key: '2' },
    ]);
  });

  it('derives the partitions from a rule over several parts, and implied zeros from the rows', () => {
    expect([...BUILTIN_CATALOGUE.partitions]).toEqual([[1, [['4.1', ['4.2', '4.3', '4.4']]]]]);
    expect(BUILTIN_CATALOGUE.impliedZeros.get(7)).toContainEqual([['6.4.1', '6.5.1'], ['6.6.2']]);
  });

  it('looks forms and rows up by number and key, in the set\'s order, and carries the sentences', () => {
    expect(BUILTIN_CATALOGUE.formNumbers).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(BUILTIN_CATALOGUE.form(3).title).toBe(BUILTIN_SET.forms[2]?.title);
    expect(() => BUILTIN_CATALOGUE.form(8)).toThrow(RangeError);
    expect(BUILTIN_CATALOGUE.findForm(8)).toBeUndefined();
    expect(BUILTIN_CATALOGUE.row(1, '2.2')).toMatchObject({ key: '2.2', kind: 'count' });
    expect(BUILTIN_CATALOGUE.row(1, '9.9')).toBeUndefined();
    expect(BUILTIN_CATALOGUE.rowIndex(1, '1')).toBe(BUILTIN_CATALOGUE.forms[0]?.rows.findIndex((r) => r.key === '1'));
    expect(BUILTIN_CATALOGUE.sentences).toBe(BUILTIN_SET.sentences);
    expect(BUILTIN_CATALOGUE.sentences.length).toBeGreaterThan(30);
  });

  it('is frozen: no stage can change the catalogue another stage reads', () => {
    expect(Object.isFrozen(BUILTIN_CATALOGUE.forms[0]?.rows[0])).toBe(true);
    expect(() => (BUILTIN_CATALOGUE.rules as unknown[]).push({})).toThrow(TypeError);
  });
});
