// `npm run bench` (issue 23): every figure with its goal — a ratio to another command, node_modules as `du` counts it.
import { linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diskUsage, runBench, type BenchCase } from '../../../src/hosts/cli/bench';
import { tempDir } from '../../helpers/temp-dir';

describe('runBench', () => {
  it('prints a case against another command with its goal, and the node_modules line only when asked', async () => {
    let other = 0;
    const busy = (ms: number): void => {
      const end = performance.now() + ms;
      while (performance.now() < end) other += 0;
    };
    const cases: BenchCase[] = [{ name: 'slow', label: 'chậm', targetMs: 1000, runs: 3, run: () => busy(20), ratioTo: { label: 'nhanh', target: 1.6, run: () => busy(5) } }];
    const lines = await runBench(['slow'], cases);
    expect(lines).toHaveLength(3);
    // The verdict follows the measured ratio (on a loaded machine the 5 ms run may take longer than the 20 ms one).
    const m = /^ {2}so với nhanh \(\d+\.\d ms\): (\d+\.\d\d)× \(mục tiêu ≤ 1\.6×\) (ĐẠT|CHƯA ĐẠT)$/.exec(lines[2] ?? '');
    expect(m).not.toBeNull();
    expect(m?.[2]).toBe(Number(m?.[1]) <= 1.6 ? 'ĐẠT' : 'CHƯA ĐẠT');
    expect(lines.some((l) => l.includes('node_modules'))).toBe(false);
    expect(other).toBe(0);
  });

  const certs = process.env.NODE_EXTRA_CA_CERTS;
  afterEach(() => {
    if (certs === undefined) delete process.env.NODE_EXTRA_CA_CERTS;
    else process.env.NODE_EXTRA_CA_CERTS = certs;
  });

  it('runs a warmed-up case and its other command once untimed before the timed runs, and times node beside each run', async () => {
    delete process.env.NODE_EXTRA_CA_CERTS;
    const calls: string[] = [];
    const cases: BenchCase[] = [
      { name: 'warm', label: 'ấm', targetMs: 1000, runs: 2, warmUp: true, targetRatioToNode: 5, run: () => void calls.push('run'), ratioTo: { label: 'khác', target: 9, run: () => void calls.push('other') } },
      { name: 'cold', label: 'lạnh', targetMs: 1000, runs: 2, run: () => void calls.push('cold') },
    ];
    const lines = await runBench(['warm', 'cold'], cases);
    expect(calls).toEqual(['run', 'other', 'run', 'other', 'run', 'other', 'cold', 'cold']);
    expect(lines[2]).toMatch(/^ {2}so với `node -e 0` \(\d+\.\d ms\): /);
    expect(lines).toHaveLength(5);
  });

  it('where NODE_EXTRA_CA_CERTS is set, measures the ratio to node again without it, and puts it back', async () => {
    process.env.NODE_EXTRA_CA_CERTS = '/nonexistent/certs.pem';
    const seen: (string | undefined)[] = [];
    const cases: BenchCase[] = [{ name: 'ratio', label: 'tỷ số', targetMs: 1000, runs: 2, targetRatioToNode: 5, run: () => void seen.push(process.env.NODE_EXTRA_CA_CERTS) }];
    const lines = await runBench(['ratio'], cases);
    expect(seen).toEqual(['/nonexistent/certs.pem', '/nonexistent/certs.pem', undefined, undefined]);
    expect(process.env.NODE_EXTRA_CA_CERTS).toBe('/nonexistent/certs.pem');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/^ {2}như trên máy không đặt NODE_EXTRA_CA_CERTS \(\d+\.\d ms so với `node -e 0` \d+\.\d ms\): \d+\.\d\d× \(mục tiêu ≤ 5×\) (ĐẠT|CHƯA ĐẠT)$/);
  });
});

describe('diskUsage', () => {
  it('counts allocated blocks, a file with two links once, and every folder below', () => {
    const dir = tempDir('cchc-du-');
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'b', 'big'), Buffer.alloc(100_000, 1));
    const once = diskUsage(dir);
    linkSync(join(dir, 'a', 'b', 'big'), join(dir, 'a', 'big-again'));
    expect(diskUsage(dir)).toBe(once);
    expect(once).toBeGreaterThanOrEqual(100_000);
    writeFileSync(join(dir, 'a', 'other'), Buffer.alloc(50_000, 1));
    expect(diskUsage(dir)).toBeGreaterThanOrEqual(once + 50_000);
  });
});
