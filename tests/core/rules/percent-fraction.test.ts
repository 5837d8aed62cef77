// The percent-as-fraction warning: every entered percent in (0, 1] draws one warning at the first such row; anything else draws none.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import type { FormsData, ReportData } from '../../../src/core/data/types';
import { checkForms, RULE_IDS } from '../../../src/core/rules';

const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
if (!parsed.ok) throw new Error(parsed.problems.join('; '));
const sample: ReportData = parsed.data;

const percentRows = BUILTIN_CATALOGUE.forms.flatMap((f) => f.rows.filter((r) => r.kind === 'percent').map((r) => ({ form: f.number, key: r.key })));

/** The sample's forms with every percent row set by `valueOf` (undefined: left as it is). */
function withPercents(valueOf: (i: number) => number | null | undefined): FormsData {
  const forms: Record<string, Record<string, unknown>> = JSON.parse(JSON.stringify(sample.forms));
  percentRows.forEach(({ form, key }, i) => {
    const v = valueOf(i);
    if (v !== undefined) (forms[`${form}`] ??= {})[key] = v;
  });
  return forms as FormsData;
}

const fractionFindings = (forms: FormsData) => checkForms(forms).filter((f) => f.rule === RULE_IDS.percentAsFraction);

describe('percent-as-fraction', () => {
  it('is not raised on the sample, whose percents are written as percents', () => {
    expect(percentRows.length).toBeGreaterThan(1);
    expect(fractionFindings(sample.forms)).toEqual([]);
  });

  it('raises one warning at the first percent row when every entered percent lies in (0, 1]', () => {
    const found = fractionFindings(withPercents((i) => (i === 0 ? 0 : i % 2 === 0 ? 0.9 : 1)));
    expect(found).toHaveLength(1);
    const second = percentRows[1]!;
    expect(found[0]).toMatchObject({ form: second.form, row: second.key, severity: 'warning' });
    expect(found[0]!.message).toContain('dấu %');
    expect(found[0]!.message).toContain(`cả ${percentRows.length - 1} tỷ lệ`);
  });

  it('counts blanks and zeros as saying nothing, but needs at least one value above 0', () => {
    expect(fractionFindings(withPercents((i) => (i === 2 ? 0.5 : null)))).toHaveLength(1);
    expect(fractionFindings(withPercents(() => 0))).toEqual([]);
    expect(fractionFindings(withPercents(() => null))).toEqual([]);
  });

  it('is not raised when one percent is above 1 or below 0', () => {
    expect(fractionFindings(withPercents((i) => (i === 3 ? 1.5 : 0.9)))).toEqual([]);
    expect(fractionFindings(withPercents((i) => (i === 3 ? -0.2 : 0.9)))).toEqual([]);
  });
});
