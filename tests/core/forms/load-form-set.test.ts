import { BUILTIN_SET } from '../../../src/core/forms/builtin';
import { parseFormSetJson } from '../../../src/core/forms/load-form-set';

/** The built-in set as JSON text, changed by `edit` on its parsed copy. */
function jsonWith(edit: (set: Record<string, unknown> & { forms: Record<string, unknown>[]; rules: Record<string, unknown>[] }) => void): string {
  // Another id: an edited set may not keep the built-in set's.
  const set = { ...structuredClone(BUILTIN_SET), id: 'thu-nghiem' } as unknown as Parameters<typeof edit>[0];
  edit(set);
  return JSON.stringify(set, null, 2);
}

const rowsOf = (form: Record<string, unknown> | undefined): Record<string, unknown>[] => (form?.rows as Record<string, unknown>[] | undefined) ?? [];

describe('parseFormSetJson', () => {
  it('gives the built-in set back, equal to the data', () => {
    expect(parseFormSetJson(JSON.stringify(BUILTIN_SET))).toEqual({ set: BUILTIN_SET });
  });

  it('accepts a byte-order mark before the JSON', () => {
    expect('set' in parseFormSetJson(`\uFEFF${JSON.stringify(BUILTIN_SET)}`)).toBe(true);
  });

  it('says where JSON syntax breaks, in Vietnamese', () => {
    expect(parseFormSetJson('{\n  "id": "x"\n  "version": 1\n}')).toEqual({
      problems: [{ place: null, message: 'Bộ biểu mẫu: tệp không phải JSON hợp lệ (lỗi cú pháp ở dòng 3, cột 3).' }],
    });
    expect(parseFormSetJson('{"id": "x"')).toEqual({
      problems: [{ place: null, message: 'Bộ biểu mẫu: tệp không phải JSON hợp lệ (lỗi cú pháp ở dòng 1, cột 11).' }],
    });
  });

  it('refuses what is not a set at all', () => {
    expect(parseFormSetJson('[1, 2]')).toEqual({ problems: [{ place: null, message: 'Bộ biểu mẫu: mục này phải là một đối tượng { … }.' }] });
  });

  it('words shape problems in Vietnamese at their JSON path, naming the item and the workbook column', () => {
    const text = jsonWith((s) => {
      delete s.name;
      s.version = '2';
      s.colour = 'đỏ';
      const row = rowsOf(s.forms[2])[7];
      if (row) {
        row.kind = 'percentage';
        row.label = '';
        row.required = 'có';
      }
      const first = s.rules[0];
      if (first) {
        first.against = '2.1';
        first.id = 'Quá hạn';
        first.rows = [];
      }
    });
    const result = parseFormSetJson(text);
    expect(result).toEqual({
      problems: expect.arrayContaining([
        { place: { sheet: null, cell: 'version' }, message: 'Bộ biểu mẫu: trường “version” (Phiên bản) phải là một số.' },
        { place: { sheet: null, cell: 'name' }, message: 'Bộ biểu mẫu: thiếu trường “name” (Tên bộ biểu mẫu).' },
        { place: { sheet: null, cell: 'forms[2].rows[7].label' }, message: 'Chỉ tiêu (Biểu mẫu 3, mã 3.3): trường “label” (Chỉ tiêu thống kê) không được để trống.' },
        {
          place: { sheet: null, cell: 'forms[2].rows[7].kind' },
          message: 'Chỉ tiêu (Biểu mẫu 3, mã 3.3): trường “kind” (Loại) “percentage” không có; dùng một trong: section, count, money, percent, code, ratio, sum.',
        },
        { place: { sheet: null, cell: 'forms[2].rows[7].required' }, message: 'Chỉ tiêu (Biểu mẫu 3, mã 3.3): trường “required” (Bắt buộc) phải là true hoặc false.' },
        { place: { sheet: null, cell: 'rules[0].rows' }, message: 'Quy tắc thứ 1 (Biểu mẫu 1, mã ): trường “rows” (Mã dòng) cần ít nhất 1 mục.' },
        { place: { sheet: null, cell: 'rules[0].against' }, message: 'Quy tắc thứ 1 (Biểu mẫu 1, mã ): trường “against” (Với) phải là một danh sách mã dòng hoặc một số.' },
        {
          place: { sheet: null, cell: 'rules[0].id' },
          message: 'Quy tắc thứ 1 (Biểu mẫu 1, mã ): Mã quy tắc “Quá hạn” chỉ được gồm chữ thường không dấu, chữ số và “-”, bắt đầu bằng chữ (như present-exceeds-assigned).',
        },
        { place: null, message: 'Bộ biểu mẫu: trường không được hỗ trợ: “colour”.' },
      ]),
    });
    const problems = 'problems' in result ? result.problems : [];
    expect(problems).toHaveLength(9);
    expect(problems.map((p) => p.message).join('\n')).not.toMatch(/Invalid|expected|received|Too small/);
  });

  it('names a row by its place in the list when its key cannot be read', () => {
    const text = jsonWith((s) => {
      const row = rowsOf(s.forms[0])[1];
      if (row) row.key = 7;
    });
    expect(parseFormSetJson(text)).toEqual({
      problems: [{ place: { sheet: null, cell: 'forms[0].rows[1].key' }, message: 'Chỉ tiêu thứ 2 (biểu mẫu thứ 1): trường “key” (Mã dòng) phải là một chuỗi chữ trong ngoặc kép.' }],
    });
  });

  it('refuses a well-shaped set with a problem of its own, never returning it', () => {
    const text = jsonWith((s) => {
      const row = rowsOf(s.forms[2])[7];
      if (row) row.part = '3.3.9';
    });
    expect(parseFormSetJson(text)).toEqual({
      problems: [
        { place: { sheet: null, cell: 'forms[2].rows[7].part' }, message: 'Chỉ tiêu (Biểu mẫu 3, mã 3.3): Tử số “3.3.9” không phải là dòng nào của Biểu mẫu 3.' },
      ],
    });
  });

  it('passes the template checker on to checkFormSet', () => {
    const text = jsonWith((s) => {
      s.sentences = [{ section: 'I.1', order: 1, form: 3, rows: ['3.3'], template: '{r3_3' }];
    });
    expect(parseFormSetJson(text, { checkTemplate: (t) => (t.includes('}') ? [] : ['thiếu dấu “}”']) })).toEqual({
      problems: [{ place: { sheet: null, cell: 'sentences[0].template' }, message: 'Câu văn thứ 1 (mục I.1, thứ tự 1): Câu: thiếu dấu “}”' }],
    });
  });

  it('names a district sentence’s shape problem by its sheet and column, at its JSON path', () => {
    const text = jsonWith((s) => {
      s.districtSentences = [{ form: 3, rows: ['3.3.1'], template: 'Có {a} hồ sơ' }];
    });
    expect(parseFormSetJson(text)).toEqual({
      problems: [{ place: { sheet: null, cell: 'districtSentences[0].topic' }, message: 'Câu văn tổng hợp thứ 1 (Biểu mẫu 3): thiếu trường “topic” (Chủ đề).' }],
    });
  });

  it('reads a set without district sentences: it has none', () => {
    const text = jsonWith((s) => {
      delete s.districtSentences;
    });
    const read = parseFormSetJson(text);
    expect('set' in read && read.set.districtSentences).toBeUndefined();
  });
});
