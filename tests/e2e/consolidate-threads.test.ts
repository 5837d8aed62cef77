// End to end (issue 23): the built `cchc consolidate` reads many files in worker threads and says and writes exactly what
// it says and writes reading them in one thread (CCHC_THREADS=1): every line, every rejection, the workbook and the report.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { ReportData } from '../../src/core/data/types';
import { buildWorkbookPlan } from '../../src/core/layout/build-workbook-plan';
import { THREADS_MIN_FILES } from '../../src/hosts/cli/commands/consolidate-read';
import { writePlanFile } from '../../src/hosts/cli/xlsx/write-plan';
import { ROOT, spawnBuiltCli } from './helpers/built-cli';
import { tempDir } from '../helpers/temp-dir';

jest.setTimeout(300_000);

const sample = JSON.parse(readFileSync(join(ROOT, 'examples/xa-hoa-phong.json'), 'utf-8')) as ReportData;
const commune = (unit: string, edit: (d: ReportData) => ReportData = (d) => d): ReportData => edit({ ...sample, meta: { ...sample.meta, unit, place: unit } });

let box: string;
let files: string[];
beforeAll(async () => {
  box = tempDir('cchc-e2e-threads-');
  // First a file that cannot be read (the set is the one most readable files follow, whatever their order), then communes as JSON and as
  // workbooks, one with errors, one of last year, one commune twice; more files than the threads' floor.
  files = ['hong.json'];
  writeFileSync(join(box, 'hong.json'), '{ không phải JSON');
  for (let i = 1; i <= THREADS_MIN_FILES + 6; i++) {
    const data = commune(`Xã số ${i}`);
    if (i % 10 === 0) {
      await writePlanFile(buildWorkbookPlan(data), join(box, `xa-${i}.xlsx`));
      files.push(`xa-${i}.xlsx`);
    } else {
      writeFileSync(join(box, `xa-${i}.json`), JSON.stringify(data));
      files.push(`xa-${i}.json`);
    }
  }
  const extra: Record<string, ReportData> = {
    'loi.json': commune('Có lỗi', (d) => ({ ...d, forms: { ...d.forms, '1': { ...d.forms['1'], '2.1': -5 } } })),
    'nam-truoc.json': commune('Năm trước', (d) => ({ ...d, meta: { ...d.meta, year: d.meta.year - 1 } })),
    'trung.json': commune('Xã số 3'),
  };
  for (const [file, data] of Object.entries(extra)) {
    writeFileSync(join(box, file), JSON.stringify(data));
    files.push(file);
  }
});

/** The built CLI with CCHC_THREADS set: its exit code, its lines (the output names normalised) and the parts it wrote. */
async function consolidateWith(threads: string) {
  const out = `th-${threads}`;
  const r = await spawnBuiltCli(['consolidate', ...files, '--out', `${out}.xlsx`, '--report', `${out}.docx`, '--skip-rejected'], {
    cwd: box,
    env: { ...process.env, CCHC_THREADS: threads },
  });
  const parts = (file: string): Record<string, string> =>
    Object.fromEntries(
      Object.entries(unzipSync(new Uint8Array(readFileSync(join(box, file))))).map(([path, data]) => [
        path,
        // The time of writing is the one thing that may differ.
        strFromU8(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1'),
      ]),
    );
  return {
    code: r.code,
    stdout: r.stdout.replaceAll(out, 'th'),
    stderr: r.stderr,
    xlsx: parts(`${out}.xlsx`),
    docx: parts(`${out}.docx`),
  };
}

describe('cchc consolidate, built, in worker threads', () => {
  it('says and writes what it says and writes in one thread', async () => {
    // Both runs at once, each in files of its own.
    const [one, two] = await Promise.all([consolidateWith('1'), consolidateWith('2')]);
    expect(one.code).toBe(0);
    // Seventy communes, Xã số 3 twice (both its files left out).
    expect(one.stdout).toContain(`Đã đọc ${THREADS_MIN_FILES + 6 - 1} tệp số liệu`);
    expect(one.stderr).toContain('Từ chối hong.json');
    expect(one.stderr).toContain('Từ chối loi.json');
    expect(one.stderr).toContain('Từ chối nam-truoc.json');
    expect(one.stderr).toContain('Từ chối trung.json');
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(Object.keys(two.xlsx)).toEqual(Object.keys(one.xlsx));
    for (const [path, xml] of Object.entries(one.xlsx)) expect([path, two.xlsx[path]]).toEqual([path, xml]);
    expect(Object.keys(two.docx)).toEqual(Object.keys(one.docx));
    for (const [path, xml] of Object.entries(one.docx)) expect([path, two.docx[path]]).toEqual([path, xml]);
  });
});
