// Which set a district's files are totalled by, this year's and last year's alike: decided from all of them, whatever their
// order, and a file of another set rejected in the words of its year (last year's: not "the set being consolidated").
import { byMostFollowedSet, mostFollowedSet, setsWithCarried, type OwnSetRead } from '../../../src/core/aggregate/most-followed-set';
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

  it('a tie goes to the set of the first readable file; none readable: none', () => {
    expect(mostFollowedSet([read('x', null), read('a', TEST_SET_V2), read('b', TEST_SET)])).toBe(TEST_SET_V2);
    expect(mostFollowedSet([read('b', TEST_SET), read('a', TEST_SET_V2)])).toBe(TEST_SET);
    expect(mostFollowedSet([read('x', null)])).toBeNull();
    expect(mostFollowedSet([])).toBeNull();
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
