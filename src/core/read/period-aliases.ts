// How people write a period in the header's cell besides its label: input the reader accepts, not text it shows.
import type { Period } from '../data/types';

/** Other ways people write a period, accepted when reading (lower case, NFC). */
export const PERIOD_ALIASES: Readonly<Record<string, Period>> = {
  'quý 1': 'Q1',
  'quý i': 'Q1',
  'quý 3': 'Q3',
  'quý iii': 'Q3',
  '6 tháng': 'H1',
  '6 tháng đầu năm': 'H1',
  '9 tháng': 'Q3',
  '9 tháng đầu năm': 'Q3',
  năm: 'Y',
  'cả năm': 'Y',
};
