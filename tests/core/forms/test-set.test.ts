// Every stage reads the catalogue it is given: a set unlike the built-in one (tests/fixtures/form-sets/test-set.ts) is laid out,
// computed by a real formula engine, read back, checked, reported and consolidated by its own rows, rules and sentences.
import sample from '../../../examples/xa-hoa-phong.json';
import { attention } from '../../../src/core/aggregate/attention';
import { consolidate } from '../../../src/core/aggregate/consolidate';
import type { Grouping } from '../../../src/core/aggregate/grouping';
import { incompleteRows } from '../../../src/core/aggregate/incomplete-rows';
import { planCarry } from '../../../src/core/carry/plan-carry';
import { parseReportData, reportDataSchemaFor } from '../../../src/core/data/schema';
import type { FormsData, ReportData } from '../../../src/core/data/types';
import { buildCatalogue } from '../../../src/core/forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { definedName } from '../../../src/core/forms/catalogue';
import { computeForm } from '../../../src/core/forms/compute';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { buildConsolidatedPlan } from '../../../src/core/layout/consolidated-plan';
import { FORM_FIRST_ROW } from '../../../src/core/layout/form-sheet';
import { readWorkbookValues } from '../../../src/core/read/read-workbook';
import { buildReport } from '../../../src/core/report/build-report';
import { buildConsolidatedReport } from '../../../src/core/report/consolidated-report';
import type { ReportDocument } from '../../../src/core/report/model';
import { checkReport } from '../../../src/core/rules/check';
import { TEST_CATALOGUE, TEST_SET } from '../../fixtures/form-sets/test-set';
import { loadPlan } from '../layout/plan-engine';

const SAMPLE = sample as unknown as ReportData;

/** The sample commune's data as the test set has it: no Biểu mẫu 5, the inserted rows and Biểu mẫu 8 filled. */
function testData(overrides: FormsData = {}): ReportData {
  const { '5': _form5, ...forms } = SAMPLE.forms;
  const merged: Record<string, Record<string, number | string | null>> = {
    ...forms,
    '1': { ...forms['1'], '2.3': 5 },
    '8': { '1': 800, '1.1': 200, '3': 2, '4': 150.5 },
  };
  for (const [k, v] of Object.entries(overrides)) merged[k] = { ...(merged[k] ?? {}), ...v };
  return { ...SAMPLE, forms: merged as FormsData };
}

const sheetOf = (plan: ReturnType<typeof buildWorkbookPlan>, name: string) => {
  const sheet = plan.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

const text = (doc: ReportDocument): string =>
  doc.body.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : 'text' in b ? b.text : '')).join('\n');

