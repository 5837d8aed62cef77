// `cchc forms check S.xlsx`: a zip goes to the authoring workbook's reader (a stand-in here), and its set is checked at its cells.
import { writeFileSync } from 'node:fs';
import { BUILTIN_SET } from '../../../../src/core/forms/builtin';
import type { FormSetDef } from '../../../../src/core/forms/form-set';
import type { SetLocator } from '../../../../src/core/forms/set-problem';
import { WorkbookFormatError } from '../../../../src/core/read/workbook-format-error';
import { expectOneLineError, sandbox, type Sandbox } from '../cli-harness';

const reader = jest.fn();
// Virtual: the reader is another change's module; the command finds it by this name.
jest.mock('../../../../src/hosts/cli/xlsx/read-authoring-workbook', () => ({ readAuthoringWorkbook: (bytes: Uint8Array) => reader(bytes) }), { virtual: true });

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  reader.mockReset();
  writeFileSync(box.path('bo.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
});
afterEach(() => box.dispose());

/** Every item on line 2 of its sheet, in the column of its field. */
const where: SetLocator = {
  identity: () => ({ sheet: 'Thông tin', cell: 'B2' }),
  form: () => ({ sheet: 'Biểu mẫu', cell: 'A2' }),
  row: (_f, r, field) => ({ sheet: 'Chỉ tiêu', cell: `${field === 'part' ? 'G' : 'B'}${r + 2}` }),
  rule: () => ({ sheet: 'Quy tắc', cell: 'D2' }),
  sentence: () => ({ sheet: 'Câu văn', cell: 'C2' }),
  districtSentence: () => ({ sheet: 'Câu văn tổng hợp', cell: 'B2' }),
};

describe('cchc forms check on an authoring workbook', () => {
  it('hands the bytes to the reader and checks its set at its cells', async () => {
    const set = { ...structuredClone(BUILTIN_SET), id: 'thu-nghiem' } as FormSetDef & { forms: { rows: { part?: string }[] }[] };
    const ratio = set.forms[2]?.rows[7];
    if (ratio) ratio.part = '3.3.9';
    reader.mockResolvedValue({ set, where });
    const r = await box.run('forms', 'check', 'bo.xlsx');
    expect(reader).toHaveBeenCalledWith(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      'Kiểm tra bộ biểu mẫu bo.xlsx:',
      "'Chỉ tiêu'!G9: Chỉ tiêu, dòng 9 (Biểu mẫu 3, mã 3.3): Tử số “3.3.9” không phải là dòng nào của Biểu mẫu 3.",
      '1 vấn đề: cần sửa trước khi dùng bộ biểu mẫu này.',
    ]);
    const json = await box.run('forms', 'check', 'bo.xlsx', '--json');
    expect(JSON.parse(json.stdout)).toEqual({
      problems: [{ sheet: 'Chỉ tiêu', cell: 'G9', message: 'Chỉ tiêu, dòng 9 (Biểu mẫu 3, mã 3.3): Tử số “3.3.9” không phải là dòng nào của Biểu mẫu 3.' }],
    });
  });

  it('says a valid workbook set is valid', async () => {
    reader.mockResolvedValue({ set: BUILTIN_SET, where });
    const r = await box.run('forms', 'check', 'bo.xlsx');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Bộ biểu mẫu cchc-xa-2023, phiên bản 1 hợp lệ');
  });

  it('prints the problems the reader found (an unreadable code legend, a sheet missing) with exit 1', async () => {
    reader.mockResolvedValue({
      problems: [
        { place: { sheet: 'Chỉ tiêu', cell: 'J15' }, message: 'Chỉ tiêu, dòng 15 (Biểu mẫu 1, mã 5): Mã “0 Chưa, 1 Có” không đọc được.' },
        { place: null, message: 'Thiếu trang Quy tắc.' },
      ],
    });
    const r = await box.run('forms', 'check', 'bo.xlsx');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      'Kiểm tra bộ biểu mẫu bo.xlsx:',
      "'Chỉ tiêu'!J15: Chỉ tiêu, dòng 15 (Biểu mẫu 1, mã 5): Mã “0 Chưa, 1 Có” không đọc được.",
      'Thiếu trang Quy tắc.',
      '2 vấn đề: cần sửa trước khi dùng bộ biểu mẫu này.',
    ]);
  });

  it('turns a reader’s refusal of the file into one line with exit 2', async () => {
    reader.mockRejectedValue(new WorkbookFormatError('đây không phải sổ soạn thảo bộ biểu mẫu.'));
    expectOneLineError(await box.run('forms', 'check', 'bo.xlsx'), ['bo.xlsx: đây không phải sổ soạn thảo bộ biểu mẫu.']);
  });
});
