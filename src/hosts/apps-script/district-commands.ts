// The district's copy of the template: Tổng hợp over the communes' spreadsheets listed on `Danh sách đơn vị`, resumed by a trigger when one execution is not enough, and the district's report.
import { unreadableCandidate } from '../../core/aggregate/candidate';
import { expectedCommunes, type ExpectedCommunes } from '../../core/aggregate/expected-communes';
import { screenFiles, type RejectedFile, type Screening } from '../../core/aggregate/grouping';
import { acceptedJointTotals } from '../../core/aggregate/joint-totals';
import { laggingUnits, screenedTotals, type ScreenedTotals } from '../../core/aggregate/screened-totals';
import type { FormsData } from '../../core/data/types';
import { UserError } from '../../core/errors/user-error';
import type { FormCatalogue } from '../../core/forms/build-catalogue';
import { AGGREGATE_TEXT, GAS_TEXT, REPORT_TEXT } from '../../core/i18n/messages';
import { buildConsolidatedPlan } from '../../core/layout/consolidated-plan';
import type { WorkbookPlan } from '../../core/layout/types';
import { buildConsolidatedReport } from '../../core/report/consolidated-report';
import { applyWorkbookPlan } from './apply-plan';
import { chartImages, chartRequests, writeChartData } from './district-charts';
import { keyRatioCharts } from '../../core/report/charts/ratio-charts';
import { deliverReport, stamp } from './deliver-report';
import { listEntries, saveProgress, storedPieces, storedProgress, type CommuneResult, type DistrictState, type PauseReason } from './district-progress';
import type { GasEnv, GasSpreadsheet, GasTrigger } from './gas-types';
import { guarded } from './guarded';
import { rangesLockedForUser, sheetsLockedForUser } from './protect-sheet';
import { googleWords, readCommune, statusOf } from './read-commune';
import {
  CARRIED_SET_CHECK_NAME,
  CARRIED_SET_ID_NAME,
  CARRIED_SET_PARTS_NAME,
  CARRIED_SET_SHEET,
  CARRIED_SET_VERSION_NAME,
  carriedPartName,
} from '../../core/forms/carried-set';
import { BUILTIN_SHEET_SET, setLine, spreadsheetSet, type SheetSet } from './spreadsheet-set';
import { setKey } from './district-progress';
import { fullPayload, showSidebar, type SidebarFinding, type SidebarPayload } from './sidebar';
import { listFingerprint, readUnitList, type ListedUnit, type UnitList } from './unit-list';
import { readReportContent } from './report-content';
import { chooseOfficeLastYear, officeLastYear } from './office-last-year';

const T = GAS_TEXT.district;

/** Top-level functions the trigger and the sidebar call (main.ts defines them). */
export const DISTRICT_FUNCTIONS = {
  consolidate: 'cchcConsolidate',
  resume: 'cchcConsolidateResume',
  status: 'cchcConsolidateStatus',
  report: 'cchcConsolidateReport',
} as const;

/**
 * "Script runtime: 6 min / execution" (https://developers.google.com/apps-script/guides/services/quotas):
 * Apps Script then ends the script, whatever it was doing.
 */
export const EXECUTION_MS = 360_000;
/** Reading stops after 4½ minutes, which leaves the rest for writing the sheets and saving the progress. */
export const SLICE_MS = 270_000;
/** When the next execution resumes: "after(durationMilliseconds)" of a clock trigger (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer)). */
export const RESUME_AFTER_MS = 60_000;
/**
 * The trigger each execution books before any work, so that a run survives an execution ended at
 * 6 minutes in the middle of its work: it fires only once that execution is over, however it ended
 * (a one-off trigger that fires while the run's lock is held would find it busy and be spent).
 */
export const SAFETY_AFTER_MS = EXECUTION_MS + RESUME_AFTER_MS;
/**
 * "Read requests per minute per user per project: 60"; a 429 clears after a minute
 * (https://developers.google.com/sheets/api/limits): the run waits that long in the same execution
 * when it has the time, else resumes in the next.
 */
