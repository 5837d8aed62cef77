// The built CLI's chart thread (`cchc consolidate --report`): the same PNG bytes as drawing in-process, every chart in
// flight at once, a closed or dead thread refused loudly, and an idle thread never keeping the process alive.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHART_TEXT } from '../../src/core/i18n/charts';
import { chartSvg } from '../../src/core/report/charts/chart-svg';
import { CHART_PNG_SCALE } from '../../src/render/docx-chart';
import { rasteriseChart } from '../../src/hosts/cli/charts/chart-png';
import { startChartThread, type ChartThread } from '../../src/hosts/cli/charts/chart-thread';
import { chartDistrict } from '../fixtures/chart-communes';
import { ROOT } from './helpers/built-cli';
import { tempDir } from '../helpers/temp-dir';

const BUILT = resolve(ROOT, 'dist/cli/hosts/cli/charts');
// The built module, so that its worker (chart-worker.js beside it) is the one the CLI runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const built = (): { startChartThread: (wanted?: boolean, workerFile?: string) => ChartThread } => require(join(BUILT, 'chart-thread.js'));

describe('the chart thread of the built CLI', () => {
  const svgs = chartDistrict(20).charts.map(chartSvg);
  let dir: string;
  beforeAll(() => {
    dir = tempDir('cchc-chart-thread-');
  });
  it('draws every chart sent at once, each the same PNG bytes as drawn in this thread', async () => {
    const thread = built().startChartThread();
    try {
      const pngs = await Promise.all(svgs.map((svg) => thread.rasterise(svg, CHART_PNG_SCALE)));
      expect(pngs).toHaveLength(svgs.length);
      for (const [k, svg] of svgs.entries()) expect(Buffer.from(pngs[k] as Uint8Array).equals(Buffer.from(await rasteriseChart(svg, CHART_PNG_SCALE)))).toBe(true);
    } finally {
      await thread.close();
    }
    await expect(thread.rasterise(svgs[0] as (typeof svgs)[number], CHART_PNG_SCALE)).rejects.toThrow(CHART_TEXT.threadClosed);
  });

  it('rejects the charts of a thread that died, instead of waiting for ever', async () => {
    const dying = join(dir, 'dying-worker.js');
    writeFileSync(dying, 'process.exit(3);');
    const thread = built().startChartThread(true, dying);
    try {
      await expect(thread.rasterise(svgs[0] as (typeof svgs)[number], CHART_PNG_SCALE)).rejects.toThrow(/Luồng vẽ biểu đồ đã dừng \(mã 3\)/);
    } finally {
      await thread.close();
    }
  });

  it('draws in the calling thread when no thread is wanted (one core, few files), the worker built or not', async () => {
    const thread = startChartThread(false, join(BUILT, 'chart-worker.js'));
    expect(thread.rasterise).toBe(rasteriseChart);
    await thread.close();
    // Nothing was started, so nothing was stopped: still usable.
    await expect(thread.rasterise(svgs[0] as (typeof svgs)[number], CHART_PNG_SCALE)).resolves.toBeInstanceOf(Uint8Array);
  });

  it('does not keep a process alive that ends without closing it (a run that fails early)', () => {
    const started = Date.now();
    const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(join(BUILT, 'chart-thread.js'))}).startChartThread(); console.log('fin');`], { encoding: 'utf-8', timeout: 20_000 });
    expect(r.stdout.trim()).toBe('fin');
    expect(r.status).toBe(0);
    // Loading resvg alone takes longer than this: the process did not wait for the thread.
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
