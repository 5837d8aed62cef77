// The template checker `cchc forms check` will use: structured problems in Vietnamese, never a throw; every built-in template passes it.
import type { FormNumber } from '../../../../src/core/forms/types';
import { BUILTIN_CATALOGUE } from '../../../../src/core/forms/builtin';
import { checkTemplate, type TemplateRow } from '../../../../src/core/report/template/check-template';

const COUNTS: readonly TemplateRow[] = [{ kind: 'count' }, { kind: 'count' }, { kind: 'ratio' }];

describe('checkTemplate', () => {
  it('accepts every template of the built-in set with the rows it lists', () => {
    for (const s of BUILTIN_CATALOGUE.sentences) {
      const rows = s.rows.map((key) => {
        const row = BUILTIN_CATALOGUE.row(s.form as FormNumber, key);
        expect([s.section, key, row?.kind]).toEqual([s.section, key, expect.any(String)]);
        return { kind: row?.kind ?? 'count', ...(row?.kind === 'code' ? { codes: row.codes.map((c) => c.value) } : {}) } as TemplateRow;
      });
      expect([s.section, s.order, checkTemplate(s.template, rows)]).toEqual([s.section, s.order, []]);
    }
  });

  it('reports a template that does not parse, where, in Vietnamese', () => {
    expect(checkTemplate('có {a', COUNTS)).toEqual([
      { code: 'syntax', offset: 3, message: 'Câu văn viết sai ở ký tự thứ 4: thiếu dấu } đóng một tên.' },
    ]);
    const [noOther] = checkTemplate('{a_is, select, zero {không có}}', COUNTS);
    expect(noOther).toMatchObject({ code: 'syntax', message: expect.stringContaining('thiếu lựa chọn other') });
    const [unclosed] = checkTemplate('<and>{a}|{b}', COUNTS);
    expect(unclosed).toMatchObject({ code: 'syntax', message: expect.stringContaining('chưa được đóng') });
  });

  it('names the arguments the engine does not supply, once each', () => {
    const problems = checkTemplate('{d} và {d} và {a_vs} và {tong}', COUNTS);
    expect(problems.map((p) => [p.code, p.name])).toEqual([
      ['unknown-argument', 'd'],
      ['unknown-argument', 'tong'],
    ]);
    expect(problems[0]?.message).toBe('Câu văn dùng {d}, tên mà công cụ không cung cấp (các dòng của câu là a, b và c, theo thứ tự ở cột Dòng).');
  });

  it('names select values that cannot occur: facts, counts, codes', () => {
    const problems = checkTemplate(
      '{a_is, select, zero {} nothing {} other {}}{b_of_a, select, all {} some {} other {}}{count_empty, select, 0 {} hai {} other {}}{c, select, 0 {} 7 {} other {}}',
      [...COUNTS.slice(0, 2), { kind: 'code', codes: [0, 1] }],
    );
    expect(problems.map((p) => [p.name, p.value])).toEqual([
      ['a_is', 'nothing'],
      ['b_of_a', 'some'],
      ['count_empty', 'hai'],
      ['c', '7'],
    ]);
    expect(problems[0]?.message).toBe('{a_is} không bao giờ là "nothing"; các giá trị có thể có: empty, zero, one, all, negative, other (và other).');
    expect(problems[2]?.message).toBe('{count_empty} là một số đếm: giá trị "hai" phải là số nguyên (0, 1, 2, …).');
  });

  it('refuses number, plural and unknown tags: figures come formatted, Vietnamese has no plural', () => {
    const problems = checkTemplate('{a, number} {a, plural, one {x} other {y}} <b>đậm</b>', COUNTS);
    expect(problems.map((p) => [p.code, p.name])).toEqual([
      ['unsupported', 'a'],
      ['unknown-tag', 'b'],
    ]);
    expect(problems[1]?.message).toBe('Thẻ <b> không có; các thẻ danh sách là <and>, <or>, <comma>, <semicolon>.');
  });
});
