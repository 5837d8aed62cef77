// The pane's "Tổng hợp": reads the picked files and hands bytes out; the core decides what is accepted, totals, lays out and words it.
import { checkedCandidate, unreadableCandidate } from '../../core/aggregate/candidate';
import { screenFiles, type Candidate, type RejectedFile } from '../../core/aggregate/grouping';
import { laggingUnits, lastYearTotals, screenedTotals } from '../../core/aggregate/screened-totals';
import { parseReportData } from '../../core/data/schema';
import type { FormsData } from '../../core/data/types';
import { AGGREGATE_TEXT, PERIODS_TEXT, UI_TEXT } from '../../core/i18n/messages';
import { REPORT_TEXT } from '../../core/i18n/report';
import { readNamedWorkbook, type ReadInput } from '../../core/read/check-named-values';
import { WorkbookFormatError } from '../../core/read/read-workbook';
import type { PickedFile } from './read-input-file';
import type { ChartModel } from '../../core/report/charts/chart-model';
import { keyRatioCharts } from '../../core/report/charts/ratio-charts';
import { BUILTIN_CATALOGUE } from '../../core/forms/builtin';
import { rasteriseChartInBrowser } from './chart-png';
import type { ChartRasteriser } from '../../render/docx-chart';
import { readXlsxNames } from './read-xlsx-names';
import { XlsxTooLargeError } from '../shared/xlsx-limits';

const T = UI_TEXT.consolidate;

export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface PaneConsolidation {
  /** False when nothing was written (a file rejected without skipping, or nothing to total). */
  readonly ok: boolean;
  /** The lines to show: every rejected file with its reason and errors, then the outcome. */
  readonly lines: readonly string[];
  readonly workbook: NamedBytes | null;
  readonly report: NamedBytes | null;
  /** The key ratios' charts, as the report draws them (none when nothing was built). */
  readonly charts?: readonly ChartModel[];
}

async function readPicked(file: PickedFile): Promise<{ candidate: Candidate; forms: FormsData | null }> {
  const lower = file.name.toLowerCase();
  let input: ReadInput;
  if (lower.endsWith('.xlsx')) {
    let named;
    try {
      named = await readXlsxNames(file);
    } catch (e) {
      // A refusal for size says why in its own words; anything else is a damaged file.
      return { candidate: unreadableCandidate(file.name, e instanceof XlsxTooLargeError ? e.message : T.damaged), forms: null };
    }
    try {
      input = readNamedWorkbook(named.values, named.addresses, true);
    } catch (e) {
      if (e instanceof WorkbookFormatError) return { candidate: unreadableCandidate(file.name, e.message), forms: null };
      throw e;
    }
  } else if (lower.endsWith('.json')) {
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(await file.arrayBuffer()));
    } catch {
      return { candidate: unreadableCandidate(file.name, T.notData(UI_TEXT.badJson)), forms: null };
    }
    const parsed = parseReportData(raw);
    if (!parsed.ok) return { candidate: unreadableCandidate(file.name, T.notData(parsed.problems.join('; '))), forms: null };
    input = { data: parsed.data, forms: parsed.data.forms, findings: [], cellOf: () => null, headerCellOf: () => null };
  } else {
    return { candidate: unreadableCandidate(file.name, T.unsupported), forms: null };
  }
  const checked = checkedCandidate(file.name, input);
  return { candidate: checked.candidate, forms: checked.forms };
}

/** Reads every picked file (progress per file) and screens them together. */
async function readAll(files: readonly PickedFile[], progress: (index: number, name: string) => void): Promise<{ screening: ReturnType<typeof screenFiles>; forms: Map<string, FormsData> }> {
  const candidates: Candidate[] = [];
  const forms = new Map<string, FormsData>();
  for (const [i, file] of files.entries()) {
    progress(i + 1, file.name);
    const read = await readPicked(file);
    candidates.push(read.candidate);
    if (read.forms) forms.set(file.name, read.forms);
  }
  return { screening: screenFiles(candidates), forms };
}

const rejectionLines = (rejected: readonly RejectedFile[]): string[] =>
  rejected.flatMap((r) => [T.rejectedLine(r.file, r.reason), ...r.details.map((d) => d.trim())]);

