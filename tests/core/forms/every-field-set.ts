// A small form set that uses every field of the JSON shape, for the authoring workbook's round trips.
import type { FormSetDef } from '../../../src/core/forms/form-set';

export const EVERY_FIELD_SET: FormSetDef = {
  formSetVersion: 1,
  id: 'thu-nghiem-2026',
  version: 3,
  name: 'Bộ biểu mẫu thử nghiệm',
  issuer: 'Sở Nội vụ tỉnh Thử',
  appliesFrom: '2026-01-01',
  forms: [
    {
      number: 1,
      title: 'Chỉ đạo điều hành',
      rows: [
        { key: '0', stt: '', label: 'Thông tin chung', unit: '', kind: 'section', printed: false },
        {
          key: '1',
          stt: '1.',
          label: 'Tỷ lệ hoàn thành',
          labelBySuperior: 'Tỷ lệ hoàn thành nhiệm vụ {cấp trên} giao',
          unit: '%',
          kind: 'ratio',
          part: '1.2',
          whole: 'BM2 1',
          keyRatio: 2,
          keyRatioName: 'Tỷ lệ hoàn thành nhiệm vụ (báo cáo tổng hợp)',
          compare: true,
          topic: 'tỷ lệ hoàn thành ở {thôn}',
        },
        { key: '1.1', stt: '1.1.', label: 'Số nhiệm vụ', unit: 'Nhiệm vụ', kind: 'count', across: 'yearPlan', required: false, words: ['nhiệm vụ', 'kế hoạch'] },
        {
          key: '1.2',
          stt: '1.2.',
          label: 'Số đã làm',
          unit: 'Nhiệm vụ',
          kind: 'count',
          across: 'cumulative',
          zeroWhen: [['1.1'], ['1.1', '3.1']],
          notExpectedWhen: { key: '2', equals: 0 },
          required: true,
          printed: true,
          compare: false,
        },
        { key: '2', stt: '2.', label: 'Khảo sát', unit: 'Có = 1; Không = 0', kind: 'code', codes: [{ value: 1, label: 'Có' }, { value: 0, label: 'Không' }, { value: 2, label: 'Đang làm' }], across: 'standing' },
        { key: '3', stt: '3.', label: 'Tổng', unit: 'Triệu đồng', kind: 'sum', terms: ['3.1', 'BM1 1.1'], across: 'period' },
        { key: '3.1', stt: '3.1.', label: 'Vốn A', unit: 'Triệu đồng', kind: 'money' },
        { key: '3.2', stt: '3.2.', label: 'Tỷ lệ tự nhập', unit: '%', kind: 'percent' },
      ],
    },
    {
      number: 2,
      title: 'Biểu hai',
      rows: [
        { key: '1', stt: '1.', label: 'Số một', unit: 'Văn bản', kind: 'count' },
        { key: '2', stt: '2.', label: 'Số hai', unit: 'Triệu đồng', kind: 'money' },
      ],
    },
  ],
  rules: [
    { form: 1, rows: ['1.2', '3.1'], operator: '<=', against: ['1.1', 'BM2 1'], severity: 'error', message: 'Hãy kiểm tra lại.', id: 'done-exceeds-plan' },
    { form: 1, rows: ['1.1'], operator: '>', against: 0, severity: 'warning', when: { key: '2', equals: 1 } },
    { form: 1, rows: ['1.1'], operator: 'filled', against: 0, severity: 'warning' },
    { form: 2, rows: ['2'], operator: '=', against: 1.5, severity: 'error' },
    { form: 2, rows: ['1'], operator: '>=', against: ['2'], severity: 'warning' },
    { form: 2, rows: ['1'], operator: '<', against: ['2', 'BM1 1.1'], severity: 'warning' },
  ],
  sentences: [
    { section: 'I.1', order: 1, form: 1, rows: ['1.1', '1.2'], template: 'Đã hoàn thành {b}/{a} nhiệm vụ' },
    { section: 'I.1', order: 1, form: 1, rows: ['2'], template: ' khảo sát {a}.', joiner: ' và ', when: { key: '2', equals: 1 } },
    { section: 'V', order: 2.5, form: 2, rows: [], template: 'Không có kiến nghị.', joiner: '' },
  ],
  districtSentences: [
    { form: 1, rows: ['1.1', '1.2'], ratio: '1', topic: 'nhiệm vụ', template: 'Các đơn vị đề ra {a} nhiệm vụ{va}, đã làm {b}; tỷ lệ {r}' },
    { form: 2, rows: ['BM1 3.1'], topic: 'vốn A', template: ' Vốn A là {a} triệu đồng' },
  ],
};
