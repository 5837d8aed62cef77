// The pane's "Tổng hợp": reads the picked files and hands bytes out; the core decides what is accepted, totals, lays out and words it.
import { expectedCommunes } from '../../core/aggregate/expected-communes';
import { checkedCandidate, otherSetCandidate, unreadableCandidate } from '../../core/aggregate/candidate';
import { screenFiles, unitName, type Candidate, type Grouping, type RejectedFile } from '../../core/aggregate/grouping';
import { BUILTIN_SET } from '../../core/forms/builtin';
import { catalogueOf } from '../../core/forms/builtin';
import { namedIdentity, sameSet, setLabel } from '../../core/forms/choose-form-set';
import type { FormSetDef, FormSetIdentity } from '../../core/forms/form-set';
import { carriedSetIn, FormSetFileError, namedSetIn } from './pane-sets';
import { comparableWith, laggingUnits, lastYearTotals, screenedTotals } from '../../core/aggregate/screened-totals';
import { byMostFollowedSet, mostFollowedSet, readAgainByCarried, readAgainUnread, type OwnSetRead } from '../../core/aggregate/most-followed-set';
import { acceptedJointTotals } from '../../core/aggregate/joint-totals';
import { parseReportData } from '../../core/data/schema';
import type { FormsData, ReportData } from '../../core/data/types';
import { AGGREGATE_TEXT, PERIODS_TEXT, UI_TEXT } from '../../core/i18n/messages';
import { REPORT_TEXT } from '../../core/i18n/report';
import { readNamedWorkbook, type ReadInput } from '../../core/read/check-named-values';
import { WorkbookFormatError } from '../../core/read/read-workbook';
import type { PickedFile } from './read-input-file';
import type { ChartModel } from '../../core/report/charts/chart-model';
import { keyRatioCharts } from '../../core/report/charts/ratio-charts';
import { rasteriseChartInBrowser } from './chart-png';
import type { ChartRasteriser } from '../../render/docx-chart';
import { readXlsxNames } from './read-xlsx-names';
import { xlsxPresence } from '../shared/read-xlsx-named-cells';
import { refuseDamaged } from '../../core/read/workbook-damage';
import { XlsxTooLargeError } from '../shared/xlsx-limits';
import type { ConsolidatedReportOptions, PreviousTotals } from '../../core/report/consolidated-report';
import { OFFICE_TEXT_KEYS, parseExpectedList } from '../../core/report/office-inputs';
import type { OfficeInputs } from './office-inputs-form';
import { pickedBytes, PickedFileUnreadableError } from './picked-bytes';

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

/** What one picked file gave: a candidate, the forms to total, and the set it was read by (null when unreadable or of another set). */
type Picked = OwnSetRead;

/**
 * Reads one picked file by the set it carries or names (`known`: the sets data may name besides the built-in one), with none
 * `chosen` (which set the files are totalled by is then decided from all of them: byMostFollowedSet). With one chosen (this
 * year's files, once decided), a file of another set is rejected with its set named, as `cchc consolidate` does: data naming
 * a set that no file carries and the pane lacks. A file no set reads (no bytes, neither a workbook nor JSON, another kind of
 * file) is `final`: never read again.
 */
async function readPicked(file: PickedFile, known: readonly FormSetDef[], chosen: FormSetDef | null): Promise<Picked> {
  const lower = file.name.toLowerCase();
  let input: ReadInput;
  let own: FormSetDef;
  const otherSet = (identity: FormSetIdentity, data: ReportData | null): Picked | null => {
    const set = chosen;
    if (!set || sameSet(identity, set)) return null;
    return { candidate: otherSetCandidate(file.name, data ? unitName(data.meta) : null, setLabel(identity), setLabel(set)), forms: null, set: null };
  };
  if (lower.endsWith('.xlsx')) {
    let named;
    try {
      named = await readXlsxNames(file);
    } catch (e) {
      // A refusal for size says why in its own words; anything else is a damaged file. No set reads it otherwise.
      const reason = e instanceof XlsxTooLargeError || e instanceof PickedFileUnreadableError ? e.message : T.damaged;
      return { candidate: unreadableCandidate(file.name, reason), forms: null, set: null, final: true };
    }
    try {
      own = carriedSetIn(file.name, named.values);
    } catch (e) {
      if (e instanceof FormSetFileError) return { candidate: unreadableCandidate(file.name, e.message), forms: null, set: null };
      throw e;
    }
    try {
      // A damaged workbook is rejected with its damage named, never totalled with rows missing.
      refuseDamaged(named.values, xlsxPresence(named), catalogueOf(own), UI_TEXT.damageHint.file);
      input = readNamedWorkbook(named.values, named.addresses, true, catalogueOf(own));
    } catch (e) {
      if (e instanceof WorkbookFormatError) return { candidate: unreadableCandidate(file.name, e.message), forms: null, set: null };
      throw e;
    }
    const other = otherSet(own, input.data);
    if (other) return other;
  } else if (lower.endsWith('.json')) {
    let bytes: Uint8Array;
    try {
      bytes = await pickedBytes(file);
    } catch (e) {
      if (e instanceof PickedFileUnreadableError) return { candidate: unreadableCandidate(file.name, e.message), forms: null, set: null, final: true };
      throw e;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return { candidate: unreadableCandidate(file.name, T.notData(UI_TEXT.badJson)), forms: null, set: null, final: true };
    }
    // Another set's data is told as such before it is read (it could not be read by the chosen set's rows).
    const other = otherSet(namedIdentity(raw) ?? BUILTIN_SET, null);
    if (other) return other;
    try {
      // Data naming the set the files so far follow is read by it (last year's files may follow a set the pane knows from them only).
      own = namedSetIn(file.name, namedIdentity(raw), chosen ? [chosen, ...known] : known);
    } catch (e) {
      if (e instanceof FormSetFileError) return { candidate: unreadableCandidate(file.name, e.message), forms: null, set: null };
      throw e;
    }
    const parsed = parseReportData(raw, catalogueOf(own));
    if (!parsed.ok) return { candidate: unreadableCandidate(file.name, T.notData(parsed.problems.join('; '))), forms: null, set: null };
    input = { data: parsed.data, forms: parsed.data.forms, findings: [], cellOf: () => null, headerCellOf: () => null };
  } else {
    return { candidate: unreadableCandidate(file.name, T.unsupported), forms: null, set: null, final: true };
  }
  const checked = checkedCandidate(file.name, input, catalogueOf(own));
  return { candidate: checked.candidate, forms: checked.forms, set: own };
}

