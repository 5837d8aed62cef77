// checkNamedValues: the one entry point every host uses to check a workbook read by its named cells.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import type { ReportData } from '../../../src/core/data/types';
import { buildWorkbookPlan, namedCellAddresses } from '../../../src/core/layout/build-workbook-plan';
import { checkNamedValues } from '../../../src/core/read/check-named-values';
import { WorkbookFormatError } from '../../../src/core/read/read-workbook';
import { loadPlan } from '../layout/plan-engine';

const sample = ((): ReportData => {
  const r = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.data;
})();

function workbookOf(data: ReportData) {
  const plan = buildWorkbookPlan(data);
  return { values: loadPlan(plan).namedValues(), addresses: Object.fromEntries(namedCellAddresses(plan)) };
}

describe('checkNamedValues', () => {
  it('passes the sample commune and returns its data without computed rows', () => {
    const { values, addresses } = workbookOf(sample);
    const r = checkNamedValues(values, addresses);
    expect(r.result.errors).toBe(0);
    expect(r.result.warnings).toBe(0);
    expect(r.data?.meta.unit).toBe('Hòa Phong');
    expect(r.data?.forms['1']).toEqual(sample.forms['1']);
  });

  it('names the workbook cell of a broken rule', () => {
    const broken: ReportData = { ...sample, forms: { ...sample.forms, '1': { ...sample.forms['1'], '2.2': 41 } } };
    const { values, addresses } = workbookOf(broken);
    const r = checkNamedValues(values, addresses);
    const f = r.result.findings.find((x) => x.rule === 'part-exceeds-whole');
    expect(f).toMatchObject({ form: 1, row: '2.2', cell: "'Biểu mẫu 1'!D8", severity: 'error' });
    expect(f?.message).toContain('(41)');
  });

  it('audits a computed cell that holds something other than its computation', () => {
    const { values, addresses } = workbookOf(sample);
    const r = checkNamedValues({ ...values, BM1_2: 78 }, addresses);
    expect(r.result.findings.find((x) => x.rule === 'computed-mismatch')).toMatchObject({ form: 1, row: '2', severity: 'error' });
  });

  it('reports an incomplete header as errors and gives no report data', () => {
    const { values, addresses } = workbookOf(sample);
    const r = checkNamedValues({ ...values, TTC_unit: '' }, addresses);
    expect(r.data).toBeNull();
    expect(r.result.findings[0]).toMatchObject({ form: null, rule: 'meta-missing', severity: 'error' });
  });

  it('refuses a workbook that is not the template', () => {
    expect(() => checkNamedValues({ Foo: 1 }, {})).toThrow(WorkbookFormatError);
  });
});
