// Issue 22 item 2: a final report never says "chưa có số liệu". It is refused while a compulsory input (the set's
// `Bắt buộc`, default every input) is empty, naming each; a draft says "chưa có số liệu" and is marked DỰ THẢO.
import { buildCatalogue } from '../../../src/core/forms/build-catalogue';
import { BUILTIN_CATALOGUE, BUILTIN_SET } from '../../../src/core/forms/builtin';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import { buildWorkbookPlan, cellLocator } from '../../../src/core/layout/build-workbook-plan';
import { buildReport } from '../../../src/core/report/build-report';
import { emptyCompulsoryInputs, emptyInputLines, IncompleteReportError } from '../../../src/core/rules/compulsory';
import { UserError } from '../../../src/core/errors/user-error';
import { documentText } from '../../fixtures/golden-before/golden';
import { finalReportData } from '../../fixtures/final-report/final-report-data';
import { sample } from './fixtures';

const half = finalReportData('half-filled-xa-h1');

/** The built-in set with BM7 6.7.2 (files received online) marked `Bắt buộc: không`. */
const optionalOnline: FormSetDef = {
  ...BUILTIN_SET,
  id: 'tuy-chon-6-7-2',
  forms: BUILTIN_SET.forms.map((f) => (f.number !== 7 ? f : { ...f, rows: f.rows.map((r) => (r.key === '6.7.2' ? { ...r, required: false } : r)) })),
};
const OPTIONAL_ONLINE = buildCatalogue(optionalOnline);

const refusalOf = (run: () => unknown): IncompleteReportError => {
  try {
    run();
  } catch (e) {
    if (e instanceof IncompleteReportError) return e;
    throw e;
  }
  throw new Error('the final report was built');
};

describe('emptyCompulsoryInputs', () => {
  it('lists the empty compulsory inputs in the forms’ order, each with its form, row, label and cell', () => {
    const cellOf = cellLocator(buildWorkbookPlan(half));
    const empty = emptyCompulsoryInputs(half.forms, BUILTIN_CATALOGUE, cellOf);
    expect(empty.map((e) => [e.form, e.row, e.label])).toEqual([
      [1, '3.1', 'Số bộ phận chuyên môn các chức danh công chức xã đã kiểm tra'],
      [3, '3.3.2', 'Số hồ sơ TTHC giải quyết đúng hạn'],
      [6, '2', 'Đã thực hiện'],
      [7, '6.7.2', 'Số hồ sơ TTHC đã tiếp nhận trực tuyến'],
    ]);
    expect(empty.map((e) => e.cell)).toEqual([cellOf(1, '3.1'), cellOf(3, '3.3.2'), cellOf(6, '2'), cellOf(7, '6.7.2')]);
    for (const e of empty) expect(e.cell).toMatch(new RegExp(`^'Biểu mẫu ${e.form}'!D\\d+$`, 'u'));
    // From JSON there are no cells.
    expect(emptyCompulsoryInputs(half.forms, BUILTIN_CATALOGUE).every((e) => e.cell === null)).toBe(true);
  });

  it('does not ask for a row the set does not expect (5.1, 5.2 when the survey was not held), nor for one it says is not compulsory', () => {
    const keys = (c = BUILTIN_CATALOGUE): string[] => emptyCompulsoryInputs(half.forms, c).map((e) => `${e.form}/${e.row}`);
    expect(keys()).not.toContain('1/5.1');
    expect(keys()).not.toContain('1/5.2');
    expect(keys(OPTIONAL_ONLINE)).toEqual(['1/3.1', '3/3.3.2', '6/2']);
    // A survey held (5 = 1) asks for them again.
    expect(emptyCompulsoryInputs({ ...half.forms, '1': { ...half.forms['1'], '5': 1 } }, BUILTIN_CATALOGUE).map((e) => e.row)).toEqual(
      expect.arrayContaining(['5.1', '5.2']),
    );
  });

  it('finds nothing in the sample, and every input of an empty report', () => {
    expect(emptyCompulsoryInputs(sample().forms, BUILTIN_CATALOGUE)).toEqual([]);
    const inputs = BUILTIN_CATALOGUE.forms.flatMap((f) => f.rows.filter((r) => ['count', 'money', 'percent', 'code'].includes(r.kind)));
    // The survey's 5.1 and 5.2 too: an empty answer to 5 does not rule them out (only 5 = 0 does).
    expect(emptyCompulsoryInputs({}, BUILTIN_CATALOGUE)).toHaveLength(inputs.length);
  });

  it('words each as a user reads it: the form, the row, its label in full, its cell', () => {
    const cellOf = cellLocator(buildWorkbookPlan(half));
    const lines = emptyInputLines(emptyCompulsoryInputs(half.forms, BUILTIN_CATALOGUE, cellOf));
    expect(lines[0]).toBe(
      'Chưa lập được báo cáo chính thức: còn 4 chỉ tiêu bắt buộc để trống, mà báo cáo trình ký không được ghi “chưa có số liệu”. Hãy nhập số liệu (không phát sinh thì ghi 0) vào các ô dưới đây.',
    );
    expect(lines[2]).toBe(`- Biểu mẫu 3, dòng 3.3.2 “Số hồ sơ TTHC giải quyết đúng hạn”, ô ${cellOf(3, '3.3.2')}`);
    expect(lines).toHaveLength(5);
  });
});