/**
 * Every picked file read by its own set (progress per file); when their workbooks carry sets `known` lacks, the files it could
 * not read (data naming such a set) are read again by these, so that the order of the files does not decide whether data is
 * read. This year's files and last year's alike, as `cchc consolidate` reads them (readOwnSets).
 */
async function readOwnSets(files: readonly PickedFile[], progress: (index: number, name: string) => void, known: readonly FormSetDef[]): Promise<Picked[]> {
  const reads: Picked[] = [];
  for (const [i, file] of files.entries()) {
    progress(i + 1, file.name);
    reads.push(await readPicked(file, known, null));
  }
  return readAgainByCarried(reads, known, (_r, i, sets) => readPicked(files[i] as PickedFile, sets, null));
}

/**
 * This year's files, read by their own sets (readOwnSets) and totalled by the set most of them follow, whatever their order (a
 * tie: the first by code, said among the screening's notes: mostFollowedSet); a file of another set rejected with both sets named, and a file none of the sets could read read again
 * by the chosen one (data naming a set the pane lacks is then of another set), as `cchc consolidate` does.
 */
async function readAll(
  files: readonly PickedFile[],
  progress: (index: number, name: string) => void,
  known: readonly FormSetDef[],
): Promise<{ screening: ReturnType<typeof screenFiles>; forms: ReadonlyMap<string, FormsData>; candidates: readonly Candidate[]; set: FormSetDef | null }> {
  const own = await readOwnSets(files, progress, known);
  const chosen = mostFollowedSet(own);
  // Counted for no set: the set is already chosen.
  const reads = chosen ? await readAgainUnread(own, async (_r, i) => ({ ...(await readPicked(files[i] as PickedFile, known, chosen)), set: null })) : own;
  const { set, candidates, forms, ties } = byMostFollowedSet(reads, 'this', T.setTieHint);
  return { screening: screenFiles(candidates, ties), forms, candidates, set };
}

/** Last year's files, read by their own sets (readOwnSets) and totalled by the set most of them follow, as `cchc consolidate --compare` does. */
async function readLastYear(
  files: readonly PickedFile[],
  progress: (index: number, name: string) => void,
  known: readonly FormSetDef[],
  current: Grouping,
): Promise<{ screening: ReturnType<typeof screenFiles>; forms: ReadonlyMap<string, FormsData>; set: FormSetDef | null }> {
  const { set, candidates, forms, ties } = byMostFollowedSet(await readOwnSets(files, progress, known), 'last');
  return { screening: screenFiles(candidates, ties, comparableWith(current)), forms, set };
}

const rejectionLines = (rejected: readonly RejectedFile[]): string[] =>
  rejected.flatMap((r) => [T.rejectedLine(r.file, r.reason), ...r.details.map((d) => d.trim())]);

/** The part numbers the report gives the office's text, for the warning on those left empty. */
const PART_NUMBER = { assessment: 'IV', tasks: 'V', proposals: 'VI' } as const;

