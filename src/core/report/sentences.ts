// Rows a generated sentence need not name as missing: implied zeros and partitions of a whole (the sentences themselves are templates, builtin-sentences.json).
import type { FormNumber } from '../forms/types';

/**
 * Rows that need no number when their wholes are 0: nothing assigned means nothing done on time,
 * no eligible procedure means none offered. Such a row left empty is not named as missing.
 * Each entry: the wholes (all 0), then the parts they make 0.
 */
export const IMPLIED_ZEROS: Readonly<Partial<Record<FormNumber, readonly (readonly [wholes: readonly string[], parts: readonly string[]])[]>>> = {
  1: [
    [['2.1'], ['2.2']],
    [['3.2.1'], ['3.2.2']],
    [['4.1'], ['4.2', '4.3', '4.4']],
  ],
  2: [
    [['2.1'], ['2.2.1', '2.2.2']],
    [['2.2.1'], ['2.2.2']],
    [['3.1'], ['3.2.1', '3.2.2']],
    [['3.2.1'], ['3.2.2']],
  ],
  3: [
    [['3.3.1'], ['3.3.2']],
    [['3.4.1'], ['3.4.2']],
  ],
  4: [
    [['3.1'], ['3.2']],
    [['4.1'], ['4.2']],
  ],
  5: [[['1.1'], ['1.2']]],
  6: [[['1'], ['2']]],
  7: [
    [['6.4.1'], ['6.4.2', '6.4.3']],
    [['6.4.2'], ['6.4.3']],
    [['6.5.1'], ['6.5.2', '6.5.3']],
    [['6.5.2'], ['6.5.3']],
    [['6.4.1', '6.5.1'], ['6.6.2']],
    [['6.7.1'], ['6.7.2']],
    [['6.8.1'], ['6.8.2']],
  ],
};

/**
 * Wholes split into parts that add up to at most the whole (BM1 4.1 ≥ 4.2 + 4.3 + 4.4): when the
 * reported parts already make up the whole, the parts left empty can only be 0 and are not named
 * as missing ("đã hoàn thành đúng hạn cả 31 nhiệm vụ" needs no word on the overdue ones).
 */
export const PARTITIONS: Readonly<Partial<Record<FormNumber, readonly (readonly [whole: string, parts: readonly string[]])[]>>> = {
  1: [['4.1', ['4.2', '4.3', '4.4']]],
};
