// A province changes a sentence without code: the engine reads whatever templates the set holds, with the same facts and lists.
import type { SetSentence } from '../../../../src/core/forms/form-set';
import { sentenceContext } from '../../../../src/core/report/body';
import { buildCatalogue, type FormCatalogue } from '../../../../src/core/forms/build-catalogue';
import { BUILTIN_CATALOGUE, BUILTIN_SET } from '../../../../src/core/forms/builtin';
import { generateSentences } from '../../../../src/core/report/generate-sentences';
import { withData } from '../fixtures';

const data = withData({ forms: { '1': { '1': 12, '4.1': 10, '4.2': 6, '4.3': 0, '4.4': 1 } } });
const ctx = sentenceContext(data);
const only = (s: Partial<SetSentence> & Pick<SetSentence, 'rows' | 'template'>): readonly SetSentence[] => [{ section: 'I.1', order: 1, form: 1, ...s }];
/** The built-in set with these sentences instead of its own. */
const withSentences = (sentences: readonly SetSentence[]): FormCatalogue => buildCatalogue({ ...BUILTIN_SET, sentences });

describe('a set of its own', () => {
  it('says what its template says, with the figure in Vietnamese notation and the context filled in', () => {
    const set = only({ rows: ['1'], template: '{ubnd} ban hành {a} văn bản {within}, năm {year}' });
    expect(generateSentences(withData({ forms: { '1': { '1': 1234 } } }), 'I.1', ctx, withSentences(set))).toEqual(['UBND xã ban hành 1.234 văn bản trong 6 tháng đầu năm, năm 2026.']);
  });

  it('chooses words by a row being zero, one, or more, and names an empty row at the end', () => {
    const set = only({ rows: ['1'], template: '{a_is, select, zero {chưa ban hành văn bản nào} one {ban hành một văn bản} other {ban hành {a} văn bản}}' });
    const say = (n: number | null): readonly string[] => generateSentences(withData({ forms: { '1': { '1': n } } }), 'I.1', ctx, withSentences(set));
    expect([say(0), say(1), say(7)]).toEqual([['Chưa ban hành văn bản nào.'], ['Ban hành một văn bản.'], ['Ban hành 07 văn bản.']]);
    expect(say(null)).toEqual(['Chưa có số liệu thống kê cho nội dung này (Biểu mẫu 1).']);
  });

  it('lists the rows its selects keep, Vietnamese style, and computes what is left of a whole', () => {
    const set = only({
      section: 'I.5',
      rows: ['4.1', '4.2', '4.3', '4.4'],
      template:
        'được giao {a} nhiệm vụ, trong đó <and>{b_is, select, zero {} other {{b} đúng hạn}}|{c_is, select, zero {} other {{c} quá hạn}}|{d_is, select, zero {} other {{d} chưa xong}}|{rest_is, select, zero {} other {{rest} đang làm}}</and>',
    });
    expect(generateSentences(data, 'I.5', ctx, withSentences(set))).toEqual(['Được giao 10 nhiệm vụ, trong đó 06 đúng hạn, 01 chưa xong và 03 đang làm.']);
  });

  it('reads a ratio and a part of a whole, and joins clauses of one sentence with their joiner', () => {
    const set: readonly SetSentence[] = [
      { section: 'I.2', order: 1, form: 1, rows: ['2.1', '2.2', '2'], template: '{b_of_a, select, all {xong cả} none {chưa xong gì} other {đạt {c}%}}' },
      { section: 'I.2', order: 1, form: 1, rows: ['1'], template: 'kèm {a} văn bản', joiner: ' — ' },
    ];
    const say = (done: number): readonly string[] => generateSentences(withData({ forms: { '1': { '2.1': 40, '2.2': done } } }), 'I.2', ctx, withSentences(set));
    expect([say(40), say(0), say(27)]).toEqual([['Xong cả — kèm 12 văn bản.'], ['Chưa xong gì — kèm 12 văn bản.'], ['Đạt 67,5% — kèm 12 văn bản.']]);
  });

  it('keeps a "|" in a name a list joins (a unit may hold one)', () => {
    const set = only({ rows: ['1'], template: '<and>{superior}|{a} văn bản</and>' });
    expect(generateSentences(data, 'I.1', { ...ctx, superior: 'A|B' }, withSentences(set))).toEqual(['A|B và 12 văn bản.']);
  });

  it('the built-in set holds every sentence of the report as a template, no code', () => {
    expect(BUILTIN_CATALOGUE.sentences).toHaveLength(38);
    expect(new Set(BUILTIN_CATALOGUE.sentences.map((s) => s.section)).size).toBe(12);
  });
});
