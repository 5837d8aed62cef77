// What the office supplies beside the communes' files: its text of parts IV–VI and the list of the communes expected.
import { parseExpectedList, parseOfficeText } from '../../../src/core/report/office-inputs';

describe('parseOfficeText', () => {
  it('takes the three parts, a text or a list of paragraphs, each optional', () => {
    expect(parseOfficeText({ assessment: 'Đánh giá.', proposals: ['Đoạn một.', 'Đoạn hai.'] })).toEqual({
      ok: true,
      value: { assessment: 'Đánh giá.', proposals: 'Đoạn một.\n\nĐoạn hai.' },
    });
    expect(parseOfficeText({})).toEqual({ ok: true, value: {} });
  });

  it('names an unknown field and a part that is not text, and refuses what is not an object', () => {
    const r = parseOfficeText({ assesment: 'x', tasks: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual(['trường không được hỗ trợ: assesment (chỉ có: assessment, tasks, proposals)', 'trường tasks phải là một đoạn văn bản hoặc danh sách các đoạn']);
    expect(parseOfficeText(['x']).ok).toBe(false);
  });
});

describe('parseExpectedList', () => {
  it('reads one commune a line: blank lines, comments, a BOM and repeats (with or without the kind) left out; NFD typed names made NFC', () => {
    const r = parseExpectedList('\uFEFF# Danh sách\r\nxã Hòa Phong\n\n  phường   Lê Chân \nHòa Phong\nXÃ HÒA PHONG\nxa\u0303 Tịnh Kỳ'.normalize('NFC').replace('Tịnh', 'Ti\u0323nh'));
    expect(r).toEqual({ ok: true, value: ['xã Hòa Phong', 'phường Lê Chân', 'xã Tịnh Kỳ'] });
  });

  it('refuses a list with no commune', () => {
    expect(parseExpectedList('# chỉ có chú thích\n\n').ok).toBe(false);
  });
});