export const QUOTA_WAIT_MS = 61_000;
/**
 * Errors that pass (500, 503, a timeout): "Use exponential backoff when retrying requests"
 * (https://developers.google.com/sheets/api/troubleshoot-api-errors). A commune is read again in
 * later executions, 1, 2 and 4 minutes apart, at most this many times; then it is named as
 * "tạm thời không đọc được".
 */
export const MAX_RETRIES = 3;
/** No progress for this long: the sidebar says the run stalled and offers to carry it on. */
export const STALL_MS = 600_000;
/**
 * The sheets are written in the execution that finished reading only when the reading took less
 * than this (then over 5 minutes are left, about what a fresh execution has); otherwise in an
 * execution of their own. Either way the reads are saved first.
 */
export const WRITE_INLINE_MS = 60_000;
/** Executions in a row without progress after which a trigger stops carrying the run on (each one killed): the sidebar offers to continue. */
export const MAX_STARTS = 3;
/** How long a second run waits for the first before saying it is busy (LockService: https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)). */
const LOCK_WAIT_MS = 1_000;

export interface DistrictRunOptions {
  /** Milliseconds since the epoch; tests drive a fake clock. */
  readonly now?: () => number;
  /**
   * False when a time-based trigger runs it. "Scripts can only interact with the UI for the current
   * instance of an open editor" (https://developers.google.com/apps-script/reference/base/ui): a
   * trigger has none, so the open sidebar polls for the progress instead. The trigger runs as the
   * person who created it, with their access to the communes' spreadsheets
   * (https://developers.google.com/apps-script/guides/triggers/installable#restrictions).
   */
  readonly interactive?: boolean;
}

/**
 * The consolidated form sheets go beside the copy's own Biểu mẫu sheets (TH Biểu mẫu 1 …), never over
 * them; the set the totals follow is the one the copy itself carries in `Bộ biểu mẫu`, so the
 * consolidated plan's own carried sheet is left out.
 */
export function districtPlan(plan: WorkbookPlan): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets
      .filter((s) => s.name !== CARRIED_SET_SHEET)
      .map((s) => (s.name === AGGREGATE_TEXT.groupingSheet ? s : { ...s, name: T.formSheet(s.name) })),
  };
}

/**
 * The office's own set: the one its copy of the template carries, else the built-in one. Tổng hợp
 * totals communes of that set only. Read with SpreadsheetApp (one getValues of `Bộ biểu mẫu`, whose
 * named cells sit where carriedSetSheet lays them: B2 onwards), not the Sheets API: the sidebar's
 * poll reads it every 15 seconds, and the API's read quota is the communes' (60 a minute).
 */
export function officeSet(ss: GasSpreadsheet): SheetSet {
  const sheet = ss.getSheetByName(CARRIED_SET_SHEET);
  if (sheet === null) return BUILTIN_SHEET_SET;
  const grid = sheet.getDataRange().getValues();
  const at = (i: number): unknown => grid[i + 1]?.[1] ?? '';
  const values: Record<string, unknown> = {
    [CARRIED_SET_ID_NAME]: at(0),
    [CARRIED_SET_VERSION_NAME]: at(1),
    [CARRIED_SET_CHECK_NAME]: at(2),
    [CARRIED_SET_PARTS_NAME]: at(3),
  };
  for (let i = 1; i + 4 < grid.length; i++) values[carriedPartName(i)] = at(3 + i);
  return spreadsheetSet(values);
}

/** The commune a row of the list names, kept with its result when it is not the row's label (a name listed twice, a row without a name). */
const entryOf = (unit: ListedUnit): { entry?: string } => (unit.name === unit.label ? {} : { entry: unit.name });

/**
 * Screens and totals what was read. The communes expected are the list's, as `cchc consolidate --expected-list` and the pane
 * count them (expectedCommunes): each commune its rows name once, and any commune a spreadsheet names that no row does.
 */
