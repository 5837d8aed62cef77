// Rows a generated sentence need not name as missing: implied zeros and partitions of a whole, from the set (the sentences themselves are templates, the set's `sentences`).
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import type { ImpliedZeros, Partitions } from '../forms/build-catalogue';
import type { FormNumber } from '../forms/types';

/**
 * Rows that need no number when their wholes are 0: nothing assigned means nothing done on time,
 * no eligible procedure means none offered (the set's `zeroWhen`). Such a row left empty is not named as missing.
 * Each entry: the wholes (all 0), then the parts they make 0.
 */
export const IMPLIED_ZEROS: Readonly<Partial<Record<FormNumber, ImpliedZeros>>> = Object.fromEntries(BUILTIN_CATALOGUE.impliedZeros);

/**
 * Wholes split into parts that add up to at most the whole (BM1 4.1 ≥ 4.2 + 4.3 + 4.4, a rule of the set): when the
 * reported parts already make up the whole, the parts left empty can only be 0 and are not named
 * as missing ("đã hoàn thành đúng hạn cả 31 nhiệm vụ" needs no word on the overdue ones).
 */
export const PARTITIONS: Readonly<Partial<Record<FormNumber, Partitions>>> = Object.fromEntries(BUILTIN_CATALOGUE.partitions);
