// End to end (issue 13): the built CLI refuses a zip bomb, a lying one, a 1.27 GB file and the usual malformed files (check, export, report, upgrade, consolidate) within 30 s and 512 MiB, measured by /usr/bin/time -v; and check loads neither ExcelJS nor zod.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, readSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_MAIN, ROOT, runBuiltCli } from './helpers/built-cli';
import { bombSheet, MiB, withSheet } from './helpers/hostile-files';
import { tempDir } from '../helpers/temp-dir';

jest.setTimeout(300_000);

const TIME = '/usr/bin/time';

interface Measured {
  readonly code: number | null;
  readonly stderr: string;
  readonly ms: number;
  readonly peakMiB: number;
}

/** Runs the built CLI under `/usr/bin/time -v`: its exit code, its own stderr, the wall time and the peak resident memory. */
function measured(args: readonly string[], cwd: string): Measured {
  const started = Date.now();
  const r = spawnSync(TIME, ['-v', process.execPath, CLI_MAIN, ...args], { cwd, encoding: 'utf-8', timeout: 120_000 });
  const ms = Date.now() - started;
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!peak) throw new Error(`no figures from ${TIME}: ${r.stderr.slice(-500)}`);
  // GNU time appends its own lines: "Command exited with non-zero status N", then the figures.
  const own = r.stderr.slice(0, r.stderr.lastIndexOf('\tCommand being timed')).replace(/^Command exited with non-zero status \d+\n/m, '');
  return { code: r.status, stderr: own, ms, peakMiB: Number(peak[1]) / 1024 };
}

let dir: string;
beforeAll(() => {
  if (!existsSync(TIME)) throw new Error(`${TIME} is needed to measure peak memory (apt-get install time)`);
  dir = tempDir('cchc-hostile-');
  const made = runBuiltCli(['template', '--data', join(ROOT, 'examples/xa-hoa-phong.json'), '--out', join(dir, 'tot.xlsx')]);
  expect(made.code).toBe(0);
  const good = new Uint8Array(readFileSync(join(dir, 'tot.xlsx')));
  const bomb = bombSheet(19);
  expect(bomb.size).toBeGreaterThan(1.2e9);
  expect(bomb.data.length).toBeLessThan(4 * MiB); // about 3.7 MB: over 300× in a file one could e-mail
  // Declared as it is: refused from the directory. Declared as the real sheet was: refused while inflating.
  writeFileSync(join(dir, 'bom.xlsx'), withSheet(good, bomb));
  writeFileSync(join(dir, 'bom-gia.xlsx'), withSheet(good, { data: bomb.data, size: 10_603 }));
  // A 1.27 GB file (sparse: it takes no disk), a zip by its first bytes, refused by its size before it is read.
  const fd = openSync(join(dir, 'khong-nen.xlsx'), 'w');
  writeSync(fd, good.subarray(0, 64));
  ftruncateSync(fd, 1_270_000_000);
  closeSync(fd);
  // The malformed files people send each other: not a zip, half a zip, a zip without the workbook part, empty.
  writeFileSync(join(dir, 'khong-phai-zip.xlsx'), new TextEncoder().encode('PK\u0003\u0004 không phải tệp nén'));
  writeFileSync(join(dir, 'cat-doi.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
  writeFileSync(join(dir, 'rong.xlsx'), new Uint8Array(0));
  writeFileSync(join(dir, 'thieu-workbook.xlsx'), withoutPart(good, 'xl/workbook.xml'));
});

/** The zip with one entry left out: rebuilt with fflate, every other entry as it was. */
function withoutPart(zip: Uint8Array, part: string): Uint8Array {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { unzipSync, zipSync } = require('fflate') as typeof import('fflate');
  const entries = unzipSync(zip);
  delete entries[part];
  return zipSync(entries);
}

/** Every hostile file: each command that reads a workbook refuses it with one Vietnamese line naming it, exit 2, in bounded time and memory. */
const HOSTILE = ['bom.xlsx', 'bom-gia.xlsx', 'khong-nen.xlsx', 'khong-phai-zip.xlsx', 'cat-doi.xlsx', 'rong.xlsx', 'thieu-workbook.xlsx'];
const READERS: readonly (readonly string[])[] = [['check'], ['export'], ['report', '--out', 'bc.docx'], ['upgrade']];

describe('every hostile file, every command that reads a workbook', () => {
  it.each(HOSTILE.flatMap((file) => READERS.map((cmd) => [file, cmd.join(' ')] as const)))('%s — cchc %s: exit 2, one Vietnamese line, < 30 s, < 512 MiB', (file, cmd) => {
    const [name, ...rest] = cmd.split(' ');
    const r = measured([name!, file, ...rest], dir);
    expect([file, cmd, r.code]).toEqual([file, cmd, 2]);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith(`${file}: `)).toBe(true);
    // Vietnamese, never a library's English or a stack trace.
    expect(lines[0]).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+\)|Error:|undefined/);
    expect(r.ms).toBeLessThan(30_000);
    expect(r.peakMiB).toBeLessThan(512);
    expect(existsSync(join(dir, 'bc.docx'))).toBe(false);
    // A bomb is told as such by every command, upgrade's ExcelJS path included.
    if (file === 'bom.xlsx') expect(lines[0]).toContain('vượt quá 32 MiB');
  });
});