function screenResults(
  results: readonly CommuneResult[],
  office: SheetSet,
): { screening: Screening; screened: ScreenedTotals | null; expected: ExpectedCommunes } {
  const candidates = results.map((r) => r.candidate);
  const screening = screenFiles(candidates);
  const expected = expectedCommunes(listEntries(results), candidates);
  const forms = new Map<string, FormsData>();
  for (const r of results) if (r.forms) forms.set(r.candidate.file, r.forms);
  return { screening, screened: screenedTotals(screening, (file) => forms.get(file), expected, office.catalogue), expected };
}

const rejectionFindings = (rejected: readonly RejectedFile[]): SidebarFinding[] =>
  rejected.map((r) => ({
    severity: 'error',
    label: T.rejectedLabel,
    cell: null,
    message: [`${r.file}: ${r.reason}`, ...r.details.map((d) => d.trim())].join('\n'),
  }));

/** Communes named as "tạm thời không đọc được": their reads failed with errors that pass, every time. */
const givenUp = (retry: DistrictState['retry']): number => Object.values(retry).filter((n) => n > MAX_RETRIES).length;
/** Communes still to be read again. */
const toRetry = (retry: DistrictState['retry']): string[] => Object.keys(retry).filter((i) => (retry[i] ?? 0) <= MAX_RETRIES);
/** Exponential back-off between the reads again: 1, 2, 4 minutes after the 1st, 2nd, 3rd failure. */
const backoffMs = (failures: number): number => RESUME_AFTER_MS * 2 ** Math.max(0, failures - 1);

/** The sidebar once everything is read: how many were totalled, which were not and why, and the report button. */
function donePayload(results: readonly CommuneResult[], retry: DistrictState['retry'], office: SheetSet, chartsRefused: string | null): Omit<SidebarPayload, 'close'> {
  const { screening, screened, expected } = screenResults(results, office);
  const findings = rejectionFindings(screening.rejected);
  const passing = givenUp(retry);
  if (!screened) {
    return {
      title: GAS_TEXT.menu.consolidate,
      formSet: setLine(office.set),
      lead: T.noneAccepted(screening.rejected.length),
      // A tie decided the period even when none of its communes could be totalled (each of them a commune twice).
      ...(screening.ties.length > 0 || passing > 0 ? { summary: [...screening.ties, ...(passing > 0 ? [T.passingSummary(passing)] : [])].join(' ') } : {}),
      findings,
    };
  }
  // Screening's notes list every file by period: the rejection of each commune of another period already says it. Only the
  // line saying a tie decided the period is said, as the CLI and the pane say it: the rejections do not.
  const summary = [
    ...(screening.rejected.length > 0 ? [T.rejected(screening.rejected.length)] : []),
    ...screening.ties,
    ...(passing > 0 ? [T.passingSummary(passing)] : []),
    ...(chartsRefused !== null ? [T.chartsRefused(chartsRefused)] : []),
    // As `cchc consolidate --expected-list` and the pane name them: totalled, and counted as expected.
    ...(expected.notListed.length > 0 ? [T.notListed(expected.notListed)] : []),
  ].join(' ');
  return {
    title: GAS_TEXT.menu.consolidate,
    formSet: setLine(office.set),
    lead: T.done(screened.accepted.length, screened.totals.expected),
    ...(summary !== '' ? { summary } : {}),
    findings,
    actions: [{ label: T.reportButton, fn: DISTRICT_FUNCTIONS.report }],
  };
}

function pauseSummary(state: Pick<DistrictState, 'paused' | 'retry'>): string {
  switch (state.paused) {
    case 'quota':
      return T.pausedForQuota;
    case 'write':
      return T.pausedForWrite;
    case 'retry': {
      const due = toRetry(state.retry);
      const fewest = Math.min(...due.map((i) => state.retry[i] ?? 1));
      return T.pausedForRetry(due.length, backoffMs(fewest) / 60_000, MAX_RETRIES);
    }
    default:
      return T.pausedForTime;
  }
}

