// Issue 22 item 3: an unfinished report is questioned — a section only the staff can fill left without text, a data
// period ending after the report's date (both dates named), an empty signer's name. Warnings: the report is still built.
import { buildCatalogue } from '../../../src/core/forms/build-catalogue';
import { BUILTIN_CATALOGUE, BUILTIN_SET } from '../../../src/core/forms/builtin';
import { narrativeCellName } from '../../../src/core/layout/names';
import { buildReport } from '../../../src/core/report/build-report';
import { checkReport } from '../../../src/core/rules/check';
import { finalReportData } from '../../fixtures/final-report/final-report-data';
import { sampleReport } from './sample-forms';

const NEW_RULES = ['section-empty', 'data-to-after-date', 'signer-name-missing'];
const questions = (data = sampleReport(), catalogue = BUILTIN_CATALOGUE) =>
  checkReport(data, {}, catalogue).findings.filter((f) => NEW_RULES.includes(f.rule));

describe('an unfinished phường year report (tests/fixtures/final-report/unfinished-phuong-y.json)', () => {
  const data = finalReportData('unfinished-phuong-y');

  it('is questioned: data counted to 14/12 in a report dated 10/12, no signer, III.1, III.2, IV and V without text', () => {
    const found = questions(data);
    expect(found.map((f) => [f.severity, f.rule])).toEqual([
      ['warning', 'data-to-after-date'],
      ['warning', 'signer-name-missing'],
      ['warning', 'section-empty'],
      ['warning', 'section-empty'],
      ['warning', 'section-empty'],
      ['warning', 'section-empty'],
    ]);
    expect(found.map((f) => f.message)).toEqual([
      'Thông tin chung: số liệu được tính đến ngày 14/12/2026, sau ngày báo cáo 10/12/2026; báo cáo không thể có số liệu của những ngày chưa đến. Hãy sửa ngày kết thúc lấy số liệu hoặc ngày báo cáo.',
      'Thông tin chung: chưa ghi họ và tên người ký; báo cáo sẽ in khối chữ ký không có tên. Hãy ghi trước khi trình ký.',
      'Thuyết minh, mục III.1 (Tích cực): chưa có nội dung, nên mục này in ra chỉ có đề mục và báo cáo chưa hoàn chỉnh; hãy viết trước khi trình ký.',
      'Thuyết minh, mục III.2 (Tồn tại, hạn chế, nguyên nhân): chưa có nội dung, nên mục này in ra chỉ có đề mục và báo cáo chưa hoàn chỉnh; hãy viết trước khi trình ký.',
      'Thuyết minh, mục IV (Phương hướng, nhiệm vụ trọng tâm kỳ tới): chưa có nội dung, nên mục này in ra chỉ có đề mục và báo cáo chưa hoàn chỉnh; hãy viết trước khi trình ký.',
      'Thuyết minh, mục V (Kiến nghị và đề xuất): chưa có nội dung, nên mục này in ra chỉ có đề mục và báo cáo chưa hoàn chỉnh; hãy viết trước khi trình ký.',
    ]);
    // Warnings only: nothing else is wrong with it, and it is not refused.
    expect(checkReport(data).errors).toBe(0);
    expect(buildReport(data).closing.signature.name).toBeUndefined();
  });

  it('points each at its cell of a workbook', () => {
    const found = checkReport(data, {
      headerCellOf: (field) => `'Thông tin chung'!TTC_${field}`,
      narrativeCellOf: (key) => `'Thuyết minh'!${narrativeCellName(key)}`,
    }).findings.filter((f) => NEW_RULES.includes(f.rule));
    expect(found.map((f) => f.cell)).toEqual([
      "'Thông tin chung'!TTC_dataTo",
      "'Thông tin chung'!TTC_signerName",
      "'Thuyết minh'!TM_III_1",
      "'Thuyết minh'!TM_III_2",
      "'Thuyết minh'!TM_IV",
      "'Thuyết minh'!TM_V",
    ]);
  });

  it('is not questioned once finished: text in every section, the data period cut at the report date, the signer named', () => {
    const finished = {
      ...data,
      meta: { ...data.meta, dataTo: '2026-12-10', signer: { ...data.meta.signer!, name: 'Võ Thị Hạnh' } },
      narrative: { ...data.narrative, 'III.1': 'Tích cực.', 'III.2': 'Hạn chế.', IV: '- Tiếp tục.', V: 'Không có kiến nghị.' },
    };
    expect(questions(finished)).toEqual([]);
  });
});