/**
 * Consolidates the picked files as `cchc consolidate` does: every rejected file named; nothing built when one
 * is rejected unless `skipRejected`; then the workbook and the district's report, built in the browser (its charts
 * drawn by `rasterise`: the browser's canvas).
 */
export async function consolidatePicked(
  files: readonly PickedFile[],
  skipRejected: boolean,
  progress: (text: string) => void,
  lastYear: readonly PickedFile[] = [],
  rasterise: ChartRasteriser = rasteriseChartInBrowser,
): Promise<PaneConsolidation> {
  const { screening, forms } = await readAll(files, (i, name) => progress(T.progress(i, files.length, name)));
  const { rejected, grouping } = screening;
  const problems = [...screening.notes, ...rejectionLines(rejected)];
  if (screening.readable === 0) return { ok: false, lines: [...problems, T.noneReadable(files.length)], workbook: null, report: null };
  if (rejected.length > 0 && !skipRejected) return { ok: false, lines: [...problems, T.nothingWritten(rejected.length)], workbook: null, report: null };
  // A rejected commune is one that has not reported: it stays in the expected count.
  const screened = screenedTotals(screening, (file) => forms.get(file));
  if (!grouping || !screened) return { ok: false, lines: [...problems, T.noneAccepted(rejected.length)], workbook: null, report: null };

  // Last year's files, when given: screened and totalled the same way, for the report's comparisons.
  let previous: { year: number; totals: typeof screened.totals } | undefined;
  const compared: string[] = [];
  if (lastYear.length > 0) {
    const last = await readAll(lastYear, (i, name) => progress(T.lastYearProgress(i, lastYear.length, name)));
    const lastRejected = last.screening.rejected;
    const lastProblems = [...last.screening.notes, ...rejectionLines(lastRejected)];
    const totals = lastYearTotals(last.screening, (file) => last.forms.get(file), grouping);
    if (!totals.ok) return { ok: false, lines: [...problems, ...lastProblems, PERIODS_TEXT.cli.compareUnusable(totals.reason)], workbook: null, report: null };
    if (lastRejected.length > 0 && !skipRejected) {
      return { ok: false, lines: [...problems, ...lastProblems, PERIODS_TEXT.cli.compareRejected(lastRejected.length), T.nothingWritten(lastRejected.length)], workbook: null, report: null };
    }
    previous = { year: totals.year, totals: totals.totals };
    compared.push(...lastProblems, PERIODS_TEXT.cli.compareRead(totals.accepted, AGGREGATE_TEXT.groupingPeriod(grouping.period, totals.year)));
  }

  progress(T.building);
  const { totals } = screened;
  // The layout, the writer, the report and the docx library load only now, as their own chunks.
  const [{ buildConsolidatedPlan }, { fillWorkbook }, { buildConsolidatedReport }, { renderDocx }, { default: ExcelJS }] = await Promise.all([
    import(/* webpackChunkName: "consolidate" */ '../../core/layout/consolidated-plan'),
    import(/* webpackChunkName: "consolidate" */ '../shared/xlsx-plan-writer'),
    import(/* webpackChunkName: "consolidate" */ '../../core/report/consolidated-report'),
    import(/* webpackChunkName: "docx" */ '../../render/render-docx'),
    import(/* webpackChunkName: "xlsx" */ 'exceljs'),
  ]);
  const { plan, results } = buildConsolidatedPlan(grouping, totals);
  const wb = new ExcelJS.Workbook();
  await fillWorkbook(wb, plan, results);
  const xlsx = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const charts = keyRatioCharts(screened.accepted, totals, BUILTIN_CATALOGUE);
  const docx = await renderDocx(buildConsolidatedReport(grouping, totals, { charts }, laggingUnits(screened), previous), rasterise);
  const period = REPORT_TEXT.periodWithYear(grouping.period, grouping.year);
  const workbook = { name: T.workbookName(period), bytes: xlsx };
  const report = { name: T.reportName(period), bytes: docx };
  return { ok: true, lines: [...problems, ...compared, T.done(grouping.units.length, totals.expected, workbook.name, report.name)], workbook, report, charts };
}
