// The data sets the golden-text tests read: the sample and five variations communes often send.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { isInputRow } from '../../../src/core/forms/types';
import type { FormValues, ReportData } from '../../../src/core/data/types';
import { withData } from './fixtures';

type Forms = Readonly<Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', FormValues>>>;

/** Every input row of every form set to 0 (codes too: "Không", "Chưa"). */
function allZeros(): Forms {
  const out: Record<string, Record<string, number>> = {};
  for (const f of BUILTIN_CATALOGUE.forms) out[`${f.number}`] = Object.fromEntries(f.rows.filter(isInputRow).map((r) => [r.key, 0]));
  return out;
}

export const GOLDEN_DATA: Readonly<Record<string, () => ReportData>> = {
  sample: () => withData({}),
  allZeros: () => withData({ forms: allZeros(), replaceForms: true }),
  /** Each whole 0 and its parts left empty, as a commune with nothing to report often leaves them. */
  zeroWholesEmptyParts: () =>
    withData({
      forms: {
        '1': { '2.1': 0, '2.2': null, '3.1': 0, '3.2.1': 0, '3.2.2': null, '4.1': 0, '4.2': null, '4.3': null, '4.4': null },
        '2': { '2.1': 0, '2.2.1': 0, '2.2.2': null, '3.1': 0, '3.2.1': 0, '3.2.2': null },
        '3': { '3.3.1': 0, '3.3.2': null, '3.4.1': 0, '3.4.2': null },
        '4': { '3.1': 0, '3.2': null },
        '5': { '1.1': 0, '1.2': null },
        '6': { '1': 0, '2': null },
        '7': { '6.4.1': 0, '6.4.2': null, '6.4.3': null, '6.5.1': 0, '6.5.2': null, '6.5.3': null, '6.6.2': null, '6.7.1': 0, '6.7.2': null, '6.8.1': 0, '6.8.2': null },
      },
    }),
  /** Only a few rows filled: most sentences and some whole sections have nothing to say. */
  manyEmpty: () =>
    withData({
      forms: { '1': { '1': 3, '2.2': 5, '4.1': 4, '4.2': 4, '5': 0 }, '3': { '3.3.1': 120, '2.2': 0 }, '4': { '3.1': 9 }, '7': { '6.4.1': 10, '6.4.3': 2 } },
      replaceForms: true,
    }),
  /** A phường's year report to a city, after the 2025 reform. */
  phuongYear: () =>
    withData({
      meta: { unit: 'Lê Chân', unitKind: 'phường', superior: 'UBND thành phố Hải Phòng', period: 'Y', year: 2026, date: '2026-12-15', dataFrom: '2025-12-15', dataTo: '2026-12-14', place: 'Lê Chân' },
      forms: { '4': { '1.1': 80, '4.1': 30, '4.2': 27 }, '2': { '1.1': 1, '1.2': 0, '1.3': 3 }, '1': { '4.1': 12, '4.2': 12, '4.3': 0, '4.4': 0 } },
    }),
  /** A thị trấn's first-quarter report to its district (before the reform). */
  thiTranQ1: () =>
    withData({
      meta: { unit: 'Kẻ Sặt', unitKind: 'thị trấn', superior: 'UBND huyện Bình Giang', period: 'Q1', year: 2024, date: '2024-03-10', dataFrom: '2023-12-15', dataTo: '2024-03-14', place: 'Kẻ Sặt' },
      forms: { '1': { '4.1': 5, '4.2': 3, '4.3': 0, '4.4': 0 }, '5': { '2.1': 0, '2.2': 1, '4.1': 1, '4.2': 0 }, '4': { '4.1': 8, '4.2': 0 } },
    }),
};
