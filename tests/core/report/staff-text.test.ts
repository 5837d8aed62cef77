import { splitStaffText } from '../../../src/core/report/staff-text';

describe('splitStaffText', () => {
  it('splits paragraphs on blank lines and joins the lines within one', () => {
    expect(splitStaffText('Dòng một\ntiếp dòng một.\n\n  Đoạn hai.  \r\n\r\nĐoạn ba.')).toEqual([
      { kind: 'paragraph', marker: '', text: 'Dòng một tiếp dòng một.' },
      { kind: 'paragraph', marker: '', text: 'Đoạn hai.' },
      { kind: 'paragraph', marker: '', text: 'Đoạn ba.' },
    ]);
  });

  it('makes each "- ", "+ " or "• " line a list item, continuation lines included', () => {
    expect(splitStaffText('Gồm:\n- thứ nhất\n  còn tiếp;\n+ thứ hai;\n• thứ ba.')).toEqual([
      { kind: 'paragraph', marker: '', text: 'Gồm:' },
      { kind: 'list-item', marker: '-', text: 'thứ nhất còn tiếp;' },
      { kind: 'list-item', marker: '+', text: 'thứ hai;' },
      { kind: 'list-item', marker: '-', text: 'thứ ba.' },
    ]);
  });

  it('drops empty text and a lone ellipsis left from a template', () => {
    expect(splitStaffText(undefined)).toEqual([]);
    expect(splitStaffText('  \n\n ')).toEqual([]);
    expect(splitStaffText('…')).toEqual([]);
    expect(splitStaffText('...\n\nCó nội dung.')).toEqual([{ kind: 'paragraph', marker: '', text: 'Có nội dung.' }]);
  });

  it('normalises to NFC', () => {
    const decomposed = 'Hòa'.normalize('NFD');
    expect(splitStaffText(decomposed)[0]?.text).toBe('Hòa'.normalize('NFC'));
  });

  it('keeps a hyphen inside a word or a negative-looking line without a space', () => {
    expect(splitStaffText('-5 là số âm')).toEqual([{ kind: 'paragraph', marker: '', text: '-5 là số âm' }]);
  });
});