/** An unfinished run: its progress, why it waits, and — with no progress for STALL_MS — a button that carries it on. */
function pausedPayload(state: Pick<DistrictState, 'read' | 'total' | 'paused' | 'retry' | 'updated'>, now: number): Omit<SidebarPayload, 'close'> {
  const stalled = now - state.updated > STALL_MS;
  return {
    title: GAS_TEXT.menu.consolidate,
    lead: T.progress(state.read, state.total),
    summary: stalled ? T.stalled(Math.floor((now - state.updated) / 60_000)) : pauseSummary(state),
    // Tổng hợp itself is the continue function: it carries on an unfinished run over the same list, reading only what is left.
    ...(stalled ? { actions: [{ label: T.continueButton, fn: DISTRICT_FUNCTIONS.consolidate }] } : {}),
    poll: DISTRICT_FUNCTIONS.status,
  };
}

const resumeTriggers = (env: GasEnv): GasTrigger[] => env.ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === DISTRICT_FUNCTIONS.resume);

/**
 * Books the next execution, then deletes the given resume triggers: one-off triggers still count
 * against the 20 a user may have per script until deleted
 * (https://developers.google.com/apps-script/guides/services/quotas).
 */
function book(env: GasEnv, afterMs: number, replacing: readonly GasTrigger[]): GasTrigger {
  const next = env.ScriptApp.newTrigger(DISTRICT_FUNCTIONS.resume).timeBased().after(afterMs).create();
  for (const t of replacing) env.ScriptApp.deleteTrigger(t);
  return next;
}

/** Clears `Tổng hợp` before it is written again: its list of communes may be shorter than last time. */
function clearGroupingSheet(env: GasEnv, ss: GasSpreadsheet): void {
  const sheet = ss.getSheetByName(AGGREGATE_TEXT.groupingSheet);
  // A sheet the user may not edit is left to applyWorkbookPlan, which refuses it with its own message before changing anything.
  if (!sheet || sheetsLockedForUser(env, [sheet]).length > 0 || rangesLockedForUser(env, [sheet]).length > 0) return;
  sheet.clear();
}

/**
 * Tổng hợp's charts of the key ratios, right of its tables (district-charts): after the layout, their numbers written in one
 * setValues, then the sheet's old charts deleted and the new ones added in a batchUpdate of their own. A batch is all or
 * nothing ("If any request is not valid, the entire request fails and nothing is applied",
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate): a chart Sheets refuses then costs the
 * charts alone, never the tables. Returns Google's words when the charts were refused (the tables stand, the old charts too);
 * a quota error (429) is thrown, for the whole write to wait and run again.
 */
function layOutWithCharts(env: GasEnv, ss: GasSpreadsheet, plan: WorkbookPlan, screened: ScreenedTotals, catalogue: FormCatalogue): string | null {
  const sheet = AGGREGATE_TEXT.groupingSheet;
  const charts = keyRatioCharts(screened.accepted, screened.totals, catalogue);
  const firstColumn = (plan.sheets.find((s) => s.name === sheet)?.columns ?? 0) + 2;
  const { sheetIds, found } = applyWorkbookPlan(env, ss, plan);
  writeChartData(ss, sheet, charts, firstColumn);
  const id = sheetIds[sheet];
  const requests = id === undefined ? [] : chartRequests(charts, id, firstColumn, found.chartIds[sheet] ?? []);
  if (requests.length === 0) return null;
  try {
    env.Sheets.Spreadsheets.batchUpdate({ requests }, ss.getId());
    return null;
  } catch (e) {
    if (statusOf(e) === 429) throw e;
    return googleWords(e);
  }
}