describe('a form set unlike the built-in one', () => {
  it('is its own catalogue: forms 1–4, 6–8, the inserted rows in place, the sentences its own', () => {
    expect(TEST_CATALOGUE.formNumbers).toEqual([1, 2, 3, 4, 6, 7, 8]);
    expect(TEST_CATALOGUE.form(1).rows.map((r) => r.key).slice(0, 7)).toEqual(['1', '2', '2.1', '2.2', '2.3', '2.4', '3']);
    expect(TEST_CATALOGUE.findForm(5)).toBeUndefined();
    expect(TEST_CATALOGUE.keyRatios.at(-1)).toEqual({ form: 8, key: '2' });
    expect(TEST_CATALOGUE.sentences).toBe(TEST_SET.sentences);
    // The built-in catalogue is untouched.
    expect(BUILTIN_CATALOGUE.formNumbers).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(BUILTIN_CATALOGUE.row(1, '2.3')).toBeUndefined();
  });

  it('lays out Biểu mẫu 1–4, 6–8 with their rows, names, formulas and validations', () => {
    const plan = buildWorkbookPlan(testData(), TEST_CATALOGUE);
    expect(plan.sheets.map((s) => s.name)).toEqual([
      'Thông tin chung',
      'Biểu mẫu 1',
      'Biểu mẫu 2',
      'Biểu mẫu 3',
      'Biểu mẫu 4',
      'Biểu mẫu 6',
      'Biểu mẫu 7',
      'Biểu mẫu 8',
      'Thuyết minh',
      // The set is carried, hidden, after the template's sheets (the built-in one by absence).
      'Bộ biểu mẫu',
    ]);
    expect(plan.sheets[plan.sheets.length - 1]?.hidden).toBe(true);
    const bm1 = sheetOf(plan, 'Biểu mẫu 1');
    const cellOf = (sheet: typeof bm1, name: string): string | undefined => sheet.names.find((n) => n.name === name)?.cell;
    // 2.3 and 2.4 come right after 2.2; the section 3 moves down two rows.
    expect(cellOf(bm1, 'BM1_2_2')).toBe(`D${FORM_FIRST_ROW + 3}`);
    expect(cellOf(bm1, 'BM1_2_3')).toBe(`D${FORM_FIRST_ROW + 4}`);
    expect(cellOf(bm1, 'BM1_2_4')).toBe(`D${FORM_FIRST_ROW + 5}`);
    expect(cellOf(bm1, 'BM1_3_1')).toBe(`D${FORM_FIRST_ROW + 7}`);
    expect(bm1.values[FORM_FIRST_ROW + 4 - 1]?.slice(0, 3)).toEqual(['2.3.', 'Số nhiệm vụ bổ sung trong năm', 'Nhiệm vụ']);
    const r21 = FORM_FIRST_ROW + 2;
    const r23 = FORM_FIRST_ROW + 4;
    expect(bm1.formulas[FORM_FIRST_ROW + 5 - 1]?.[3]).toBe(`=IF(COUNT(D${r21},D${r23})=0,"",ROUND(SUM(D${r21},D${r23}),6))`);

    const bm8 = sheetOf(plan, 'Biểu mẫu 8');
    expect(bm8.values[0]?.[0]).toBe('Biểu mẫu 8');
    expect(bm8.values[1]?.[0]).toBe('Chuyển đổi số');
    expect(bm8.names.map((n) => n.name).filter((n) => n.startsWith('BM'))).toEqual(['BM8_1', 'BM8_1_1', 'BM8_2', 'BM8_3', 'BM8_4', 'BM8_5']);
    const [whole, part] = [FORM_FIRST_ROW, FORM_FIRST_ROW + 1];
    expect(bm8.formulas[FORM_FIRST_ROW + 2 - 1]?.[3]).toBe(`=IF(AND(ISNUMBER(D${whole}),ISNUMBER(D${part})),IF(D${whole}=0,"",ROUND(D${part}/D${whole}*100,1)),"")`);
    const codeRule = bm8.validations.find((v) => v.range === `D${FORM_FIRST_ROW + 3}`);
    expect(codeRule?.rule).toEqual({ type: 'list', values: ['0', '1', '2'] });
    // The ratio across forms reads Biểu mẫu 7's cell by its workbook-level name.
    expect(bm8.formulas[FORM_FIRST_ROW + 5 - 1]?.[3]).toBe(`=IF(AND(ISNUMBER(BM7_6_7_1),ISNUMBER(D${whole})),IF(BM7_6_7_1=0,"",ROUND(D${whole}/BM7_6_7_1*100,1)),"")`);
    expect(plan.sheets.some((s) => s.names.some((n) => n.name.startsWith('BM5_')))).toBe(false);
  });

  it.each([
    ['the sample', testData()],
    ['Biểu mẫu 7 6.7.1 is 0', testData({ '7': { '6.7.1': 0 } })],
    ['Biểu mẫu 7 6.7.1 is empty', testData({ '7': { '6.7.1': null } })],
    ['Biểu mẫu 7 6.7.1 is text', testData({ '7': { '6.7.1': 'nhiều' } })],
    ['Biểu mẫu 8 1 is empty', testData({ '8': { '1': null } })],
  ])('computes its formulas in a real engine as the core does, a ratio across forms too (%s)', (_name, data) => {
    const engine = loadPlan(buildWorkbookPlan(data, TEST_CATALOGUE));
    let compared = 0;
    for (const form of TEST_CATALOGUE.forms) {
      for (const [key, value] of Object.entries(computeForm(form.number, data.forms[`${form.number}`] ?? {}, TEST_CATALOGUE, data.forms))) {
        expect({ form: form.number, key, value: engine.valueOf(definedName(form.number, key)) }).toEqual({ form: form.number, key, value });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('reads its workbook back as its own data, the computed cells agreeing with the core', () => {
    const data = testData();
    const engine = loadPlan(buildWorkbookPlan(data, TEST_CATALOGUE));
    expect(engine.valueOf('BM1_2_4')).toBe(45);
    expect(engine.valueOf('BM8_2')).toBe(25);
    expect(engine.valueOf('BM8_5')).toBe(61.1);
    const audited = readWorkbookValues(engine.namedValues(), { includeComputed: true }, TEST_CATALOGUE);
    expect(audited.data && checkReport(audited.data, {}, TEST_CATALOGUE).findings.filter((f) => f.rule === 'computed-mismatch')).toEqual([]);
    const typed = { ...engine.namedValues(), BM8_5: 70 };
    const wrong = readWorkbookValues(typed, { includeComputed: true }, TEST_CATALOGUE).data;
    expect(wrong && checkReport(wrong, {}, TEST_CATALOGUE).findings.filter((f) => f.rule === 'computed-mismatch').map((f) => [f.form, f.row])).toEqual([[8, '5']]);

    const read = readWorkbookValues(engine.namedValues(), {}, TEST_CATALOGUE);
    expect(read.forms['8']).toEqual({ '1': 800, '1.1': 200, '3': 2, '4': 150.5 });
    expect(read.forms['1']?.['2.3']).toBe(5);
    expect(read.forms['5']).toBeUndefined();
    expect(read.data && parseReportData(read.data, TEST_CATALOGUE).ok).toBe(true);
  });

  it('validates report data by its own rows: Biểu mẫu 8 accepted, Biểu mẫu 5 refused', () => {
    expect(parseReportData(testData(), TEST_CATALOGUE).ok).toBe(true);
    expect(parseReportData(testData(), BUILTIN_CATALOGUE).ok).toBe(false);
    const withForm5 = parseReportData(SAMPLE, TEST_CATALOGUE);
    expect(withForm5.ok ? [] : withForm5.problems.join('\n')).toMatch(/5/u);
    expect(reportDataSchemaFor(TEST_CATALOGUE)).toBe(reportDataSchemaFor(TEST_CATALOGUE));
  });

  it('checks by its own rules: the rule across forms breaks, a row not compulsory is not asked for', () => {
    const clean = checkReport(testData(), {}, TEST_CATALOGUE);
    expect(clean.errors).toBe(0);
    const broken = checkReport(testData({ '8': { '1': 2000 } }), {}, TEST_CATALOGUE);
    const cross = broken.findings.filter((f) => f.rule === 'cross-form');
    expect(cross.map((f) => [f.form, f.row, f.severity])).toEqual([[8, '1', 'error']]);
    expect(cross[0]?.message).toMatch(/Biểu mẫu 8, dòng 1: .*2\.000.*1\.310/u);
    // Biểu mẫu 8 4 and Biểu mẫu 1 2.3 left empty: not compulsory, so no "missing"; 1.1 left empty is asked for.
    const missing = checkReport(testData({ '8': { '4': null, '1.1': null }, '1': { '2.3': null } }), {}, TEST_CATALOGUE).findings.filter((f) => f.rule === 'missing');
    expect(missing.map((f) => `${f.form}:${f.row}`)).toEqual(['8:1.1']);
    // Findings are ordered by the set's rows: the inserted row sorts between 2.2 and 3.1.
    const ordered = checkReport(testData({ '1': { '2.3': -1, '3.1': -1, '2.2': -1 } }), {}, TEST_CATALOGUE).findings.filter((f) => f.rule === 'negative');
    expect(ordered.map((f) => f.row)).toEqual(['2.2', '2.3', '3.1']);
  });

  it("reports with its own sentences and its own forms in the appendix", () => {
    const doc = buildReport(testData(), {}, TEST_CATALOGUE);
    const body = text(doc);
    expect(body).toContain('UBND xã ban hành tổng cộng 12 văn bản về cải cách hành chính (theo bộ biểu mẫu thử nghiệm).');
    expect(body).toContain('Về chuyển đổi số, UBND xã đã số hóa 800 hồ sơ, trong đó 200 hồ sơ được tái sử dụng (đạt 25%).');
    expect(body).not.toContain('đã ban hành 12 văn bản chỉ đạo, điều hành');
    expect(doc.appendix.tables.map((t) => t.form)).toEqual([1, 2, 3, 4, 6, 7, 8]);
    const bm8 = doc.appendix.tables.find((t) => t.form === 8);
    expect(bm8?.rows.map((r) => [r.cells[0], r.cells[3]])).toEqual([
      ['1.', '800'],
      ['1.1.', '200'],
      ['2.', '25'],
      ['3.', '2'],
      ['4.', '150,5'],
      ['5.', '61,1'],
    ]);
    const bm1 = doc.appendix.tables.find((t) => t.form === 1);
    expect(bm1?.rows.find((r) => r.key === '2.4')?.cells[3]).toBe('45');
  });

  it('leaves out of the appendix a row the set does not print', () => {
    const unprinted = buildCatalogue({
      ...TEST_SET,
      forms: TEST_SET.forms.map((f) => (f.number === 8 ? { ...f, rows: f.rows.map((r) => (r.key === '4' ? { ...r, printed: false } : r)) } : f)),
    });
    const doc = buildReport(testData(), {}, unprinted);
    expect(doc.appendix.tables.find((t) => t.form === 8)?.rows.map((r) => r.key)).toEqual(['1', '1.1', '2', '3', '5']);
  });

  it('consolidates by its own forms: totals, three codes counted, the ratio from pairs, the key ratio of Biểu mẫu 8', () => {
    const a = testData().forms;
    const b = testData({ '8': { '1': 200, '1.1': 100, '3': 0 } }).forms;
    const c = testData({ '8': { '3': 1, '4': null } }).forms;
    const totals = consolidate([a, b, c], {}, TEST_CATALOGUE);
    expect(Object.keys(totals.forms).map(Number)).toEqual([1, 2, 3, 4, 6, 7, 8]);
    expect(totals.forms[8]?.['1']).toEqual({ kind: 'total', total: 1800, reported: 3 });
    expect(totals.forms[8]?.['3']).toEqual({ kind: 'codes', counts: { 0: 1, 1: 1, 2: 1 }, reported: 3 });
    expect(totals.forms[8]?.['2']).toEqual({ kind: 'ratio', value: 27.8, part: 500, whole: 1800, reported: 3 });
    // Across forms, from pairs too: each commune's Biểu mẫu 8 1 over its Biểu mẫu 7 6.7.1.
    expect(totals.forms[8]?.['5']).toEqual({ kind: 'ratio', value: 45.8, part: 1800, whole: 3930, reported: 3 });
    expect(totals.forms[1]?.['2.4']).toEqual({ kind: 'computed', value: 135 });
    expect(incompleteRows(totals, totals.expected, TEST_CATALOGUE).filter((r) => r.form === 8)).toEqual([{ form: 8, key: '4', reported: 2, expected: 3 }]);

    const units = [a, b, c].map((forms, i) => ({ name: `xã ${i + 1}`, forms }));
    const lagging = attention(units, totals, TEST_CATALOGUE);
    expect(lagging.map((g) => `${g.form}:${g.key}`)).toEqual(BUILTIN_CATALOGUE.keyRatios.map((r) => `${r.form}:${r.key}`).concat('8:2'));
    expect(lagging.at(-1)).toEqual({ form: 8, key: '2', total: 27.8, below: [{ name: 'xã 1', value: 25 }, { name: 'xã 3', value: 25 }] });

    const grouping: Grouping = {
      period: SAMPLE.meta.period,
      year: SAMPLE.meta.year,
      units: units.map((u) => ({ file: `${u.name}.xlsx`, meta: { ...SAMPLE.meta, unit: u.name } })),
      rejected: [],
    };
    const workbook = buildConsolidatedPlan(grouping, totals, TEST_CATALOGUE);
    expect(workbook.plan.sheets.map((s) => s.name).slice(1)).toEqual(['Biểu mẫu 1', 'Biểu mẫu 2', 'Biểu mẫu 3', 'Biểu mẫu 4', 'Biểu mẫu 6', 'Biểu mẫu 7', 'Biểu mẫu 8', 'Bộ biểu mẫu']);
    const report = buildConsolidatedReport(grouping, totals, {}, lagging, undefined, TEST_CATALOGUE);
    expect(report.appendix.tables.filter((t) => t.form !== undefined).map((t) => t.form)).toEqual([1, 2, 3, 4, 6, 7, 8]);
    // The key ratio the built-in wording does not name is called by its row's label.
    expect(text(report)).toContain('Tỷ lệ hồ sơ số hóa được tái sử dụng');
  });

  it('carries its own standing rows and year plan into the next period', () => {
    const plan = planCarry(testData(), {}, TEST_CATALOGUE);
    const names = plan.writes.map((w) => w.name);
    expect(names).toContain('BM1_2_1');
    expect(names.some((n) => n.startsWith('BM5_'))).toBe(false);
  });
});
