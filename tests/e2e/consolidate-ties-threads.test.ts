// End to end: the built `cchc consolidate`, without --forms, reads 64 or more files (worker threads) whose form sets tie (as
// many files of the built-in set as of a province's set) and, among the chosen set's files, whose periods tie: the set is the
// first by code and the period the latest, each tie said in one line, whatever the order of the files; the lines, the
// workbook and the report are those of one thread.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportData } from '../../src/core/data/types';
import { THREADS_MIN_FILES } from '../../src/hosts/cli/commands/consolidate-read';
import { writeWorkbook } from '../../src/hosts/cli/commands/template';
import { commune } from '../core/aggregate/sample-units';
import { asTestSetData, TEST_CATALOGUE, TEST_SET } from '../fixtures/form-sets/test-set';
import { tempDir } from '../helpers/temp-dir';
import { consolidateBuilt } from './helpers/consolidate-built';

jest.setTimeout(300_000);

/** Biểu mẫu 8 within the files received (BM7 6.7.1), as its rule across forms asks. */
const FORM_8 = { '1': 100, '1.1': 40, '3': 1 };
const ofTestSet = (data: ReportData): ReportData => ({ ...asTestSetData(data, FORM_8), formSet: { id: TEST_SET.id, version: TEST_SET.version } });
const NOW = { '3': { '3.3.1': 10, '3.3.2': 8 }, '7': { '6.7.1': 800, '6.7.2': 400 } };

/** Files of each set: together more than the threads' floor. */
const EACH = Math.ceil(THREADS_MIN_FILES / 4) * 2;

const SET_TIE = `Các tệp theo các bộ biểu mẫu “cchc-xa-2023” phiên bản 1 và “thu-nghiem” phiên bản 1 có số tệp bằng nhau (mỗi bộ ${EACH} tệp): tổng hợp theo bộ “cchc-xa-2023” phiên bản 1, bộ có mã đứng trước theo thứ tự chữ cái (cùng mã thì phiên bản mới hơn), dù các tệp được đưa vào theo thứ tự nào. Muốn tổng hợp theo bộ khác, hãy chỉ bộ đó bằng --forms.`;
const PERIOD_TIE = `Các kỳ Quý I năm 2026 và 6 tháng đầu năm 2026 có số tệp bằng nhau (mỗi kỳ ${EACH / 2} tệp): tổng hợp kỳ gần nhất, 6 tháng đầu năm 2026 (tệp kỳ cũ hơn thường là tệp còn sót lại), dù các tệp được đưa vào theo thứ tự nào.`;

let box: string;
/** The test set's files: data naming it, and one workbook carrying it. */
let testSet: string[];
/** The built-in set's files of Q1 and of H1, as many each. */
let q1: string[];
let h1: string[];
beforeAll(async () => {
  box = tempDir('cchc-e2e-ties-threads-');
  const write = (file: string, content: unknown): string => {
    writeFileSync(join(box, file), JSON.stringify(content));
    return file;
  };
  testSet = [];
  for (let i = 1; i < EACH; i++) testSet.push(write(`bo-${i}.json`, ofTestSet(commune({ unit: `Xã bộ ${i}` }, NOW))));
  await writeWorkbook(ofTestSet(commune({ unit: `Xã bộ ${EACH}` }, NOW)), `bo-${EACH}.xlsx`, box, false, TEST_CATALOGUE);
  testSet.push(`bo-${EACH}.xlsx`);
  q1 = [];
  h1 = [];
  for (let i = 1; i <= EACH / 2; i++) {
    q1.push(write(`q1-${i}.json`, commune({ unit: `Xã quý ${i}`, period: 'Q1' }, NOW)));
    h1.push(write(`h1-${i}.json`, commune({ unit: `Xã nửa năm ${i}` }, NOW)));
  }
});

/** consolidateBuilt, the communes not totalled (which the report names in the order their files came) compared whatever their order. */
async function consolidate(threads: string, files: readonly string[], tag: string) {
  const r = await consolidateBuilt(box, threads, files, tag);
  return { ...r, words: r.words.replace(/^(Chưa tổng hợp được \d+ đơn vị: )(.*)\.$/m, (_m, head: string, list: string) => `${head}${list.split('; ').sort().join('; ')}.`) };
}

describe('cchc consolidate, built, without --forms, many files whose sets and periods tie', () => {
  it('chooses the first set by code and the latest period whatever the order, says each tie, as one thread does', async () => {
    const orders = {
      testSetFirst: [...testSet, ...q1, ...h1],
      builtinFirst: [...q1, ...h1, ...testSet],
      mixed: testSet.flatMap((f, i) => [h1[i % h1.length]!, f, q1[i % q1.length]!]).filter((f, i, all) => all.indexOf(f) === i),
    };
    let first: Awaited<ReturnType<typeof consolidate>> | null = null;
    for (const [tag, order] of Object.entries(orders)) {
      expect(order).toHaveLength(2 * EACH);
      const one = await consolidate('1', order, tag);
      const threads = await consolidate('2', order, tag);
      expect(one.code).toBe(0);
      expect(one.stderr.filter((l) => !l.startsWith('Từ chối ') && !l.startsWith('Các tệp thuộc nhiều kỳ'))).toEqual([SET_TIE, PERIOD_TIE]);
      expect(one.stderr.filter((l) => l.startsWith('Từ chối '))).toHaveLength(EACH + EACH / 2);
      expect(one.stdout).toContain(`Đã đọc ${EACH / 2} tệp số liệu, kỳ 6 tháng đầu năm 2026.`);
      // Threads say and write what one thread does.
      expect({ code: threads.code, stdout: threads.stdout, stderr: threads.stderr }).toEqual({ code: one.code, stdout: one.stdout, stderr: one.stderr });
      expect(threads.xlsx).toEqual(one.xlsx);
      expect(threads.docx).toEqual(one.docx);
      // And every order the same totals, lines (in the files' order: compared whatever it is) and report.
      first ??= one;
      const sorted = (lines: readonly string[]): string[] => [...lines].sort();
      expect({ order: tag, stdout: sorted(one.stdout.split('\n')), stderr: sorted(one.stderr.filter((l) => !l.startsWith('Các tệp thuộc nhiều kỳ'))), words: one.words }).toEqual({
        order: tag,
        stdout: sorted(first.stdout.split('\n')),
        stderr: sorted(first.stderr.filter((l) => !l.startsWith('Các tệp thuộc nhiều kỳ'))),
        words: first.words,
      });
      expect(one.totals).not.toBeNull();
      expect(one.totals).toEqual(first.totals);
    }
  });
});
