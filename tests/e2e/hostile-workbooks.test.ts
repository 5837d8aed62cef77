// End to end (issue 13): the built `cchc check` and `cchc consolidate` refuse a zip bomb, a lying one and a 1.27 GB file within 30 s and 512 MiB, measured by /usr/bin/time -v.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { CLI_MAIN, ROOT, runBuiltCli } from './helpers/built-cli';
import { rawZip } from '../hosts/shared/zip-fixtures';

jest.setTimeout(300_000);

const TIME = '/usr/bin/time';
const MiB = 1024 * 1024;

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
  const own = r.stderr.slice(0, r.stderr.lastIndexOf('\tCommand being timed'));
  return { code: r.status, stderr: own, ms, peakMiB: Number(peak[1]) / 1024 };
}

/**
 * `copies` × 64 MiB of one repeated row, as raw deflate: each 64 MiB is compressed once, alone, and
 * ends on a sync flush (byte-aligned, no reference before its start), so the copies can follow one
 * another; an empty final block closes the stream. 19 copies: 1.27 GB from about 3.7 MB.
 */
function bombSheet(copies: number): { data: Uint8Array; size: number } {
  const head = Buffer.from('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const row = Buffer.from('<row><c t="inlineStr"><is><t>bom nén</t></is></c></row>');
  const chunk = Buffer.alloc(64 * MiB - (64 * MiB) % row.length);
  for (let at = 0; at < chunk.length; at += row.length) row.copy(chunk, at);
  const tail = Buffer.from('</sheetData></worksheet>');
  const flush = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const body = deflateRawSync(chunk, flush);
  const parts = [deflateRawSync(head, flush), ...Array.from({ length: copies }, () => body), deflateRawSync(tail)];
  return { data: new Uint8Array(Buffer.concat(parts)), size: head.length + copies * chunk.length + tail.length };
}

let dir: string;
let good: Uint8Array;
/** The sample workbook with `sheet` in place of Biểu mẫu 1's part (xl/worksheets/sheet2.xml). */
function withSheet(sheet: { data: Uint8Array; size: number }): Uint8Array {
  const parts = unzipSync(good);
  return rawZip(
    Object.entries(parts).map(([name, bytes]) =>
      name === 'xl/worksheets/sheet2.xml' ? { name, ...sheet } : { name, data: new Uint8Array(deflateRawSync(bytes)), size: bytes.length },
    ),
  );
}

beforeAll(() => {
  if (!existsSync(TIME)) throw new Error(`${TIME} is needed to measure peak memory (apt-get install time)`);
  dir = mkdtempSync(join(tmpdir(), 'cchc-hostile-'));
  const made = runBuiltCli(['template', '--data', join(ROOT, 'examples/xa-hoa-phong.json'), '--out', join(dir, 'tot.xlsx')]);
  expect(made.code).toBe(0);
  good = new Uint8Array(readFileSync(join(dir, 'tot.xlsx')));
  const bomb = bombSheet(19);
  expect(bomb.size).toBeGreaterThan(1.2e9);
  expect(bomb.data.length).toBeLessThan(4 * MiB); // about 3.7 MB: over 300× in a file one could e-mail
  // Declared as it is: refused from the directory. Declared as the real sheet was: refused while inflating.
  writeFileSync(join(dir, 'bom.xlsx'), withSheet(bomb));
  writeFileSync(join(dir, 'bom-gia.xlsx'), withSheet({ data: bomb.data, size: 10_603 }));
  // A 1.27 GB file (sparse: it takes no disk), a zip by its first bytes, refused by its size before it is read.
  const fd = openSync(join(dir, 'khong-nen.xlsx'), 'w');
  writeSync(fd, good.subarray(0, 64));
  ftruncateSync(fd, 1_270_000_000);
  closeSync(fd);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
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
