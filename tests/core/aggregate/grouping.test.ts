// Screening: one file per commune, one period and year; every other file rejected with its reason, all in one pass.
import { comparableWith } from '../../../src/core/aggregate/screened-totals';
import { screenFiles, type Candidate, type GroupedUnit, type RejectedFile } from '../../../src/core/aggregate/grouping';

const unit = (file: string, unitName: string, extra: Partial<GroupedUnit['meta']> = {}): Candidate => ({
  file,
  unit: { file, meta: { unit: unitName, unitKind: 'xã', period: 'H1', year: 2026, ...extra } },
});
const bad = (file: string, kind: RejectedFile['kind'], reason: string): Candidate => ({ file, rejected: { file, kind, unit: null, reason, details: [] } });

describe('screenFiles', () => {
  it('groups communes of one period, in the order given, rejecting none', () => {
    const s = screenFiles([unit('a.json', 'Hòa Phong'), unit('b.xlsx', 'Hòa Bình', { unitKind: 'phường' })]);
    expect(s.rejected).toEqual([]);
    expect(s.notes).toEqual([]);
    expect(s.grouping?.period).toBe('H1');
    expect(s.grouping?.year).toBe(2026);
    expect(s.grouping?.units.map((u) => u.file)).toEqual(['a.json', 'b.xlsx']);
    expect(s.units).toBe(2);
  });

  it('rejects every file of a commune given twice — NFD (Unikey on macOS), case and spacing are the same commune — and counts it once', () => {
    const nfd = 'Hòa Phong'.normalize('NFD');
    expect(nfd).not.toBe('Hòa Phong');
    const s = screenFiles([unit('a.json', 'Hòa Phong'), unit('b.json', 'Tịnh Kỳ'), unit('c.xlsx', ' hòa  PHONG '), unit('d.json', nfd)]);
    expect(s.rejected.map((r) => [r.file, r.kind])).toEqual([
      ['a.json', 'duplicate'],
      ['c.xlsx', 'duplicate'],
      ['d.json', 'duplicate'],
    ]);
    expect(s.rejected[0]?.reason).toContain('xã Hòa Phong');
    expect(s.rejected[0]?.reason).toContain('a.json, c.xlsx, d.json');
    expect(s.grouping?.units.map((u) => u.file)).toEqual(['b.json']);
    expect(s.units).toBe(2);
  });

  it('takes "Hoà Phong" (the tone on the a) for the same commune as "Hòa Phong" (on the o): a duplicate, not two communes', () => {
    const s = screenFiles([unit('a.json', 'Hòa Phong'), unit('b.json', 'Hoà Phong')]);
    expect(s.rejected.map((r) => [r.file, r.kind])).toEqual([
      ['a.json', 'duplicate'],
      ['b.json', 'duplicate'],
    ]);
    expect(s.units).toBe(1);
  });

  it('treats a xã and a phường of the same name as two units', () => {
    expect(screenFiles([unit('a.json', 'An Phú'), unit('b.json', 'An Phú', { unitKind: 'phường' })]).rejected).toEqual([]);
  });

  it('keeps the period most files have and rejects the others, each with its own period; the note lists which file has which', () => {
    const s = screenFiles([unit('a.json', 'A', { period: 'Q3' }), unit('b.json', 'B'), unit('c.json', 'C', { year: 2025 }), unit('d.json', 'D')]);
    expect(s.grouping?.period).toBe('H1');
    expect(s.grouping?.units.map((u) => u.file)).toEqual(['b.json', 'd.json']);
    expect(s.rejected.map((r) => [r.file, r.kind])).toEqual([
      ['a.json', 'other-period'],
      ['c.json', 'other-period'],
    ]);
    expect(s.rejected[0]?.reason).toBe('số liệu kỳ Quý III năm 2026, khác kỳ đang tổng hợp (6 tháng đầu năm 2026).');
    const note = s.notes.join('\n');
    expect(note).toContain('6 tháng đầu năm 2026: b.json, d.json');
    expect(note).toContain('Quý III năm 2026: a.json');
    expect(note).toContain('6 tháng đầu năm 2025: c.json');
  });

  it('a tie of periods goes to the latest, whatever the order of the files; the same commune in two periods is a period problem, not a duplicate', () => {
    for (const files of [
      [unit('a.json', 'A'), unit('b.json', 'A', { period: 'Y' })],
      [unit('b.json', 'A', { period: 'Y' }), unit('a.json', 'A')],
    ]) {
      const s = screenFiles(files);
      expect(s.grouping?.units.map((u) => u.file)).toEqual(['b.json']);
      expect(s.rejected.map((r) => [r.file, r.kind])).toEqual([['a.json', 'other-period']]);
      expect(s.ties).toEqual([
        'Các kỳ 6 tháng đầu năm 2026 và Năm 2026 có số tệp bằng nhau (mỗi kỳ 1 tệp): tổng hợp kỳ gần nhất, Năm 2026 (tệp kỳ cũ hơn thường là tệp còn sót lại), dù các tệp được đưa vào theo thứ tự nào.',
      ]);
      // Said after the line listing which file has which period.
      expect(s.notes).toHaveLength(2);
      expect(s.notes[1]).toBe(s.ties[0]);
    }
  });

  it('a tie of periods: the year first, then Q1 < H1 < Q3 < Y; only the tied periods named, the earliest first', () => {
    const files = [
      unit('a.json', 'A', { period: 'Y', year: 2025 }),
      unit('b.json', 'B', { period: 'Q1', year: 2026 }),
      unit('c.json', 'C', { period: 'Y', year: 2025 }),
      unit('d.json', 'D', { period: 'Q1', year: 2026 }),
      unit('e.json', 'E', { period: 'Q3', year: 2026 }),
    ];
    const orders = [files, [...files].reverse(), [files[2]!, files[4]!, files[1]!, files[0]!, files[3]!]];
    const runs = orders.map((o) => screenFiles(o));
    for (const s of runs) {
      expect(s.grouping?.period).toBe('Q1');
      expect(s.grouping?.year).toBe(2026);
      expect(s.grouping?.units.map((u) => u.file).sort()).toEqual(['b.json', 'd.json']);
      expect(s.rejected.map((r) => r.file).sort()).toEqual(['a.json', 'c.json', 'e.json']);
      expect(s.ties).toEqual([
        'Các kỳ Năm 2025 và Quý I năm 2026 có số tệp bằng nhau (mỗi kỳ 2 tệp): tổng hợp kỳ gần nhất, Quý I năm 2026 (tệp kỳ cũ hơn thường là tệp còn sót lại), dù các tệp được đưa vào theo thứ tự nào.',
      ]);
    }
  });

  it('last year’s files (`wanted`): a tie goes to a period this year’s can be compared with before a later one, said in last year’s words', () => {
    const wanted = comparableWith({ period: 'H1', year: 2026 });
    const files = [unit('a.json', 'A', { year: 2025 }), unit('b.json', 'B', { period: 'Y', year: 2025 }), unit('c.json', 'C', { period: 'H1', year: 2026 })];
    for (const order of [files, [...files].reverse()]) {
      const s = screenFiles(order, [], wanted);
      expect([s.grouping?.period, s.grouping?.year]).toEqual(['H1', 2025]);
      expect(s.ties).toEqual([
        'Các tệp năm trước thuộc các kỳ 6 tháng đầu năm 2025, Năm 2025 và 6 tháng đầu năm 2026 có số tệp bằng nhau (mỗi kỳ 1 tệp): so sánh với 6 tháng đầu năm 2025, cùng kỳ của kỳ đang tổng hợp, dù các tệp được đưa vào theo thứ tự nào.',
      ]);
      // Without `wanted`, the latest.
      expect([screenFiles(order).grouping?.period, screenFiles(order).grouping?.year]).toEqual(['H1', 2026]);
    }
    // No tied period can be compared: the latest, in this year's words (lastYearTotals then says which period it wants).
    const none = screenFiles([unit('b.json', 'B', { period: 'Y', year: 2025 }), unit('d.json', 'D', { period: 'Q3', year: 2025 })], [], wanted);
    expect([none.grouping?.period, none.grouping?.year]).toEqual(['Y', 2025]);
    expect(none.ties[0]).toContain('tổng hợp kỳ gần nhất, Năm 2025');
  });

  it('no tie: no tie line; a tie of the form set (byMostFollowedSet) is said first among the notes', () => {
    const mixed = [unit('a.json', 'A', { period: 'Q3' }), unit('b.json', 'B'), unit('d.json', 'D')];
    expect(screenFiles(mixed).ties).toEqual([]);
    expect(screenFiles(mixed).notes).toHaveLength(1);
    const s = screenFiles(mixed, ['bộ biểu mẫu: hòa']);
    expect(s.ties).toEqual(['bộ biểu mẫu: hòa']);
    expect(s.notes[0]).toBe('bộ biểu mẫu: hòa');
    expect(s.notes).toHaveLength(2);
    expect(screenFiles([unit('a.json', 'A')], ['bộ biểu mẫu: hòa']).notes).toEqual(['bộ biểu mẫu: hòa']);
  });

  it('keeps the rejections made while reading, in the order given, with the others', () => {
    const s = screenFiles([bad('x.xlsx', 'unreadable', 'tệp hỏng'), unit('a.json', 'A'), bad('e.json', 'errors', 'số liệu còn 1 lỗi.'), unit('b.json', 'A')]);
    expect(s.rejected.map((r) => [r.file, r.kind])).toEqual([
      ['x.xlsx', 'unreadable'],
      ['a.json', 'duplicate'],
      ['e.json', 'errors'],
      ['b.json', 'duplicate'],
    ]);
    expect(s.grouping).toBeNull();
    expect(s.readable).toBe(3);
    expect(s.units).toBe(3);
  });

  it('nothing readable: no grouping, readable 0', () => {
    const s = screenFiles([bad('x.xlsx', 'unreadable', 'tệp hỏng')]);
    expect(s.grouping).toBeNull();
    expect(s.readable).toBe(0);
    expect(screenFiles([]).grouping).toBeNull();
  });
});
