// What Excel refuses to open (it reports the file as damaged): the real plan must stay inside these limits.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReportData } from '../../../../src/core/data/types';
import { buildWorkbookPlan } from '../../../../src/core/layout/build-workbook-plan';

const sample = JSON.parse(readFileSync(resolve(__dirname, '../../../../examples/xa-hoa-phong.json'), 'utf-8')) as ReportData;

describe.each([
  ['empty', buildWorkbookPlan(null)],
  ['filled', buildWorkbookPlan(sample)],
])('the %s workbook plan', (_label, plan) => {
  it('has sheet names of at most 31 characters without []:*?/\\', () => {
    for (const s of plan.sheets) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('keeps data-validation titles ≤ 32, messages ≤ 255 and list sources ≤ 255 characters', () => {
    const validations = plan.sheets.flatMap((s) => s.validations);
    expect(validations.length).toBeGreaterThan(0);
    for (const v of validations) {
      expect(v.promptTitle.length).toBeLessThanOrEqual(32);
      expect(v.errorTitle.length).toBeLessThanOrEqual(32);
      expect(v.prompt.length).toBeLessThanOrEqual(255);
      expect(v.error.length).toBeLessThanOrEqual(255);
      if (v.rule.type === 'list') expect(v.rule.values.join(',').length).toBeLessThanOrEqual(255);
    }
  });

  it('uses defined names Excel accepts, each once', () => {
    const names = plan.sheets.flatMap((s) => s.names.map((n) => n.name));
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) {
      expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
      // A name that reads like a cell reference (BM1 alone would be column BM, row 1) is refused.
      expect(n).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
      expect(n.length).toBeLessThanOrEqual(255);
    }
  });
});
