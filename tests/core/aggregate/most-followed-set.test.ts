// Which set a district's files are totalled by, this year's and last year's alike: decided from all of them, whatever their
// order, and a file of another set rejected in the words of its year (last year's: not "the set being consolidated").
import { byMostFollowedSet, compareTiedSets, mostFollowedSet, readAgainByCarried, readAgainUnread, setsWithCarried, setTieLines, type OwnSetRead } from '../../../src/core/aggregate/most-followed-set';
import { unreadableCandidate } from '../../../src/core/aggregate/candidate';
import { BUILTIN_SET } from '../../../src/core/forms/builtin';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import { commune } from './sample-units';
import { TEST_SET, TEST_SET_V2 } from '../../fixtures/form-sets/test-set';

/** A file read by `set` (null: unreadable), accepted as the commune `unit`. */
function read(file: string, set: FormSetDef | null, unit = file): OwnSetRead {
  if (set === null) return { candidate: unreadableCandidate(file, 'không đọc được.'), forms: null, set: null };
  const data = commune({ unit, year: 2025 });
  return { candidate: { file, unit: { file, meta: data.meta, rowsReported: 1 } }, forms: data.forms, set };
}

describe('mostFollowedSet', () => {
  it('is the set most readable files follow, whatever their order', () => {
    const reads = [read('a', TEST_SET_V2), read('b', TEST_SET), read('c', null), read('d', TEST_SET)];
    expect(mostFollowedSet(reads)).toBe(TEST_SET);
    expect(mostFollowedSet([...reads].reverse())).toBe(TEST_SET);
    expect(mostFollowedSet([reads[1]!, reads[3]!, reads[0]!])).toBe(TEST_SET);
  });

  it('a tie goes to the newer version of the same code, whatever the order of the files; none readable: none', () => {
    expect(mostFollowedSet([read('x', null), read('a', TEST_SET_V2), read('b', TEST_SET)])).toBe(TEST_SET_V2);
    expect(mostFollowedSet([read('b', TEST_SET), read('x', null), read('a', TEST_SET_V2)])).toBe(TEST_SET_V2);
    expect(mostFollowedSet([read('x', null)])).toBeNull();
    expect(mostFollowedSet([])).toBeNull();
  });

  it('a tie between codes goes to the first code in alphabetical order (“cchc-xa-2023” before “thu-nghiem”), whatever the order', () => {
    const reads = [read('a', TEST_SET), read('b', BUILTIN_SET), read('c', TEST_SET_V2), read('d', BUILTIN_SET), read('e', TEST_SET)];
    expect(mostFollowedSet(reads)).toBe(BUILTIN_SET);
    expect(mostFollowedSet([...reads].reverse())).toBe(BUILTIN_SET);
  });
});

describe('compareTiedSets', () => {
  const set = (id: string, version: number): FormSetDef => ({ ...TEST_SET, id, version });
  it('orders by code as a person reads it (case aside), then the newer version first', () => {
    const sets = [set('b', 1), set('A', 3), set('a', 2), set('a', 5), set('B', 1), set('a-2', 1)];
    expect([...sets].sort(compareTiedSets).map((s) => `${s.id}:${s.version}`)).toEqual(['A:3', 'a:5', 'a:2', 'a-2:1', 'B:1', 'b:1']);
    expect([...sets].reverse().sort(compareTiedSets)).toEqual([...sets].sort(compareTiedSets));
  });
});

describe('setTieLines', () => {
  it('says which sets tied, with how many files each, and which was chosen, in the words of the year; the host’s hint after', () => {
    const reads = [read('a', TEST_SET), read('b', BUILTIN_SET), read('c', TEST_SET_V2), read('d', TEST_SET)];
    const line =
      'Các tệp theo các bộ biểu mẫu “thu-nghiem” phiên bản 2 và “thu-nghiem” phiên bản 1 có số tệp bằng nhau (mỗi bộ 2 tệp): tổng hợp theo bộ “thu-nghiem” phiên bản 2, bộ có mã đứng trước theo thứ tự chữ cái (cùng mã thì phiên bản mới hơn), dù các tệp được đưa vào theo thứ tự nào.';
    expect(setTieLines([...reads, read('e', TEST_SET_V2)], 'this')).toEqual([line]);
    expect(setTieLines([read('e', TEST_SET_V2), ...[...reads].reverse()], 'this', 'Dùng --forms.')).toEqual([`${line} Dùng --forms.`]);
    expect(setTieLines([...reads, read('e', TEST_SET_V2)], 'last')).toEqual([
      'Các tệp năm trước theo các bộ biểu mẫu “thu-nghiem” phiên bản 2 và “thu-nghiem” phiên bản 1 có số tệp bằng nhau (mỗi bộ 2 tệp): các tệp năm trước được tổng hợp theo bộ “thu-nghiem” phiên bản 2, bộ có mã đứng trước theo thứ tự chữ cái (cùng mã thì phiên bản mới hơn), dù các tệp được đưa vào theo thứ tự nào.',
    ]);
  });

  it('says nothing without a tie', () => {
    expect(setTieLines([read('a', TEST_SET), read('b', BUILTIN_SET), read('d', TEST_SET)], 'this', 'Dùng --forms.')).toEqual([]);
    expect(setTieLines([read('a', TEST_SET)], 'this')).toEqual([]);
    expect(setTieLines([read('x', null)], 'this')).toEqual([]);
  });
});
/** The rejection of lap.json (Phú Lâm, version 2) when the files are totalled by version 1, for `reason`. */
const lapRejected = (reason: string) => ({ file: 'lap.json', rejected: { file: 'lap.json', kind: 'other-set', unit: 'xã Phú Lâm', reason, details: [] } });

