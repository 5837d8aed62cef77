// `npm run bench:pane`: the pane's budgets, measured on the production build — first-load gzipped JavaScript and the report built in the pane.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseReportData } from '../../src/core/data/schema';
import { buildWorkbookPlan } from '../../src/core/layout/build-workbook-plan';
import { planToWorkbook } from '../../src/hosts/cli/xlsx/write-plan';
import { ADDIN_DIST, firstLoadGzipBytes, launchChromium, runPane, serveStatic } from '../e2e/helpers/pane-harness';

const FIRST_LOAD_BUDGET = 200 * 1024;
const REPORT_BUDGET_MS = 1000;
const RUNS = 3;

async function main(): Promise<number> {
  const { files, bytes } = firstLoadGzipBytes();
  const parsed = parseReportData(JSON.parse(readFileSync(resolve(__dirname, '../../examples/xa-hoa-phong.json'), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const work = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
  const workbook = join(work, 'xa.xlsx');
  writeFileSync(workbook, Buffer.from(await (await planToWorkbook(buildWorkbookPlan(parsed.data))).xlsx.writeBuffer()));
  const server = await serveStatic(ADDIN_DIST);
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) times.push((await runPane(browser, server.url, workbook, join(work, `r${i}.docx`))).reportMs);
  } finally {
    await browser.close();
    await server.close();
  }
  const worst = Math.max(...times);
  const kib = (bytes / 1024).toFixed(1);
  console.log(`pane first load: ${kib} KiB gzipped JavaScript (${files.join(', ')}), budget 200 KiB: ${bytes <= FIRST_LOAD_BUDGET ? 'ok' : 'OVER'}`);
  console.log(`report built in the pane: ${times.join(' / ')} ms (each run opens the pane afresh and loads the docx chunk), budget 1000 ms: ${worst < REPORT_BUDGET_MS ? 'ok' : 'OVER'}`);
  return bytes <= FIRST_LOAD_BUDGET && worst < REPORT_BUDGET_MS ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