/** The list, read once more a minute later when the reads of the communes spent this minute's quota. */
function readList(env: GasEnv, ss: GasSpreadsheet): UnitList {
  try {
    return readUnitList(env, ss);
  } catch (e) {
    if (statusOf(e) !== 429) throw e;
    env.Utilities.sleep(QUOTA_WAIT_MS);
    return readUnitList(env, ss);
  }
}

function run(env: GasEnv, now: () => number, interactive: boolean): void {
  const start = now();
  const ss = env.SpreadsheetApp.getActiveSpreadsheet();
  const props = env.PropertiesService.getDocumentProperties();
  const office = officeSet(ss);
  const all = props.getProperties();
  const stored = storedProgress(all, office.catalogue);
  const unfinished = stored !== null && !stored.state.done ? stored : null;
  // A trigger only ever carries on an unfinished run: with none, it deletes itself and reads nothing, not even the list.
  if (!interactive && !unfinished) {
    for (const t of resumeTriggers(env)) env.ScriptApp.deleteTrigger(t);
    return;
  }
  const list = readList(env, ss);
  if (list.kind === 'created') throw new UserError(T.listCreated);
  if (list.units.length === 0) throw new UserError(T.listEmpty);
  const fingerprint = listFingerprint(list.units);
  const total = list.units.length;
  // A run resumes only over the list it started with; anything else (a finished run, another list) starts afresh.
  const resumable = unfinished !== null && unfinished.state.list === fingerprint && unfinished.results.length === unfinished.state.read ? unfinished : null;
  const pending = resumeTriggers(env);
  // A trigger leaves alone a run whose list changed since, and one that made no progress in its last executions (each ended at 6 minutes): the sidebar then offers to continue.
  if (!interactive && (!resumable || resumable.state.starts >= MAX_STARTS)) {
    for (const t of pending) env.ScriptApp.deleteTrigger(t);
    return;
  }
  // The next execution is booked before any work: whatever ends this one (its end, an error, the 6-minute limit), the run carries on.
  const safety = book(env, SAFETY_AFTER_MS, pending);

  const results: CommuneResult[] = resumable ? [...resumable.results] : [];
  const retry: Record<string, number> = resumable ? { ...resumable.state.retry } : {};
  let updated = resumable ? resumable.state.updated : start;
  // A run stored under another set (not read back) still leaves its pieces to remove.
  let pieces = stored?.state.pieces ?? storedPieces(all);
  // This execution counts until it makes progress (a trigger stops after MAX_STARTS in a row that made none).
  let starts = (resumable?.state.starts ?? 0) + 1;
  // Google's words when Tổng hợp's charts were refused (its tables written all the same): kept with the finished run for the sidebar.
  let chartsRefused: string | null = null;
  const save = (done: boolean, paused: PauseReason | null): void => {
    const state = { list: fingerprint, total, read: results.length, done, updated, starts, retry, paused, set: setKey(office.catalogue), ...(chartsRefused !== null ? { chartsRefused } : {}) };
    pieces = saveProgress(props, state, results, pieces, office.catalogue).pieces;
  };
  save(false, resumable?.state.paused ?? null);
  const progressed = (): void => {
    updated = now();
    starts = 0;
  };

  const pause = (why: PauseReason, afterMs: number): void => {
    save(false, why);
    book(env, afterMs, [safety]);
    if (interactive) showSidebar(env, pausedPayload({ read: results.length, total, paused: why, retry, updated }, now()));
  };
  /** Waits out the read quota in this execution when it has the time; false when the run must pause for it. */
  const waitForQuota = (): boolean => {
    if (now() - start + QUOTA_WAIT_MS > SLICE_MS) return false;
    env.Utilities.sleep(QUOTA_WAIT_MS);
    return true;
  };
  const failedNow = new Set<string>();
  const passing = (index: number, unit: ListedUnit, detail: string): CommuneResult => {
    const failures = (retry[index] ?? 0) + 1;
    retry[index] = failures;
    failedNow.add(`${index}`);
    return { candidate: unreadableCandidate(unit.label, T.reasons.passing(detail, failures)), forms: null, ...entryOf(unit) };
  };

  while (results.length < total) {
    if (now() - start > SLICE_MS) return pause('time', RESUME_AFTER_MS);
    const index = results.length;
    const unit = list.units[index]!;
    const read = readCommune(env, unit.label, unit.link, office);
    if (read.kind === 'quota') {
      if (!waitForQuota()) return pause('quota', RESUME_AFTER_MS);
      continue;
    }
    results.push(read.kind === 'passing' ? passing(index, unit, read.detail) : { candidate: read.candidate, forms: read.forms, ...entryOf(unit) });
    progressed();
  }

  // Errors that pass are read again in a later execution, never in the one that met them.
  for (const key of toRetry(retry)) {
    if (failedNow.has(key)) continue;
    if (now() - start > SLICE_MS) return pause('time', RESUME_AFTER_MS);
    const index = Number(key);
    const unit = list.units[index]!;
    let read = readCommune(env, unit.label, unit.link, office);
    if (read.kind === 'quota') {
      if (!waitForQuota()) return pause('quota', RESUME_AFTER_MS);
      read = readCommune(env, unit.label, unit.link, office);
      if (read.kind === 'quota') return pause('quota', RESUME_AFTER_MS);
    }
    if (read.kind === 'passing') results[index] = passing(index, unit, read.detail);
    else {
      results[index] = { candidate: read.candidate, forms: read.forms, ...entryOf(unit) };
      delete retry[key];
    }
    progressed();
  }
  const due = toRetry(retry);
  if (due.length > 0) return pause('retry', backoffMs(Math.min(...due.map((i) => retry[i] ?? 1))));

  // Everything is read and saved before any write: an execution ended during the writes loses no read.
  if (now() - start > WRITE_INLINE_MS) return pause('write', RESUME_AFTER_MS);
  save(false, 'write');
  const { screened } = screenResults(results, office);
  if (screened) {
    const plan = districtPlan(buildConsolidatedPlan(screened.grouping, screened.totals, office.catalogue).plan);
    const write = (): string | null => {
      clearGroupingSheet(env, ss);
      return layOutWithCharts(env, ss, plan, screened, office.catalogue);
    };
    try {
      chartsRefused = write();
    } catch (e) {
      // The reads of the communes may have spent this minute's quota, which the layout's own read shares.
      if (statusOf(e) !== 429) throw e;
      if (!waitForQuota()) return pause('write', RESUME_AFTER_MS);
      chartsRefused = write();
    }
  }
  progressed();
  // Kept after the run: the district's report is built from them.
  save(true, null);
  env.ScriptApp.deleteTrigger(safety);
  if (interactive) showSidebar(env, donePayload(results, retry, office, chartsRefused));
}

