import { BUILTIN_SET } from '../../../src/core/forms/builtin';
import { checkFormSet } from '../../../src/core/forms/check-form-set';
import type { FormSetDef, SetDistrictSentence, SetRow, SetSentence } from '../../../src/core/forms/form-set';
import type { SetLocator, SetProblem } from '../../../src/core/forms/set-problem';
import { NARRATIVE_KEYS } from '../../../src/core/data/types';

type Mutable<T> = T extends readonly (infer U)[] ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
type Def = Mutable<FormSetDef>;
type Row = Mutable<SetRow>;

/** A copy of the built-in set, changed by `edit`. */
function edited(edit: (set: Def) => void): FormSetDef {
  // The built-in rows and rules without its sentences (commune and district): each test adds the sentences it is about (the built-in ones are checked on their own).
  // Another id: an edited set may not keep the built-in set's (a test of its own below).
  const set = { ...structuredClone(BUILTIN_SET), id: 'thu-nghiem', sentences: [], districtSentences: [] } as unknown as Def;
  edit(set);
  return set as FormSetDef;
}

/** Form `n`'s row `key` of a copy being edited. */
function row(set: Def, n: number, key: string): Row {
  const found = set.forms.find((f) => f.number === n)?.rows.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${n}:${key}`);
  return found;
}

const at = (cell: string): { sheet: null; cell: string } => ({ sheet: null, cell });
const problem = (cell: string, message: string): SetProblem => ({ place: at(cell), message });
const count = (key: string, label = 'Số việc'): Row => ({ key, stt: `${key}.`, label, unit: 'Việc', kind: 'count' });
const sentence = (over: Partial<Mutable<SetSentence>> = {}): Mutable<SetSentence> => ({
  section: 'I.1',
  order: 1,
  form: 3,
  rows: ['3.3'],
  template: 'Tỷ lệ hồ sơ đúng hạn đạt {a}%.',
  ...over,
});

describe('checkFormSet: the built-in set', () => {
  it('has no problem', () => {
    expect(checkFormSet(BUILTIN_SET)).toEqual([]);
  });

  it('resolves a row of another form ("BM3 1.1") in Tử số, Với and Khi into that form, and its own form written so in Cộng', () => {
    const set = edited((s) => {
      row(s, 7, '6.6.1').terms = ['6.4.2', 'BM7 6.5.2'];
      row(s, 7, '6.7').part = 'BM3 3.3.1';
      row(s, 7, '6.7').whole = 'BM7 6.7.1';
      s.rules.push({ form: 3, rows: ['1.1'], operator: '>=', against: ['BM7 6.7.1'], severity: 'warning', when: { key: 'BM1 5', equals: 1 } });
    });
    expect(checkFormSet(set)).toEqual([]);
  });
});

describe('checkFormSet: rows that do not exist', () => {
  it('names an unknown row in Tử số, with the form it was looked for in', () => {
    const set = edited((s) => {
      row(s, 3, '3.3').part = '3.3.9';
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[2].rows[7].part', 'Chỉ tiêu (Biểu mẫu 3, mã 3.3): Tử số “3.3.9” không phải là dòng nào của Biểu mẫu 3.'),
    ]);
  });

  it('names a form that does not exist in Mẫu số', () => {
    const set = edited((s) => {
      row(s, 3, '3.3').whole = 'BM9 1.1';
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[2].rows[7].whole', 'Chỉ tiêu (Biểu mẫu 3, mã 3.3): Mẫu số “BM9 1.1”: không có Biểu mẫu 9 trong bộ biểu mẫu.'),
    ]);
  });

  it('names an unknown row in Cộng, and one of another form in that form', () => {
    const set = edited((s) => {
      row(s, 2, '1').terms = ['1.1', '1.2', '1.4', 'BM7 6.9'];
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[1].rows[0].terms', 'Chỉ tiêu (Biểu mẫu 2, mã 1): Cộng “1.4” không phải là dòng nào của Biểu mẫu 2.'),
      problem('forms[1].rows[0].terms', 'Chỉ tiêu (Biểu mẫu 2, mã 1): Cộng “BM7 6.9” không phải là dòng nào của Biểu mẫu 7.'),
    ]);
  });

  it('names unknown rows in a rule’s Mã dòng and Với', () => {
    const set = edited((s) => {
      const first = s.rules[0];
      if (first) first.rows = ['2.9'];
      const cross = s.rules[19];
      if (cross) cross.against = ['BM4 2.9'];
    });
    expect(checkFormSet(set)).toEqual([
      problem('rules[0].rows', 'Quy tắc thứ 1 (Biểu mẫu 1, mã 2.9): Mã dòng “2.9” không phải là dòng nào của Biểu mẫu 1.'),
      problem('rules[19].against', 'Quy tắc thứ 20 (Biểu mẫu 5, mã 1.2): Với “BM4 2.9” không phải là dòng nào của Biểu mẫu 4.'),
    ]);
  });

  it('names unknown rows in Bằng 0 khi, and refuses a row of another form there', () => {
    const set = edited((s) => {
      row(s, 1, '2.2').zeroWhen = [['2.9']];
      row(s, 1, '3.2.2').zeroWhen = [['BM3 1.1']];
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[0].rows[3].zeroWhen', 'Chỉ tiêu (Biểu mẫu 1, mã 2.2): Bằng 0 khi “2.9” không phải là dòng nào của Biểu mẫu 1.'),
      problem('forms[0].rows[8].zeroWhen', 'Chỉ tiêu (Biểu mẫu 1, mã 3.2.2): Bằng 0 khi “BM3 1.1”: chỉ ghi được dòng của cùng Biểu mẫu 1.'),
    ]);
  });

  it('names an unknown row in Không cần khi and in a rule’s Khi', () => {
    const set = edited((s) => {
      row(s, 1, '5.1').notExpectedWhen = { key: '7', equals: 0 };
      const conditional = s.rules[3];
      if (conditional) conditional.when = { key: 'BM9 5', equals: 1 };
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[0].rows[15].notExpectedWhen', 'Chỉ tiêu (Biểu mẫu 1, mã 5.1): Không cần khi “7” không phải là dòng nào của Biểu mẫu 1.'),
      problem('rules[3].when', 'Quy tắc thứ 4 (Biểu mẫu 1, mã 5.1): Khi “BM9 5”: không có Biểu mẫu 9 trong bộ biểu mẫu.'),
    ]);
  });
});

describe('checkFormSet: keys and forms', () => {
  it('finds a duplicate row key within a form', () => {
    const set = edited((s) => {
      s.forms[0]?.rows.push(count('1', 'Số văn bản khác'));
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[0].rows[18].key', 'Chỉ tiêu (Biểu mẫu 1, mã 1): Mã dòng “1” trùng với một dòng trước của Biểu mẫu 1; trong một biểu mẫu mỗi mã dòng chỉ dùng một lần.'),
    ]);
  });

  it('refuses a row key that is not numbers joined by dots', () => {
    const set = edited((s) => {
      s.forms[0]?.rows.push(count('7a'), count('8.'));
    });
    const hint = 'mã dòng là các số nối bằng dấu chấm, như 1, 2.1, 3.2.1 (không có chữ, không có dấu chấm ở cuối).';
    expect(checkFormSet(set)).toEqual([
      problem('forms[0].rows[18].key', `Chỉ tiêu (Biểu mẫu 1, mã 7a): Mã dòng “7a” không đúng dạng: ${hint}`),
      problem('forms[0].rows[19].key', `Chỉ tiêu (Biểu mẫu 1, mã 8.): Mã dòng “8.” không đúng dạng: ${hint}`),
    ]);
  });

  it('finds a duplicate form number and a form with no rows', () => {
    const set = edited((s) => {
      s.forms.push({ number: 1, title: 'Biểu mẫu trùng', rows: [count('1')] }, { number: 8, title: 'Biểu mẫu mới', rows: [] });
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[7].number', 'Biểu mẫu (Biểu mẫu 1): Biểu mẫu 1 đã khai ở một dòng trước; mỗi biểu mẫu chỉ khai một lần.'),
      problem('forms[8].number', 'Biểu mẫu (Biểu mẫu 8): Biểu mẫu 8 không có chỉ tiêu nào (trang Chỉ tiêu chưa có dòng nào của biểu mẫu này).'),
    ]);
  });

  it('refuses a set with no forms, an empty form title and an empty row label', () => {
    expect(checkFormSet(edited((s) => ((s.forms = []), (s.rules = []))))).toEqual([{ place: null, message: 'Bộ biểu mẫu: bộ biểu mẫu chưa có biểu mẫu nào.' }]);
    const set = edited((s) => {
      const six = s.forms[5];
      if (six) six.title = ' ';
      row(s, 6, '1').label = '';
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[5].title', 'Biểu mẫu (Biểu mẫu 6): Tên biểu mẫu không được để trống.'),
      problem('forms[5].rows[1].label', 'Chỉ tiêu (Biểu mẫu 6, mã 1): Chỉ tiêu thống kê không được để trống.'),
    ]);
  });
});

describe('checkFormSet: kinds and what each needs', () => {
  it('refuses an unknown kind', () => {
    const set = edited((s) => {
      (row(s, 6, '1') as { kind: string }).kind = 'bảng';
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[5].rows[1].kind', 'Chỉ tiêu (Biểu mẫu 6, mã 1): Loại “bảng” không có; Loại là một trong: mục, số, tiền, phần trăm, mã, tỷ lệ, tổng.'),
    ]);
  });

  it('refuses a ratio over a row that does not hold an amount (a percent, a code, a ratio)', () => {
    const set = edited((s) => {
      row(s, 4, '3.3').part = '1.1';
      row(s, 1, '2').part = '5';
      row(s, 1, '2').whole = '3.2';
    });
    const tail = 'tỷ lệ và tổng chỉ tính được từ dòng loại “số”, “tiền” hoặc “tổng”.';
    expect(checkFormSet(set)).toEqual([
      problem('forms[0].rows[1].part', `Chỉ tiêu (Biểu mẫu 1, mã 2): Tử số “5” là dòng loại “mã”; ${tail}`),
      problem('forms[0].rows[1].whole', `Chỉ tiêu (Biểu mẫu 1, mã 2): Mẫu số “3.2” là dòng loại “tỷ lệ”; ${tail}`),
      problem('forms[3].rows[12].part', `Chỉ tiêu (Biểu mẫu 4, mã 3.3): Tử số “1.1” là dòng loại “phần trăm”; ${tail}`),
    ]);
  });

  it('refuses a sum over a section row', () => {
    const set = edited((s) => {
      row(s, 2, '1').terms = ['1.1', '2'];
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[1].rows[0].terms', 'Chỉ tiêu (Biểu mẫu 2, mã 1): Cộng “2” là dòng loại “mục”; tỷ lệ và tổng chỉ tính được từ dòng loại “số”, “tiền” hoặc “tổng”.'),
    ]);
  });

  it('asks a ratio for Tử số and Mẫu số, and a sum for two rows in Cộng', () => {
    const set = edited((s) => {
      delete row(s, 1, '2').whole;
      row(s, 1, '3.2').part = ' ';
      row(s, 2, '1').terms = ['1.1'];
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[0].rows[1].whole', 'Chỉ tiêu (Biểu mẫu 1, mã 2): dòng loại “tỷ lệ” cần Mẫu số: một mã dòng, như 2.2 (dòng của biểu mẫu khác viết như BM7 6.7.1).'),
      problem('forms[0].rows[6].part', 'Chỉ tiêu (Biểu mẫu 1, mã 3.2): dòng loại “tỷ lệ” cần Tử số: một mã dòng, như 2.2 (dòng của biểu mẫu khác viết như BM7 6.7.1).'),
      problem('forms[1].rows[0].terms', 'Chỉ tiêu (Biểu mẫu 2, mã 1): dòng loại “tổng” cần ít nhất hai dòng ở cột Cộng, nối bằng “+”, như 1.1 + 1.2.'),
    ]);
  });

  it('refuses Tử số, Cộng or Mã on a row of another kind', () => {
    const set = edited((s) => {
      row(s, 1, '2.1').part = '2.2';
      row(s, 1, '2').terms = ['2.1', '2.2'];
      row(s, 1, '1').codes = [
        { value: 0, label: 'Không' },
        { value: 1, label: 'Có' },
      ];
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[0].rows[0].codes', 'Chỉ tiêu (Biểu mẫu 1, mã 1): Mã chỉ dùng cho dòng loại “mã”, còn dòng này là loại “số”: hãy xóa ô Mã hoặc sửa Loại.'),
      problem('forms[0].rows[1].terms', 'Chỉ tiêu (Biểu mẫu 1, mã 2): Cộng chỉ dùng cho dòng loại “tổng”, còn dòng này là loại “tỷ lệ”: hãy xóa ô Cộng hoặc sửa Loại.'),
      problem('forms[0].rows[2].part', 'Chỉ tiêu (Biểu mẫu 1, mã 2.1): Tử số chỉ dùng cho dòng loại “tỷ lệ”, còn dòng này là loại “số”: hãy xóa ô Tử số hoặc sửa Loại.'),
    ]);
  });

  it('asks a code row for two codes at least, each value and label once', () => {
    const set = edited((s) => {
      row(s, 7, '1').codes = [{ value: 1, label: 'Hoàn thành' }];
      row(s, 1, '6').codes = [
        { value: 0, label: 'Không' },
        { value: 0, label: 'Có' },
        { value: 2, label: 'Không' },
        { value: 3, label: ' ' },
      ];
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[0].rows[17].codes', 'Chỉ tiêu (Biểu mẫu 1, mã 6): mã 0 có hai lần ở cột Mã; mỗi mã một giá trị riêng.'),
      problem('forms[0].rows[17].codes', 'Chỉ tiêu (Biểu mẫu 1, mã 6): nhãn “Không” có hai lần ở cột Mã; mỗi mã một nhãn riêng.'),
      problem('forms[0].rows[17].codes', 'Chỉ tiêu (Biểu mẫu 1, mã 6): mã 3 ở cột Mã chưa có nhãn (viết như “3 = Hoàn thành”).'),
      problem('forms[6].rows[0].codes', 'Chỉ tiêu (Biểu mẫu 7, mã 1): dòng loại “mã” cần ít nhất hai mã ở cột Mã, viết như “0 = Chưa; 1 = Hoàn thành”.'),
    ]);
  });

  it('refuses a code that is not a whole number from 0 (a legend the reader let through)', () => {
    const set = edited((s) => {
      const codes = row(s, 7, '1').codes;
      if (codes?.[1]) codes[1].value = 1.5;
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[6].rows[0].codes', 'Chỉ tiêu (Biểu mẫu 7, mã 1): mã “1.5” ở cột Mã phải là số nguyên từ 0 trở lên.'),
    ]);
  });
});

describe('checkFormSet: cycles among computed rows', () => {
  it('finds a sum of itself', () => {
    const set = edited((s) => {
      row(s, 2, '1').terms = ['1.1', '1.2', '1'];
    });
    expect(checkFormSet(set)).toEqual([
      problem(
        'forms[1].rows[0].terms',
        'Chỉ tiêu (Biểu mẫu 2, mã 1): dòng này được tính từ chính nó (1 → 1); một dòng tỷ lệ hay tổng không được tính vòng trở lại chính nó.',
      ),
    ]);
  });

  it('finds a cycle through another form, once (besides each sum across forms)', () => {
    const set = edited((s) => {
      row(s, 2, '1').terms = ['1.1', 'BM7 6.6.1'];
      row(s, 7, '6.6.1').terms = ['6.4.2', 'BM2 1'];
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[1].rows[0].terms', sumAcross('Biểu mẫu 2, mã 1', 'BM7 6.6.1', 2)),
      problem('forms[6].rows[16].terms', sumAcross('Biểu mẫu 7, mã 6.6.1', 'BM2 1', 7)),
      problem(
        'forms[1].rows[0].terms',
        'Chỉ tiêu (Biểu mẫu 2, mã 1): dòng này được tính từ chính nó (1 → BM7 6.6.1 → 1); một dòng tỷ lệ hay tổng không được tính vòng trở lại chính nó.',
      ),
    ]);
  });
});

const sumAcross = (item: string, ref: string, form: number): string =>
  `Chỉ tiêu (${item}): Cộng “${ref}”: dòng loại “tổng” chỉ cộng các dòng của chính Biểu mẫu ${form}, vì bảng tổng hợp của huyện, tỉnh tính tổng trong từng biểu mẫu; dòng của biểu mẫu khác chỉ dùng được làm Tử số hoặc Mẫu số của một dòng loại “tỷ lệ”.`;

describe('checkFormSet: a sum across forms', () => {
  it('is refused at its Cộng cell: the consolidated workbook totals each form on its own sheet', () => {
    const set = edited((s) => {
      row(s, 7, '6.6.1').terms = ['6.4.2', 'BM3 1.1'];
    });
    expect(checkFormSet(set)).toEqual([problem('forms[6].rows[16].terms', sumAcross('Biểu mẫu 7, mã 6.6.1', 'BM3 1.1', 7))]);
  });
});

describe('checkFormSet: Từ ngữ', () => {
  it('refuses words with an empty part around “…”, and takes the built-in set’s', () => {
    const set = edited((s) => {
      row(s, 4, '4.1').words = ['không chuyên trách … thôn', 'không chuyên trách …'];
    });
    expect(checkFormSet(set)).toEqual([
      problem(
        'forms[3].rows[14].words',
        'Chỉ tiêu (Biểu mẫu 4, mã 4.1): Từ ngữ “không chuyên trách …”: mỗi phần trước và sau dấu “…” phải có chữ (ví dụ “không chuyên trách … thôn”).',
      ),
    ]);
  });
});

describe('checkFormSet: conditions', () => {
  it('refuses a condition on a row that is not a code row', () => {
    const set = edited((s) => {
      const conditional = s.rules[3];
      if (conditional) conditional.when = { key: '5.1', equals: 1 };
    });
    expect(checkFormSet(set)).toEqual([
      problem(
        'rules[3].when',
        'Quy tắc thứ 4 (Biểu mẫu 1, mã 5.1): Khi “5.1 = 1”: dòng 5.1 là loại “số”, không phải loại “mã”; điều kiện chỉ so được với câu trả lời của một dòng mã.',
      ),
    ]);
  });

  it('refuses an answer the code row does not list', () => {
    const set = edited((s) => {
      row(s, 1, '5.1').notExpectedWhen = { key: '5', equals: 2 };
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[0].rows[15].notExpectedWhen', 'Chỉ tiêu (Biểu mẫu 1, mã 5.1): Không cần khi “5 = 2”: dòng 5 không có mã 2 (các mã của dòng: 1, 0).'),
    ]);
  });
});

describe('checkFormSet: key ratios, rows across periods, comparisons', () => {
  it('refuses a key ratio on a row that is not a ratio, and one place given twice', () => {
    const set = edited((s) => {
      row(s, 1, '2.1').keyRatio = 6;
      row(s, 1, '3.2').keyRatio = 1;
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[0].rows[2].keyRatio', 'Chỉ tiêu (Biểu mẫu 1, mã 2.1): Chỉ tiêu chính chỉ dùng cho dòng loại “tỷ lệ”, còn dòng này là loại “số”.'),
      problem('forms[2].rows[7].keyRatio', 'Chỉ tiêu (Biểu mẫu 3, mã 3.3): Chỉ tiêu chính số 1 đã dùng cho dòng 3.2 của Biểu mẫu 1; mỗi chỉ tiêu chính một số thứ tự riêng.'),
    ]);
  });

  it('refuses a key ratio place that is not a whole number from 1', () => {
    const set = edited((s) => {
      row(s, 1, '2').keyRatio = 0;
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[0].rows[1].keyRatio', 'Chỉ tiêu (Biểu mẫu 1, mã 2): Chỉ tiêu chính “0” phải là số thứ tự nguyên từ 1 trở lên.'),
    ]);
  });

  it('refuses Qua các kỳ on a row that is not an input (trong kỳ, the default, is harmless), and an unknown class', () => {
    const set = edited((s) => {
      row(s, 1, '2').across = 'standing';
      row(s, 1, '3.2').across = 'period';
      (row(s, 1, '1') as { across?: string }).across = 'forever';
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[0].rows[0].across', 'Chỉ tiêu (Biểu mẫu 1, mã 1): Qua các kỳ “forever” không có; dùng một trong: cố định, kế hoạch năm, lũy kế, trong kỳ.'),
      problem(
        'forms[0].rows[1].across',
        'Chỉ tiêu (Biểu mẫu 1, mã 2): Qua các kỳ “cố định” chỉ dùng cho dòng nhập số liệu (loại số, tiền, phần trăm, mã), còn dòng này là loại “tỷ lệ”.',
      ),
    ]);
  });

  it('refuses So sánh cùng kỳ on a section', () => {
    const set = edited((s) => {
      row(s, 1, '3').compare = true;
    });
    expect(checkFormSet(set)).toEqual([
      problem('forms[0].rows[4].compare', 'Chỉ tiêu (Biểu mẫu 1, mã 3): So sánh cùng kỳ không dùng cho dòng loại “mục” (tiêu đề, không có số liệu).'),
    ]);
  });
});

describe('checkFormSet: rules', () => {
  it('refuses a rule of a form that does not exist, once', () => {
    const set = edited((s) => {
      const first = s.rules[0];
      if (first) first.form = 9;
    });
    expect(checkFormSet(set)).toEqual([problem('rules[0].form', 'Quy tắc thứ 1 (Biểu mẫu 9, mã 2.2): không có Biểu mẫu 9 trong bộ biểu mẫu (trang Biểu mẫu).')]);
  });

  it('refuses an unknown operator, severity and rule id', () => {
    const set = edited((s) => {
      const first = s.rules[0] as { operator: string; severity: string; id?: string };
      first.operator = '=<';
      first.severity = 'nặng';
      first.id = 'Quá hạn';
    });
    expect(checkFormSet(set)).toEqual([
      problem('rules[0].operator', 'Quy tắc thứ 1 (Biểu mẫu 1, mã 2.2): So sánh “=<” không có; dùng một trong: <=, <, =, >=, >, filled.'),
      problem('rules[0].severity', 'Quy tắc thứ 1 (Biểu mẫu 1, mã 2.2): Mức “nặng” không có; dùng “lỗi” hoặc “cảnh báo”.'),
      problem(
        'rules[0].id',
        'Quy tắc thứ 1 (Biểu mẫu 1, mã 2.2): Mã quy tắc “Quá hạn” chỉ được gồm chữ thường không dấu, chữ số và “-”, bắt đầu bằng chữ (như present-exceeds-assigned).',
      ),
    ]);
  });

  it('refuses a right side with filled, and a comparison without one', () => {
    const set = edited((s) => {
      const filled = s.rules[4];
      if (filled) filled.against = ['5.1'];
      const first = s.rules[0];
      if (first) first.against = [];
    });
    expect(checkFormSet(set)).toEqual([
      problem('rules[0].against', 'Quy tắc thứ 1 (Biểu mẫu 1, mã 2.2): So sánh “<=” cần cột Với: một mã dòng, các mã dòng nối bằng “+”, hoặc một số.'),
      problem('rules[4].against', 'Quy tắc thứ 5 (Biểu mẫu 1, mã 5.2): So sánh “filled” chỉ hỏi dòng đã có số liệu hay chưa, không so với gì: hãy để trống cột Với.'),
    ]);
  });

  it('refuses a section row in a rule', () => {
    const set = edited((s) => {
      const first = s.rules[0];
      if (first) first.against = ['3'];
    });
    expect(checkFormSet(set)).toEqual([
      problem('rules[0].against', 'Quy tắc thứ 1 (Biểu mẫu 1, mã 2.2): Với “3” là dòng loại “mục” (tiêu đề), không có số liệu để so sánh.'),
    ]);
  });
});

describe('checkFormSet: sentences', () => {
  it('names a row its Dòng reads that does not exist', () => {
    const set = edited((s) => {
      s.sentences.push(sentence({ rows: ['3.3', '3.3.9'] }));
    });
    expect(checkFormSet(set)).toEqual([
      problem('sentences[0].rows', 'Câu văn thứ 1 (mục I.1, thứ tự 1): Dòng “3.3.9” không phải là dòng nào của Biểu mẫu 3.'),
    ]);
  });

  it('refuses a sentence of a form that does not exist (once, not once per row), and a section of no report', () => {
    const set = edited((s) => {
      s.sentences.push(sentence({ form: 9, rows: ['1', '2'] }), sentence({ section: 'VI', order: 2 }));
    });
    expect(checkFormSet(set)).toEqual([
      problem('sentences[0].form', 'Câu văn thứ 1 (mục I.1, thứ tự 1): không có Biểu mẫu 9 trong bộ biểu mẫu (trang Biểu mẫu).'),
      problem('sentences[1].section', `Câu văn thứ 2 (mục VI, thứ tự 2): Mục “VI” không phải là mục nào của báo cáo; dùng một trong: ${NARRATIVE_KEYS.join(', ')}.`),
    ]);
  });

  it('refuses an empty template, and a condition the code row does not list', () => {
    const set = edited((s) => {
      s.sentences.push(sentence({ template: '  ', form: 1, rows: ['5.1'], when: { key: '5', equals: 4 } }));
    });
    expect(checkFormSet(set)).toEqual([
      problem('sentences[0].when', 'Câu văn thứ 1 (mục I.1, thứ tự 1): Khi “5 = 4”: dòng 5 không có mã 4 (các mã của dòng: 1, 0).'),
      problem('sentences[0].template', 'Câu văn thứ 1 (mục I.1, thứ tự 1): Câu để trống.'),
    ]);
  });

  it('says the template checker’s problems at Câu, giving it the rows Dòng reads', () => {
    const set = edited((s) => {
      s.sentences.push(sentence({ rows: ['3.3', 'BM7 6.7'] }));
    });
    const seen: unknown[] = [];
    const checkTemplate = (template: string, rows: readonly unknown[]): string[] => {
      seen.push([template, rows]);
      return ['thiếu dấu “}”', 'tên “r9” không có trong Dòng'];
    };
    expect(checkFormSet(set, undefined, { checkTemplate })).toEqual([
      problem('sentences[0].template', 'Câu văn thứ 1 (mục I.1, thứ tự 1): Câu: thiếu dấu “}”'),
      problem('sentences[0].template', 'Câu văn thứ 1 (mục I.1, thứ tự 1): Câu: tên “r9” không có trong Dòng'),
    ]);
    expect(seen).toEqual([
      [
        'Tỷ lệ hồ sơ đúng hạn đạt {a}%.',
        [
          { form: 3, key: '3.3' },
          { form: 7, key: '6.7' },
        ],
      ],
    ]);
  });
});

describe('checkFormSet: the identity', () => {
  it('refuses an id with Vietnamese letters or spaces, a version below 1 or not whole, an empty name, an impossible date', () => {
    const set = edited((s) => {
      s.id = 'Quảng Ngãi 2026';
      s.version = 1.5;
      s.name = '';
      s.appliesFrom = '2026-02-30';
    });
    expect(checkFormSet(set)).toEqual([
      problem(
        'id',
        'Thông tin (Mã bộ biểu mẫu): Mã bộ biểu mẫu “Quảng Ngãi 2026” chỉ được gồm chữ cái không dấu (a–z, A–Z), chữ số và dấu gạch ngang “-”, không có khoảng trắng (ví dụ: quang-ngai-2026).',
      ),
      problem('version', 'Thông tin (Phiên bản): Phiên bản “1.5” phải là số nguyên từ 1 trở lên.'),
      problem('name', 'Thông tin (Tên bộ biểu mẫu): Tên bộ biểu mẫu không được để trống.'),
      problem('appliesFrom', 'Thông tin (Áp dụng từ): Áp dụng từ “2026-02-30” không phải là một ngày có thật (viết như 2026-01-01).'),
    ]);
    expect(checkFormSet(edited((s) => (s.version = 0)))).toEqual([problem('version', 'Thông tin (Phiên bản): Phiên bản “0” phải là số nguyên từ 1 trở lên.')]);
  });
});

describe('checkFormSet: places in the authoring workbook', () => {
  const COLUMNS: Readonly<Record<string, string>> = { key: 'B', part: 'G', whole: 'H', rows: 'B', against: 'D', template: 'D' };
  const cell = (sheet: string, field: string, line: number) => ({ sheet, cell: `${COLUMNS[field] ?? 'Z'}${line}` });
  /** As the workbook reader gives places: a form's rows one after another from line 2 of `Chỉ tiêu`. */
  const workbook = (set: FormSetDef): SetLocator => {
    const firstLine = set.forms.map((_, f) => 2 + set.forms.slice(0, f).reduce((n, form) => n + form.rows.length, 0));
    return {
      identity: (field) => ({ sheet: 'Thông tin', cell: `B${field === 'id' ? 2 : 3}` }),
      form: (f) => ({ sheet: 'Biểu mẫu', cell: `A${f + 2}` }),
      row: (f, r, field) => cell('Chỉ tiêu', field, (firstLine[f] ?? 0) + r),
      rule: (i, field) => cell('Quy tắc', field, i + 2),
      sentence: (i, field) => cell('Câu văn', field, i + 2),
      districtSentence: (i, field) => cell('Câu văn tổng hợp', field, i + 2),
    };
  };

  it('names the item by its sheet and line, and gives the cell', () => {
    const set = edited((s) => {
      row(s, 3, '3.3').part = '3.3.9';
      const first = s.rules[0];
      if (first) first.against = ['2.9'];
      s.sentences.push(sentence({ rows: ['3.4.9'] }));
    });
    expect(checkFormSet(set, workbook(set))).toEqual([
      { place: { sheet: 'Chỉ tiêu', cell: 'G41' }, message: 'Chỉ tiêu, dòng 41 (Biểu mẫu 3, mã 3.3): Tử số “3.3.9” không phải là dòng nào của Biểu mẫu 3.' },
      { place: { sheet: 'Quy tắc', cell: 'D2' }, message: 'Quy tắc, dòng 2 (Biểu mẫu 1, mã 2.2): Với “2.9” không phải là dòng nào của Biểu mẫu 1.' },
      { place: { sheet: 'Câu văn', cell: 'B2' }, message: 'Câu văn, dòng 2 (mục I.1, thứ tự 1): Dòng “3.4.9” không phải là dòng nào của Biểu mẫu 3.' },
    ]);
  });

  it('gives the line of the first row in a duplicate key problem', () => {
    const set = edited((s) => {
      s.forms[6]?.rows.push(count('6.8.2'));
    });
    expect(checkFormSet(set, workbook(set))).toEqual([
      {
        place: { sheet: 'Chỉ tiêu', cell: 'B102' },
        message: 'Chỉ tiêu, dòng 102 (Biểu mẫu 7, mã 6.8.2): Mã dòng “6.8.2” trùng với một dòng trước của Biểu mẫu 7 (dòng 101); trong một biểu mẫu mỗi mã dòng chỉ dùng một lần.',
      },
    ]);
  });
});

describe('checkFormSet: district sentences (Câu văn tổng hợp)', () => {
  const district = (over: Partial<Mutable<SetDistrictSentence>> = {}): Mutable<SetDistrictSentence> => ({
    form: 3,
    rows: ['3.3.1', '3.3.2'],
    ratio: '3.3',
    topic: 'hồ sơ',
    template: 'Đã giải quyết {a} hồ sơ{va}, đúng hạn {b}; tỷ lệ {r}',
    ...over,
  });

  it('passes the built-in set’s ten, and reads a row of another form (“BM7 6.7.1”)', () => {
    expect(BUILTIN_SET.districtSentences).toHaveLength(10);
    const set = edited((s) => {
      s.districtSentences = [district({ form: 1, rows: ['BM7 6.7.1', 'BM7 6.7.2'], ratio: 'BM7 6.7' })];
    });
    expect(checkFormSet(set)).toEqual([]);
  });

  it('names a row that does not exist, a total that is not a count or money, a ratio that is not a ratio, an empty topic', () => {
    const set = edited((s) => {
      s.districtSentences = [district({ rows: ['3.3.9', '3.3'], ratio: '3.3.1', topic: ' ' }), district({ form: 9, rows: ['1'], ratio: undefined })];
    });
    expect(checkFormSet(set)).toEqual([
      problem('districtSentences[0].rows', 'Câu văn tổng hợp thứ 1 (Biểu mẫu 3): Dòng “3.3.9” không phải là dòng nào của Biểu mẫu 3.'),
      problem('districtSentences[0].rows', 'Câu văn tổng hợp thứ 1 (Biểu mẫu 3): Dòng “3.3” là dòng loại “tỷ lệ”; câu văn tổng hợp chỉ nêu tổng của dòng loại “số” hoặc “tiền”.'),
      problem('districtSentences[0].ratio', 'Câu văn tổng hợp thứ 1 (Biểu mẫu 3): Tỷ lệ “3.3.1” là dòng loại “số”, không phải loại “tỷ lệ”.'),
      problem(
        'districtSentences[0].topic',
        'Câu văn tổng hợp thứ 1 (Biểu mẫu 3): Chủ đề để trống: câu cần cách gọi điều nó nói tới khi chưa có đơn vị nào báo cáo số liệu.',
      ),
      problem('districtSentences[1].form', 'Câu văn tổng hợp thứ 2 (Biểu mẫu 9): không có Biểu mẫu 9 trong bộ biểu mẫu (trang Biểu mẫu).'),
    ]);
  });

  it('refuses a template that does not parse, or uses anything but {a}, {b}, {r}, {va}', () => {
    const set = edited((s) => {
      s.districtSentences = [
        district({ template: 'Đã giải quyết {a hồ sơ' }),
        district({ rows: ['3.3.1'], ratio: undefined, template: 'Đã giải quyết {a} hồ sơ, {b} đúng hạn, {c} trễ; tỷ lệ {r}, {a, number}' }),
      ];
    });
    const problems = checkFormSet(set);
    expect(problems.map((p) => p.place?.cell)).toEqual([
      'districtSentences[0].template',
      'districtSentences[1].template',
      'districtSentences[1].template',
      'districtSentences[1].template',
      'districtSentences[1].template',
    ]);
    expect(problems.map((p) => p.message.replace(/^Câu văn tổng hợp thứ \d \(Biểu mẫu 3\): Câu: /u, ''))).toEqual([
      expect.stringContaining('ký tự thứ'),
      'dùng {b} nhưng Dòng chỉ có một dòng.',
      'không có giá trị {c}; câu văn tổng hợp chỉ dùng {a}, {b} (các tổng), {r} (tỷ lệ) và {va} (so sánh tổng thứ nhất với cùng kỳ).',
      'dùng {r} nhưng chưa ghi Tỷ lệ.',
      '{a} chỉ được in ra như viết, hoặc chọn lời bằng select.',
    ]);
  });

  it('says each problem at its cell of the workbook when read from one', () => {
    const set = edited((s) => {
      s.districtSentences = [district(), district({ ratio: '3.3.1' })];
    });
    const where = {
      identity: () => null,
      form: () => null,
      row: () => null,
      rule: () => null,
      sentence: () => null,
      districtSentence: (i: number, field: string) => ({ sheet: 'Câu văn tổng hợp', cell: `${field === 'ratio' ? 'C' : 'Z'}${i + 2}` }),
    };
    expect(checkFormSet(set, where)).toEqual([
      {
        place: { sheet: 'Câu văn tổng hợp', cell: 'C3' },
        message: 'Câu văn tổng hợp, dòng 3 (Biểu mẫu 3): Tỷ lệ “3.3.1” là dòng loại “số”, không phải loại “tỷ lệ”.',
      },
    ]);
  });
});

describe('checkFormSet with the template engine (no checker given)', () => {
  it('names a template argument the engine does not supply, at the Câu of that sentence', () => {
    const set = { ...BUILTIN_SET, id: 'thu-nghiem', sentences: [{ section: 'II.2.c', order: 1, form: 3, rows: ['3.3.1', '3.3.2'], template: 'Đã giải quyết {a} hồ sơ, đúng hạn {c}.' }] };
    const problems = checkFormSet(set);
    expect(problems.map((p) => p.place?.cell)).toEqual(['sentences[0].template']);
    expect(problems[0]?.message).toContain('{c}');
  });

  it('passes every sentence of the built-in set (its 38 templates)', () => {
    expect(BUILTIN_SET.sentences).toHaveLength(38);
    expect(checkFormSet(BUILTIN_SET)).toEqual([]);
  });
});

describe('an edited set under the built-in set\u2019s id', () => {
  it('is refused at its Mã bộ biểu mẫu: its workbooks would be read as the built-in set', () => {
    const set = { ...structuredClone(BUILTIN_SET), name: 'Bộ của tỉnh' };
    expect(checkFormSet(set)).toEqual([
      problem('id', 'Thông tin (Mã bộ biểu mẫu): “cchc-xa-2023” là mã của bộ biểu mẫu có sẵn, mà bộ này đã khác bộ có sẵn: hãy đặt mã riêng của tỉnh (ví dụ: hai-phong-2026), nếu không các sổ lập theo bộ này sẽ bị đọc như bộ có sẵn.'),
    ]);
  });

  it('is the built-in set itself when nothing differs, whatever the order of its fields', () => {
    const reordered = Object.fromEntries(Object.entries(structuredClone(BUILTIN_SET)).reverse()) as unknown as typeof BUILTIN_SET;
    expect(checkFormSet(reordered)).toEqual([]);
  });
});

describe('Tên chỉ tiêu chính', () => {
  it('belongs to a key ratio only', () => {
    const set = edited((s) => {
      row(s, 3, '3.4').keyRatioName = 'Tỷ lệ giải quyết phản ánh, kiến nghị';
    });
    expect(checkFormSet(set).map((p) => [p.place?.cell, p.message])).toEqual([
      ['forms[2].rows[10].keyRatioName', 'Chỉ tiêu (Biểu mẫu 3, mã 3.4): Tên chỉ tiêu chính chỉ dùng cho dòng có Chỉ tiêu chính.'],
    ]);
  });
});