describe('buildReport: final or draft', () => {
  it('refuses a final report while a compulsory input is empty, naming each (a UserError every host shows as it is)', () => {
    const refused = refusalOf(() => buildReport(half));
    expect(refused).toBeInstanceOf(UserError);
    expect(refused.inputs.map((e) => `${e.form}/${e.row}`)).toEqual(['1/3.1', '3/3.3.2', '6/2', '7/6.7.2']);
    expect(refused.message.split('\n')).toEqual(emptyInputLines(emptyCompulsoryInputs(half.forms, BUILTIN_CATALOGUE)));
    expect(refused.message).toContain('- Biểu mẫu 6, dòng 2 “Đã thực hiện”');
  });

  it('builds a draft of the same data: marked DỰ THẢO, saying "chưa có số liệu" where an input is empty', () => {
    const text = documentText(buildReport(half, { draft: true })).join('\n');
    expect(text).toContain('draftMark [draftMark]: DỰ THẢO');
    expect(text).toContain('chưa có số liệu về số hồ sơ TTHC giải quyết đúng hạn');
    expect(text).toContain('chưa có số liệu về số vốn đầu tư công đã giải ngân');
  });

  it('never says "chưa có số liệu" in a final report, not even of an input the set lets it leave empty', () => {
    const filled = {
      ...half,
      forms: { ...half.forms, '1': { ...half.forms['1'], '3.1': 5 }, '3': { ...half.forms['3'], '3.3.2': 1200 }, '6': { ...half.forms['6'], '2': 3000 } },
    };
    // Only 6.7.2 is empty, and this set does not require it: the final report is built …
    const final = documentText(buildReport(filled, {}, OPTIONAL_ONLINE));
    expect(final[0]).toBe('draft: false');
    expect(final.join('\n')).not.toMatch(/chưa có số liệu/iu);
    // … and says what it has (files received), nothing of the empty row; the draft names it.
    expect(final.join('\n')).toContain('UBND xã đã tiếp nhận 1.310 hồ sơ');
    const draft = documentText(buildReport(filled, { draft: true }, OPTIONAL_ONLINE)).join('\n');
    expect(draft).toContain('chưa có số liệu về số hồ sơ TTHC đã tiếp nhận trực tuyến');
    // The built-in set requires it: refused.
    expect(refusalOrNull(() => buildReport(filled))?.inputs.map((e) => e.row)).toEqual(['6.7.2']);
  });

  it('builds the sample as a final report, with no "chưa có số liệu" anywhere', () => {
    const text = documentText(buildReport(sample())).join('\n');
    expect(text).toMatch(/^draft: false/u);
    expect(text).not.toMatch(/chưa có số liệu/iu);
  });
});

function refusalOrNull(run: () => unknown): IncompleteReportError | null {
  try {
    run();
    return null;
  } catch (e) {
    if (e instanceof IncompleteReportError) return e;
    throw e;
  }
}