/**
 * CCHC › Tổng hợp (and the trigger that resumes it): reads every listed commune, names each one
 * left out with its reason, totals the others as `cchc consolidate --skip-rejected` does and
 * writes `Tổng hợp` and TH Biểu mẫu 1–7. One run at a time per spreadsheet (a document lock).
 */
export function consolidateCommand(env: GasEnv, options: DistrictRunOptions = {}): void {
  const interactive = options.interactive ?? true;
  const now = options.now ?? ((): number => Date.now());
  // From the menu, consent comes first (guarded), before the lock; in a trigger a failure is left to Apps Script,
  // which records it and mails the owner: there is nobody to show an alert to.
  if (interactive) guarded(env, GAS_TEXT.menu.consolidate, () => underLock(env, true, () => run(env, now, true)));
  else underLock(env, false, () => run(env, now, false));
}

/** Runs `work` holding the spreadsheet's document lock; a second run that cannot get it says so (from the menu) and does nothing. */
function underLock(env: GasEnv, interactive: boolean, work: () => void): void {
  const lock = env.LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) {
    if (interactive) {
      const ui = env.SpreadsheetApp.getUi();
      ui.alert(GAS_TEXT.menu.consolidate, T.busy, ui.ButtonSet.OK);
    }
    return;
  }
  try {
    work();
  } finally {
    lock.releaseLock();
  }
}