describe('byMostFollowedSet', () => {
  it('last year’s: rejects a file of another set naming both sets as last year’s, keeps the others’ forms, in the order given', () => {
    const reads = [read('lap.json', TEST_SET_V2, 'Phú Lâm'), read('hoa.xlsx', TEST_SET), read('hong.json', null), read('tan.json', TEST_SET)];
    const r = byMostFollowedSet(reads, 'last');
    expect(r.set).toBe(TEST_SET);
    expect(r.candidates.map((c) => c.file)).toEqual(['lap.json', 'hoa.xlsx', 'hong.json', 'tan.json']);
    expect(r.candidates[0]).toEqual(
      lapRejected('số liệu theo bộ biểu mẫu “thu-nghiem” phiên bản 2, khác bộ biểu mẫu mà các tệp năm trước được tổng hợp theo (“thu-nghiem” phiên bản 1).'),
    );
    expect(r.candidates[1]).toBe(reads[1]!.candidate);
    expect(r.candidates[2]).toBe(reads[2]!.candidate);
    expect([...r.forms.keys()]).toEqual(['hoa.xlsx', 'tan.json']);
    expect(r.totalled).toEqual([reads[1], reads[3]]);
  });

  it('this year’s: the same set and files whatever their order, one of another set rejected as not of the set being consolidated', () => {
    const reads = [read('lap.json', TEST_SET_V2, 'Phú Lâm'), read('hoa.xlsx', TEST_SET), read('hong.json', null), read('tan.json', TEST_SET)];
    const r = byMostFollowedSet(reads, 'this');
    expect(r.set).toBe(TEST_SET);
    expect(r.candidates[0]).toEqual(lapRejected('số liệu theo bộ biểu mẫu “thu-nghiem” phiên bản 2, khác bộ biểu mẫu đang tổng hợp (“thu-nghiem” phiên bản 1).'));
    const reversed = byMostFollowedSet([...reads].reverse(), 'this');
    expect(reversed.set).toBe(TEST_SET);
    expect([...reversed.candidates].reverse()).toEqual(r.candidates);
    expect([...reversed.forms.keys()].sort()).toEqual([...r.forms.keys()].sort());
  });

  it('a tie: the same set, the same rejections and the tie line whatever the order of the files; no line without a tie', () => {
    const reads = [read('lap.json', TEST_SET_V2, 'Phú Lâm'), read('hoa.xlsx', TEST_SET), read('hong.json', null), read('tan.json', TEST_SET), read('son.json', TEST_SET_V2, 'Sơn Hà')];
    const r = byMostFollowedSet(reads, 'this', 'Dùng --forms.');
    const reversed = byMostFollowedSet([...reads].reverse(), 'this', 'Dùng --forms.');
    expect(r.set).toBe(TEST_SET_V2);
    expect(reversed.set).toBe(TEST_SET_V2);
    expect([...reversed.candidates].reverse()).toEqual(r.candidates);
    expect(r.candidates.filter((c) => 'rejected' in c).map((c) => c.file)).toEqual(['hoa.xlsx', 'hong.json', 'tan.json']);
    expect([...reversed.forms.keys()].sort()).toEqual(['lap.json', 'son.json']);
    expect(r.ties).toHaveLength(1);
    expect(r.ties[0]).toMatch(/tổng hợp theo bộ “thu-nghiem” phiên bản 2, .* Dùng --forms\.$/);
    expect(reversed.ties).toEqual(r.ties);
    expect(byMostFollowedSet(reads.slice(0, 4), 'this', 'Dùng --forms.').ties).toEqual([]);
  });

  it('the built-in set is told apart from another like any other', () => {
    const r = byMostFollowedSet([read('a', BUILTIN_SET), read('b', TEST_SET), read('c', BUILTIN_SET)], 'last');
    expect(r.set).toBe(BUILTIN_SET);
    expect(r.candidates[1]).toMatchObject({ rejected: { kind: 'other-set', reason: expect.stringContaining('khác bộ biểu mẫu mà các tệp năm trước được tổng hợp theo') } });
  });
});

describe('setsWithCarried', () => {
  it('adds the sets the files were read by that the known ones lack, once each', () => {
    expect(setsWithCarried([TEST_SET_V2], [read('a', TEST_SET), read('b', null), read('c', TEST_SET), read('d', TEST_SET_V2)])).toEqual([TEST_SET_V2, TEST_SET]);
    expect(setsWithCarried([TEST_SET_V2], [read('a', null)])).toEqual([TEST_SET_V2]);
  });
});

describe('readAgainUnread, readAgainByCarried', () => {
  const final = (file: string): OwnSetRead => ({ ...read(file, null), final: true });
  it('read again each file no set could read, but never one no set ever reads (final), in order', async () => {
    const reads = [read('a', TEST_SET), read('b', null), final('c'), read('d', null)];
    const asked: number[] = [];
    const again = await readAgainUnread(reads, async (r, i) => {
      asked.push(i);
      return read(r.candidate.file, TEST_SET);
    });
    expect(asked).toEqual([1, 3]);
    expect(again.map((r) => r.set)).toEqual([TEST_SET, TEST_SET, null, TEST_SET]);
    expect(again[2]).toBe(reads[2]);
    const carried: string[] = [];
    await readAgainByCarried(reads, [], async (r, _i, sets) => {
      carried.push(`${r.candidate.file}:${sets.length}`);
      return r;
    });
    expect(carried).toEqual(['b:1', 'd:1']);
  });
});