/** What the office typed, as the district report's options: header, signer, Nơi nhận (one a line), parts IV–VI, the communes expected (one a line). */
export function officeReportOptions(inputs: OfficeInputs): ConsolidatedReportOptions {
  const given = (v: string | undefined): string | undefined => (v !== undefined && v.trim() !== '' ? v.trim() : undefined);
  const { issuer, superior, signerAuthority: authority, signerTitle: title, signerName: name } = inputs;
  const signer = { ...(given(authority) ? { authority: given(authority) } : {}), ...(given(title) ? { title: given(title) } : {}), ...(given(name) ? { name: given(name) } : {}) };
  const recipients = (inputs.recipients ?? '').split(/\r\n?|\n/).map((r) => r.trim()).filter((r) => r !== '');
  const officeText: Record<string, string> = {};
  for (const key of OFFICE_TEXT_KEYS) if (given(inputs[key])) officeText[key] = inputs[key]!;
  // A list of comments only names no one: as if none were typed.
  const list = given(inputs.expectedList) ? parseExpectedList(inputs.expectedList!) : null;
  return {
    ...(given(issuer) ? { issuer: given(issuer) } : {}),
    ...(given(superior) ? { superior: given(superior) } : {}),
    ...(Object.keys(signer).length > 0 ? { signer } : {}),
    ...(recipients.length > 0 ? { recipients } : {}),
    officeText,
    ...(list?.ok ? { expectedUnits: list.value } : {}),
  };
}

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
  known: readonly FormSetDef[] = [],
  inputs: OfficeInputs = {},
  rasterise: ChartRasteriser = rasteriseChartInBrowser,
): Promise<PaneConsolidation> {
  const chosen = await readAll(files, (i, name) => progress(T.progress(i, files.length, name)), known);
  const { screening, forms, candidates } = chosen;
  const catalogue = catalogueOf(chosen.set ?? BUILTIN_SET);
  const { rejected, grouping } = screening;
  const problems = [...screening.notes, ...rejectionLines(rejected)];
  if (screening.readable === 0) return { ok: false, lines: [...problems, T.noneReadable(files.length)], workbook: null, report: null };
  if (rejected.length > 0 && !skipRejected) return { ok: false, lines: [...problems, T.nothingWritten(rejected.length)], workbook: null, report: null };
  const options = officeReportOptions(inputs);
  // With a list, the communes expected are those listed and any other a file stands for (named, and totalled), as `cchc consolidate --expected-list` counts them.
  const withList = options.expectedUnits ? expectedCommunes(options.expectedUnits, candidates) : undefined;
  // A rejected commune is one that has not reported: it stays in the expected count.
  const screened = screenedTotals(screening, (file) => forms.get(file), withList, catalogue);
  if (!grouping || !screened) return { ok: false, lines: [...problems, T.noneAccepted(rejected.length)], workbook: null, report: null };

  // Last year's files, when given: screened and totalled the same way, for the report's comparisons.
  let previous: PreviousTotals | undefined;
  const compared: string[] = [];
  if (lastYear.length > 0) {
    // Last year's files follow their own set, as a commune's report of last year does: the one most of them follow, a file of
    // another set rejected with both named. They are compared by row key with this year's rows.
    const last = await readLastYear(lastYear, (i, name) => progress(T.lastYearProgress(i, lastYear.length, name)), known, grouping);
    const lastRejected = last.screening.rejected;
    const lastProblems = [...last.screening.notes, ...rejectionLines(lastRejected)];
    const totals = lastYearTotals(last.screening, (file) => last.forms.get(file), grouping, catalogue, catalogueOf(last.set ?? chosen.set ?? BUILTIN_SET));
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
  const [{ buildConsolidatedPlan }, { fillWorkbook }, { buildConsolidatedReport }, { renderDocx, fflateZip }, { default: ExcelJS }] = await Promise.all([
    import(/* webpackChunkName: "consolidate" */ '../../core/layout/consolidated-plan'),
    import(/* webpackChunkName: "consolidate" */ '../shared/xlsx-plan-writer'),
    import(/* webpackChunkName: "consolidate" */ '../../core/report/consolidated-report'),
    import(/* webpackChunkName: "docx" */ '../../render/render-docx'),
    import(/* webpackChunkName: "xlsx" */ 'exceljs'),
  ]);
  const { plan, results } = buildConsolidatedPlan(grouping, totals, catalogue);
  const wb = new ExcelJS.Workbook();
  await fillWorkbook(wb, plan, results);
  const xlsx = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  // The charts of the files' own set (the one chosen), as the report's words are.
  const charts = keyRatioCharts(screened.accepted, totals, catalogue);
  const docx = await renderDocx(
    buildConsolidatedReport(grouping, totals, { ...options, charts }, laggingUnits(screened, catalogue), previous, catalogue, acceptedJointTotals(screened, catalogue)),
    fflateZip,
    rasterise,
  );
  const period = REPORT_TEXT.periodWithYear(grouping.period, grouping.year);
  const workbook = { name: T.workbookName(period), bytes: xlsx };
  const report = { name: T.reportName(period), bytes: docx };
  const blank = OFFICE_TEXT_KEYS.filter((k) => options.officeText?.[k] === undefined).map((k) => PART_NUMBER[k]);
  const notes = [...(blank.length > 0 ? [T.officeTextBlank(blank)] : []), ...(withList?.notListed.length ? [T.notListed(withList.notListed)] : [])];
  // The outcome last, as in every other case.
  return { ok: true, lines: [...problems, ...compared, ...notes, T.done(grouping.units.length, totals.expected, workbook.name, report.name)], workbook, report, charts };
}
