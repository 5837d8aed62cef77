// The communes expected when the office lists them: one rule for `--expected-list`, the pane's list and Sheets' Danh sách đơn vị.
import { unreadableCandidate } from '../../../src/core/aggregate/candidate';
import { expectedCommunes, isEntryOf, listedCommunes } from '../../../src/core/aggregate/expected-communes';
import type { Candidate } from '../../../src/core/aggregate/grouping';
import type { UnitKind } from '../../../src/core/data/types';
import { commune } from './sample-units';

const reported = (file: string, unit: string, unitKind: UnitKind = 'xã'): Candidate => ({ file, unit: { file, meta: commune({ unit, unitKind }).meta } });

describe('the list against the communes the files stand for', () => {
  it('matches an entry with or without the kind, in any case', () => {
    expect(isEntryOf('Hòa Phong', 'xã Hòa Phong')).toBe(true);
    expect(isEntryOf('XÃ HÒA PHONG', 'xã Hòa Phong')).toBe(true);
    expect(isEntryOf('Thị trấn Tịnh Hà', 'thị trấn Tịnh Hà')).toBe(true);
    expect(isEntryOf('Tịnh Hà', 'thị trấn Tịnh Hà')).toBe(true);
    expect(isEntryOf('Hòa Phong', 'xã Hòa Phú')).toBe(false);
  });

  it('lists each commune once: blank entries, repeats in any case or spacing, and a bare name the list also has with its kind', () => {
    expect(listedCommunes(['xã Hòa Phong', '', '  ', 'Hòa  Phong', 'XÃ HÒA PHONG', 'Tịnh Kỳ', 'xã Tịnh Kỳ', 'phường Tịnh Kỳ'])).toEqual(['xã Hòa Phong', 'xã Tịnh Kỳ', 'phường Tịnh Kỳ']);
  });

  it('counts the listed communes and those the list lacks, named once', () => {
    const files = [reported('a.json', 'Hòa Phong'), reported('b.json', 'Nghĩa Kỳ'), reported('c.json', 'nghĩa  kỳ')];
    expect(expectedCommunes(['xã Hòa Phong', 'Tịnh Kỳ'], files)).toEqual({ listed: ['xã Hòa Phong', 'Tịnh Kỳ'], notListed: ['xã Nghĩa Kỳ'], expected: 3 });
  });

  it('a file stands for the commune its data names, never for its name or the row it was read for; a file naming none adds none', () => {
    // Sheets: the row "Hòa Phong" whose spreadsheet is Tịnh Kỳ's; the row "Kim Sơn" whose spreadsheet cannot be read.
    const files = [reported('Hòa Phong', 'Tịnh Kỳ'), unreadableCandidate('Kim Sơn', 'không mở được')];
    expect(expectedCommunes(['Hòa Phong', 'Kim Sơn'], files)).toEqual({ listed: ['Hòa Phong', 'Kim Sơn'], notListed: ['xã Tịnh Kỳ'], expected: 3 });
  });
});