describe('the data period against the report date', () => {
  it("questions Nghị định 09/2019's default period when the report is dated before its end, saying it is the default", () => {
    const found = questions(finalReportData('thi-tran-q1-default-period'));
    expect(found.map((f) => [f.rule, f.message])).toEqual([
      [
        'data-to-after-date',
        'Thông tin chung: số liệu được tính đến ngày 14/3/2026 (mặc định theo Nghị định 09/2019, vì chưa ghi ngày kết thúc lấy số liệu), sau ngày báo cáo 10/3/2026; báo cáo không thể có số liệu của những ngày chưa đến. Hãy sửa ngày kết thúc lấy số liệu hoặc ngày báo cáo.',
      ],
    ]);
  });

  it('accepts data to the report date or before, and says nothing without a report date', () => {
    const base = sampleReport();
    const at = (meta: Partial<typeof base.meta>) => questions({ ...base, meta: { ...base.meta, ...meta } });
    expect(at({ date: '2026-06-14', dataTo: '2026-06-14' })).toEqual([]);
    expect(at({ date: '2026-06-20', dataTo: '2026-06-14' })).toEqual([]);
    expect(at({ date: '2026-06-13', dataTo: '2026-06-14' }).map((f) => f.rule)).toEqual(['data-to-after-date']);
    const { date: _date, ...undated } = base.meta;
    expect(questions({ ...base, meta: undated })).toEqual([]);
  });
});

describe('the signer', () => {
  it('questions a signer without a name, and no signer at all, but not a name with spaces around it', () => {
    const base = sampleReport();
    const { signer: _s, ...unsigned } = base.meta;
    expect(questions({ ...base, meta: unsigned }).map((f) => f.rule)).toEqual(['signer-name-missing']);
    expect(questions({ ...base, meta: { ...base.meta, signer: { ...base.meta.signer!, name: '   ' } } }).map((f) => f.rule)).toEqual(['signer-name-missing']);
    expect(questions({ ...base, meta: { ...base.meta, signer: { ...base.meta.signer!, name: ' Trần Văn Minh ' } } })).toEqual([]);
  });
});

describe('sections without text', () => {
  it('leaves alone the sections the set writes sentences for, and the lead-in of part I', () => {
    const base = sampleReport();
    const { I: _i, 'I.1': _i1, 'II.5': _ii5, ...rest } = base.narrative;
    expect(questions({ ...base, narrative: rest })).toEqual([]);
  });

  it('follows the set: a section it writes a sentence for needs no staff text, one whose sentences it dropped does', () => {
    const base = sampleReport();
    const { 'III.1': _iii1, ...noIII1 } = base.narrative;
    const iii1 = (catalogue = BUILTIN_CATALOGUE) => questions({ ...base, narrative: noIII1 }, catalogue).map((f) => f.message.slice(0, 24));
    expect(iii1()).toEqual(['Thuyết minh, mục III.1 (']);
    const withIII1 = buildCatalogue({
      ...BUILTIN_SET,
      id: 'co-cau-iii-1',
      sentences: [...BUILTIN_SET.sentences, { section: 'III.1', order: 1, form: 1, rows: ['2.1', '2.2'], template: '{ubnd} đã hoàn thành {b} trong số {a} nhiệm vụ' }],
    });
    expect(iii1(withIII1)).toEqual([]);
    const { 'II.5': _ii5, ...noII5 } = base.narrative;
    const withoutII5 = buildCatalogue({ ...BUILTIN_SET, id: 'khong-ii-5', sentences: BUILTIN_SET.sentences.filter((s) => s.section !== 'II.5') });
    expect(questions({ ...base, narrative: noII5 }, withoutII5).map((f) => f.message.slice(0, 23))).toEqual(['Thuyết minh, mục II.5 (']);
  });
});
