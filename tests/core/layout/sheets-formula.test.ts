// The plan's formulas as a Google Sheets spreadsheet of a given locale reads them: calculated by HyperFormula with that
// locale's separators, they give what the formulas give in the "," syntax of Excel and the .xlsx.
import sample from '../../../examples/xa-hoa-phong.json';
import type { ReportData } from '../../../src/core/data/types';
import { consolidate } from '../../../src/core/aggregate/consolidate';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { buildConsolidatedPlan } from '../../../src/core/layout/consolidated-plan';
import { argumentSeparatorOf, formulaForLocale } from '../../../src/core/layout/sheets-formula';
import type { WorkbookPlan } from '../../../src/core/layout/types';
import { catalogueOf } from '../../../src/core/forms/builtin';
import { TEST_SET } from '../../fixtures/form-sets/test-set';
import { formsWith } from '../aggregate/sample-units';
import { loadPlan } from './plan-engine';

const SAMPLE = sample as unknown as ReportData;

describe('argumentSeparatorOf', () => {
  it('gives "," to the locales that separate arguments with it, ";" to Vietnam and every other', () => {
    expect(argumentSeparatorOf('en_US')).toBe(',');
    expect(argumentSeparatorOf('en_GB')).toBe(',');
    expect(argumentSeparatorOf('ja_JP')).toBe(',');
    expect(argumentSeparatorOf('en-US')).toBe(',');
    expect(argumentSeparatorOf('vi_VN')).toBe(';');
    expect(argumentSeparatorOf('vi')).toBe(';');
    expect(argumentSeparatorOf('de_DE')).toBe(';');
    expect(argumentSeparatorOf('tr_TR')).toBe(';');
    // Unknown or not given: ";", which a "," locale also reads.
    expect(argumentSeparatorOf('xx_YY')).toBe(';');
    expect(argumentSeparatorOf(undefined)).toBe(';');
    expect(argumentSeparatorOf(null)).toBe(';');
  });
});

describe('formulaForLocale', () => {
  it('changes the separators between arguments, not the commas of text or of a quoted sheet name', () => {
    expect(formulaForLocale('=IF(AND(ISNUMBER(D5),ISNUMBER(D6)),IF(D5=0,"",ROUND(D6/D5*100,1)),"")', 'vi_VN')).toBe(
      '=IF(AND(ISNUMBER(D5);ISNUMBER(D6));IF(D5=0;"";ROUND(D6/D5*100;1));"")',
    );
    expect(formulaForLocale(`=IF(A1="a, b",'Sổ, 1'!D8,"x ""y, z""")`, 'vi_VN')).toBe(`=IF(A1="a, b";'Sổ, 1'!D8;"x ""y, z""")`);
    expect(formulaForLocale(`=SUM('It''s, here'!D8,D9)`, 'de_DE')).toBe(`=SUM('It''s, here'!D8;D9)`);
  });

  it('leaves a formula as it is in a "," locale', () => {
    const f = '=IF(COUNT(D8,D9)=0,"",ROUND(SUM(D8,D9),6))';
    expect(formulaForLocale(f, 'en_US')).toBe(f);
  });

  it('refuses a decimal number or an array literal, whose marks differ by locale too', () => {
    expect(() => formulaForLocale('=ROUND(D8*1.5,1)', 'vi_VN')).toThrow(/locale-dependent/);
    expect(() => formulaForLocale('=SUM({1,2})', 'vi_VN')).toThrow(/locale-dependent/);
    // A period in a text or a sheet name is no decimal mark.
    expect(formulaForLocale(`=IF(D8=0,"1.5",'Mẫu 1.2'!D8)`, 'vi_VN')).toBe(`=IF(D8=0;"1.5";'Mẫu 1.2'!D8)`);
  });
});

/** Every named cell of the plan, calculated in the "," syntax and as a spreadsheet of `locale` holds the formulas. */
function bothWays(plan: WorkbookPlan, locale: string): { canonical: Record<string, unknown>; local: Record<string, unknown> } {
  return { canonical: loadPlan(plan).namedValues(), local: loadPlan(plan, locale).namedValues() };
}

describe('every formula of a plan, written for a ";" locale, calculates as the "," original', () => {
  const formulasOf = (plan: WorkbookPlan): number => plan.sheets.reduce((n, s) => n + s.formulas.flat().filter((f) => f).length, 0);

  it.each([
    ['the built-in set, empty', buildWorkbookPlan(null)],
    ['the built-in set, the sample commune', buildWorkbookPlan(SAMPLE)],
    ['a province’s set, the sample commune', buildWorkbookPlan(SAMPLE, catalogueOf(TEST_SET))],
  ])('%s', (_label, plan) => {
    expect(formulasOf(plan)).toBeGreaterThan(15);
    const { canonical, local } = bothWays(plan, 'vi_VN');
    expect(local).toEqual(canonical);
    // Not a vacuous equality: the sample's ratios are numbers.
    if (_label.includes('sample')) expect(Object.values(local).filter((v) => typeof v === 'number' && !Number.isInteger(v)).length).toBeGreaterThan(3);
  });

  it('the office’s totals (the consolidated plan, its share of communes reported included)', () => {
    const c = consolidate([formsWith(), formsWith({ '1': { '2.1': 10, '2.2': 10 } })], { expected: 3 });
    const { plan } = buildConsolidatedPlan(
      {
        period: 'H1',
        year: 2026,
        units: [1, 2].map((i) => ({ file: `xa-${i}.json`, meta: { unit: `Xã số ${i}`, unitKind: 'xã', period: 'H1', year: 2026 } })),
        rejected: [],
      },
      c,
    );
    const { canonical, local } = bothWays(plan, 'vi_VN');
    expect(local).toEqual(canonical);
    expect(local['TH1_2']).toBe(74);
  });

  it('the "," syntax read with ";" separators is a parse error: the conversion is what makes the ";" locale work', () => {
    const plan = buildWorkbookPlan(SAMPLE);
    const engine = loadPlan({ ...plan }, 'vi_VN');
    const first = plan.sheets.flatMap((s) => s.formulas.flatMap((row, r) => row.flatMap((f, c) => (f ? [{ sheet: s.name, r, c, f }] : []))))[0]!;
    const sheet = engine.hf.getSheetId(first.sheet)!;
    engine.hf.setCellContents({ sheet, row: first.r, col: first.c }, first.f);
    expect(engine.hf.getCellValue({ sheet, row: first.r, col: first.c })).toMatchObject({ type: 'ERROR' });
  });
});
