// What the office supplies beside the communes' files: its text of parts IV–VI and the list of the communes expected.
import { expectedWithList, isEntryOf, parseExpectedList, parseOfficeText } from '../../../src/core/report/office-inputs';

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
  it('reads one commune a line: blank lines, comments, a BOM and repeats left out; NFD typed names made NFC', () => {
    const r = parseExpectedList('\uFEFF# Danh sách\r\nxã Hòa Phong\n\n  phường   Lê Chân \nHòa Phong\nXÃ HÒA PHONG\nxa\u0303 Tịnh Kỳ'.normalize('NFC').replace('Tịnh', 'Ti\u0323nh'));
    expect(r).toEqual({ ok: true, value: ['xã Hòa Phong', 'phường Lê Chân', 'Hòa Phong', 'xã Tịnh Kỳ'] });
  });

  it('refuses a list with no commune', () => {
    expect(parseExpectedList('# chỉ có chú thích\n\n').ok).toBe(false);
  });
});

describe('the list against the communes the files stand for', () => {
  it('matches an entry with or without the kind, in any case', () => {
    expect(isEntryOf('Hòa Phong', 'xã Hòa Phong')).toBe(true);
    expect(isEntryOf('XÃ HÒA PHONG', 'xã Hòa Phong')).toBe(true);
    expect(isEntryOf('Thị trấn Tịnh Hà', 'thị trấn Tịnh Hà')).toBe(true);
    expect(isEntryOf('Tịnh Hà', 'thị trấn Tịnh Hà')).toBe(true);
    expect(isEntryOf('Hòa Phong', 'xã Hòa Phú')).toBe(false);
  });

  it('counts the listed communes and those the list lacks, named once', () => {
    expect(expectedWithList(['xã Hòa Phong', 'Tịnh Kỳ'], ['xã Hòa Phong', 'xã Nghĩa Kỳ', 'xã nghĩa  kỳ'])).toEqual({ expected: 3, notListed: ['xã Nghĩa Kỳ'] });
  });
});