/** A file's size and first 4 kB (the 1.27 GB one is not read whole). */
function headOf(path: string): { size: number; head: Buffer } {
  const head = Buffer.alloc(4096);
  const fd = openSync(path, 'r');
  try {
    return { size: statSync(path).size, head: head.subarray(0, readSync(fd, head, 0, 4096, 0)) };
  } finally {
    closeSync(fd);
  }
}

describe('cchc template --previous over an existing hostile workbook (--out)', () => {
  it.each(HOSTILE)('%s: exit 2, one Vietnamese line naming it, the file left as it was', (file) => {
    const before = headOf(join(dir, file));
    const r = measured(['template', '--out', file, '--previous', 'tot.xlsx'], dir);
    expect([file, r.code]).toEqual([file, 2]);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith(`${file}: `)).toBe(true);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+\)|Error:|undefined/);
    expect(r.ms).toBeLessThan(30_000);
    expect(r.peakMiB).toBeLessThan(512);
    expect(headOf(join(dir, file))).toEqual(before);
    // A bomb is told as such, as check and upgrade tell it (ExcelJS's refusal for size was said as "not an .xlsx").
    if (file === 'bom.xlsx') expect(lines[0]).toContain('vượt quá 32 MiB');
  });
});

describe('cchc check on hostile workbooks', () => {
  it.each([
    ['bom.xlsx', 'bom.xlsx: Phần “xl/worksheets/sheet2.xml” của sổ khi giải nén vượt quá 32 MiB'],
    ['bom-gia.xlsx', 'bom-gia.xlsx: tệp hỏng hoặc không phải sổ Excel .xlsx.'],
    ['khong-nen.xlsx', 'khong-nen.xlsx: Tệp nặng 1211 MiB, quá giới hạn 100 MiB'],
  ])('refuses %s with exit 2 and a Vietnamese line, within 30 s and 512 MiB', (file, message) => {
    const r = measured(['check', file], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.ms).toBeLessThan(30_000);
    expect(r.peakMiB).toBeLessThan(512);
  });

  it('still checks the good workbook (the same reader)', () => {
    const r = measured(['check', 'tot.xlsx'], dir);
    expect(r.code).toBe(0);
  });
});

describe('cchc consolidate with hostile workbooks among good ones', () => {
  it('names every hostile file with its reason among the rejections, exit 1, within 30 s and 512 MiB', () => {
    const r = measured(['consolidate', 'tot.xlsx', 'bom.xlsx', 'bom-gia.xlsx', 'khong-nen.xlsx', '--out', 'th.xlsx'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Từ chối bom.xlsx: Phần “xl/worksheets/sheet2.xml” của sổ khi giải nén vượt quá 32 MiB');
    expect(r.stderr).toContain('Từ chối bom-gia.xlsx: tệp hỏng hoặc không phải sổ Excel .xlsx.');
    expect(r.stderr).toContain('Từ chối khong-nen.xlsx: Tệp nặng 1211 MiB, quá giới hạn 100 MiB');
    expect(existsSync(join(dir, 'th.xlsx'))).toBe(false);
    expect(r.ms).toBeLessThan(30_000);
    expect(r.peakMiB).toBeLessThan(512);
  });

  it('totals the good file and lists the hostile ones with --skip-rejected', () => {
    const r = measured(['consolidate', 'tot.xlsx', 'bom.xlsx', 'khong-nen.xlsx', '--out', 'th.xlsx', '--skip-rejected'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Từ chối bom.xlsx');
    expect(existsSync(join(dir, 'th.xlsx'))).toBe(true);
    expect(r.peakMiB).toBeLessThan(512);
  });
});

describe('what `cchc check` of a workbook loads (issue 12: start-up)', () => {
  it('reads and checks the workbook without loading ExcelJS, zod or docx', () => {
    // Preloaded into the CLI: at exit, every module file it loaded.
    const preload = join(dir, 'modules-preload.js');
    writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(join(dir, 'modules.json'))}, JSON.stringify(Object.keys(require.cache))));`);
    const r = spawnSync(process.execPath, ['-r', preload, CLI_MAIN, 'check', 'tot.xlsx'], { cwd: dir, encoding: 'utf-8' });
    expect(r.status).toBe(0);
    const loaded = JSON.parse(readFileSync(join(dir, 'modules.json'), 'utf-8')) as string[];
    // The check runs from its bundle, which holds the light reader (tests/e2e/check-modules.test.ts pins what it holds):
    // no package is loaded at all.
    expect(loaded.some((m) => m.includes('bundled'))).toBe(true);
    expect(loaded.filter((m) => m.includes('/node_modules/'))).toEqual([]);
  });
});