/** The sidebar's poll: progress while a run is under way (and a continue button once it stalled), the outcome once it is done. */
export function consolidateStatus(env: GasEnv, now: () => number = () => Date.now()): SidebarPayload {
  const office = officeSet(env.SpreadsheetApp.getActiveSpreadsheet());
  const stored = storedProgress(env.PropertiesService.getDocumentProperties().getProperties(), office.catalogue);
  if (!stored) return fullPayload({ title: GAS_TEXT.menu.consolidate, lead: T.reportNeedsRun });
  return fullPayload(stored.state.done ? donePayload(stored.results, stored.state.retry, office, stored.state.chartsRefused ?? null) : pausedPayload(stored.state, now()));
}

/** CCHC › Báo cáo tổng hợp: the district's report (Google Doc and .docx) from the last finished Tổng hợp. */
export function districtReportCommand(env: GasEnv, now: () => Date = () => new Date()): void {
  guarded(env, T.reportTitle, () => {
    const ss = env.SpreadsheetApp.getActiveSpreadsheet();
    const office = officeSet(ss);
    // One read of the document's properties: the stored run, and the link of last year's spreadsheet.
    const properties = env.PropertiesService.getDocumentProperties().getProperties();
    const stored = storedProgress(properties, office.catalogue);
    if (!stored) throw new UserError(T.reportNeedsRun);
    if (!stored.state.done) throw new UserError(T.reportNeedsFinish(stored.state.read, stored.state.total));
    const { screening, screened } = screenResults(stored.results, office);
    if (!screened) throw new UserError(T.noneAccepted(screening.rejected.length));
    const { grouping, totals } = screened;
    // Last year's totals (one read of last year's spreadsheet), before anything is built: a link that cannot serve refuses the report.
    const lastYear = officeLastYear(env, properties, grouping, office);
    // The communes Danh sách đơn vị names: one whose spreadsheet could not be read is named as the list names it.
    const listed = listEntries(stored.results);
    // The office's header, signer, Nơi nhận and parts IV–VI, from its own sheet (created, empty, the first time).
    const content = readReportContent(ss);
    const { charts, images } = chartImages(ss.getSheetByName(AGGREGATE_TEXT.groupingSheet), keyRatioCharts(screened.accepted, totals, office.catalogue));
    const options = { ...content.options, expectedUnits: listed, charts };
    const model = buildConsolidatedReport(grouping, totals, options, laggingUnits(screened, office.catalogue), lastYear?.previous, office.catalogue, acceptedJointTotals(screened, office.catalogue));
    const name = T.reportDocName(REPORT_TEXT.periodWithYear(grouping.period, grouping.year), stamp(env, ss.getSpreadsheetTimeZone(), now()));
    const { lead, links } = deliverReport(env, ss, name, model, images);
    const notes = [...(lastYear ? [lastYear.line] : []), ...content.notes];
    showSidebar(env, { title: T.reportTitle, lead, links, ...(notes.length > 0 ? { summary: notes.join(' ') } : {}) });
  });
}

/**
 * CCHC › Chọn bảng tổng hợp cùng kỳ năm trước…: the link of last year's copy of this office's spreadsheet, whose TH sheets
 * Báo cáo tổng hợp compares with (office-last-year); checked against this year's period once a Tổng hợp has finished.
 */
export function officeLastYearCommand(env: GasEnv): void {
  guarded(env, T.lastYear.promptTitle, () => {
    const office = officeSet(env.SpreadsheetApp.getActiveSpreadsheet());
    const stored = storedProgress(env.PropertiesService.getDocumentProperties().getProperties(), office.catalogue);
    const current = stored?.state.done ? screenResults(stored.results, office).screening.grouping : null;
    chooseOfficeLastYear(env, office, current);
  });
}
