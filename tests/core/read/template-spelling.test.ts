// Defined names read whatever their case, as Excel reads them: every name of the template spelled back as the template writes it, and a
// workbook spelling one name two ways read with care (the template's spelling wins; two cells under two other spellings are no cell).
import { catalogueOf, BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { OLDER_TEMPLATE_NAMES } from '../../../src/core/layout/template-versions';
import { spellAsTemplate, templateSheets, templateSpelling } from '../../../src/core/read/workbook-damage';
import { TEST_SET } from '../../fixtures/form-sets/test-set';

/** Every case a tool or a hand may leave a name in. */
const RESPELLINGS: readonly [string, (s: string) => string][] = [
  ['lower case', (s) => s.toLowerCase()],
  ['capitals', (s) => s.toUpperCase()],
  ['cases swapped', (s) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')],
];

describe('templateSpelling', () => {
  const names = (catalogue: typeof BUILTIN_CATALOGUE): string[] => [
    ...templateSheets(catalogue).flatMap((s) => s.names.map((n) => n.name)),
    ...OLDER_TEMPLATE_NAMES,
  ];

  it.each([
    ['the built-in set', BUILTIN_CATALOGUE],
    ["a province's set (and the sheet carrying it)", catalogueOf(TEST_SET)],
  ])('spells every name of the template of %s back as the template writes it, whatever case it is read in', (_label, catalogue) => {
    const all = names(catalogue);
    expect(all.length).toBeGreaterThan(200);
    // Names spelled in lower case by the template too, and a carried set's part, among them.
    expect(all).toEqual(expect.arrayContaining(['TTC_signerForm', 'TM_II_2_a', 'TTC_signerAuthority', 'BM1_2_1', 'GC1_2_1', 'CCHC_TEMPLATE_VERSION']));
    if (catalogue !== BUILTIN_CATALOGUE) expect(all).toEqual(expect.arrayContaining(['CCHC_FORMSET_ID', 'CCHC_FORMSET_1']));
    for (const name of all) {
      expect(templateSpelling(name)).toBe(name);
      for (const [, respell] of RESPELLINGS) expect([respell(name), templateSpelling(respell(name))]).toEqual([respell(name), name]);
    }
  });

  it('leaves a name that is not the template’s as the workbook spells it', () => {
    for (const name of ['Tong_cong', 'bm_ghi_chu', 'BMx1_2', '_xlnm.Print_Area', 'ttc_khac']) expect(templateSpelling(name)).toBe(name);
  });
});

describe('spellAsTemplate', () => {
  const where = (cells: Record<string, string>) => (name: string): string => cells[name] ?? '';

  it('reads each name under the template’s spelling, names of its own as they are', () => {
    const { readAs, ambiguous } = spellAsTemplate(['bm1_2_1', 'ttc_UNIT', 'Tong'], where({}));
    expect([...readAs]).toEqual([
      ['bm1_2_1', 'BM1_2_1'],
      ['ttc_UNIT', 'TTC_unit'],
      ['Tong', 'Tong'],
    ]);
    expect(ambiguous).toEqual([]);
  });

  it('takes the template’s own spelling where the workbook spells a name two ways, wherever the other points', () => {
    const { readAs, ambiguous } = spellAsTemplate(['bm1_2_1', 'BM1_2_1'], where({ bm1_2_1: 'D9', BM1_2_1: 'D8' }));
    expect([...readAs]).toEqual([['BM1_2_1', 'BM1_2_1']]);
    expect(ambiguous).toEqual([]);
  });

  it('reads two other spellings at one cell as the one name, and at two cells as no cell (ambiguous)', () => {
    expect([...spellAsTemplate(['bm1_2_1', 'Bm1_2_1'], where({ bm1_2_1: 'D8', Bm1_2_1: 'D8' })).readAs]).toEqual([['bm1_2_1', 'BM1_2_1']]);
    const two = spellAsTemplate(['bm1_2_1', 'Bm1_2_1', 'bm1_2_2'], where({ bm1_2_1: 'D8', Bm1_2_1: 'D9', bm1_2_2: 'D9' }));
    expect([...two.readAs]).toEqual([['bm1_2_2', 'BM1_2_2']]);
    expect(two.ambiguous).toEqual(['BM1_2_1']);
  });
});
