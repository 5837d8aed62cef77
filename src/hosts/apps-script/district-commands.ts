// The district's copy of the template: Tổng hợp over the communes' spreadsheets listed on `Danh sách đơn vị`, resumed by a trigger when one execution is not enough, and the district's report.
import { screenFiles, type RejectedFile, type Screening } from '../../core/aggregate/grouping';
import { laggingUnits, screenedTotals, type ScreenedTotals } from '../../core/aggregate/screened-totals';
import type { FormsData } from '../../core/data/types';
import { UserError } from '../../core/errors/user-error';
import { AGGREGATE_TEXT, GAS_TEXT, REPORT_TEXT } from '../../core/i18n/messages';
import { buildConsolidatedPlan } from '../../core/layout/consolidated-plan';
import type { WorkbookPlan } from '../../core/layout/types';
import { buildConsolidatedReport } from '../../core/report/consolidated-report';
import { applyWorkbookPlan } from './apply-plan';
import { deliverReport, stamp } from './deliver-report';
import { saveProgress, storedProgress, type CommuneResult, type DistrictState } from './district-progress';
import type { GasEnv, GasSpreadsheet } from './gas-types';
import { guarded } from './guarded';
import { rangesLockedForUser, sheetsLockedForUser } from './protect-sheet';
import { readCommune, statusOf } from './read-commune';
import { fullPayload, showSidebar, type SidebarFinding, type SidebarPayload } from './sidebar';
import { listFingerprint, readUnitList } from './unit-list';

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
 * reading stops after 4½ minutes, which leaves the rest for writing the sheets and saving the progress.
 */
export const SLICE_MS = 270_000;
/** When the next execution resumes: "after(durationMilliseconds)" of a clock trigger (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer)). */
export const RESUME_AFTER_MS = 60_000;
/**
 * "Read requests per minute per user per project: 60"; a 429 clears after a minute
 * (https://developers.google.com/sheets/api/limits): the run waits that long in the same execution
 * when it has the time, else resumes in the next.
 */
export const QUOTA_WAIT_MS = 61_000;
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

/** The consolidated form sheets go beside the copy's own Biểu mẫu sheets (TH Biểu mẫu 1 …), never over them. */
export function districtPlan(plan: WorkbookPlan): WorkbookPlan {
  return { ...plan, sheets: plan.sheets.map((s) => (s.name === AGGREGATE_TEXT.groupingSheet ? s : { ...s, name: T.formSheet(s.name) })) };
}

function screenResults(results: readonly CommuneResult[]): { screening: Screening; screened: ScreenedTotals | null } {
  const screening = screenFiles(results.map((r) => r.candidate));
  const forms = new Map<string, FormsData>();
  for (const r of results) if (r.forms) forms.set(r.candidate.file, r.forms);
  return { screening, screened: screenedTotals(screening, (file) => forms.get(file)) };
}

const rejectionFindings = (rejected: readonly RejectedFile[]): SidebarFinding[] =>
  rejected.map((r) => ({
    severity: 'error',
    label: T.rejectedLabel,
    cell: null,
    message: [`${r.file}: ${r.reason}`, ...r.details.map((d) => d.trim())].join('\n'),
  }));

/** The sidebar once everything is read: how many were totalled, which were not and why, and the report button. */
function donePayload(results: readonly CommuneResult[]): Omit<SidebarPayload, 'close'> {
  const { screening, screened } = screenResults(results);
  const findings = rejectionFindings(screening.rejected);
  if (!screened) return { title: GAS_TEXT.menu.consolidate, lead: T.noneAccepted(screening.rejected.length), findings };
  return {
    title: GAS_TEXT.menu.consolidate,
    lead: T.done(screened.accepted.length, screened.totals.expected),
    // Screening's notes list every file by period: the rejection of each commune of another period already says it.
    ...(screening.rejected.length > 0 ? { summary: T.rejected(screening.rejected.length) } : {}),
    findings,
    actions: [{ label: T.reportButton, fn: DISTRICT_FUNCTIONS.report }],
  };
}

function pausedPayload(state: Pick<DistrictState, 'read' | 'total'>, quota: boolean): Omit<SidebarPayload, 'close'> {
  return {
    title: GAS_TEXT.menu.consolidate,
    lead: T.progress(state.read, state.total),
    summary: quota ? T.pausedForQuota : T.pausedForTime,
    poll: DISTRICT_FUNCTIONS.status,
  };
}

/** Removes this script's pending resume triggers: one-off triggers still count against the 20 a user may have per script until deleted. */
function clearResumeTriggers(env: GasEnv): void {
  for (const t of env.ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === DISTRICT_FUNCTIONS.resume) env.ScriptApp.deleteTrigger(t);
}

/** Clears `Tổng hợp` before it is written again: its list of communes may be shorter than last time. */
function clearGroupingSheet(env: GasEnv, ss: GasSpreadsheet): void {
  const sheet = ss.getSheetByName(AGGREGATE_TEXT.groupingSheet);
  // A sheet the user may not edit is left to applyWorkbookPlan, which refuses it with its own message before changing anything.
  if (!sheet || sheetsLockedForUser(env, [sheet]).length > 0 || rangesLockedForUser(env, [sheet]).length > 0) return;
  sheet.clear();
}

function run(env: GasEnv, now: () => number, interactive: boolean): void {
  const start = now();
  const ss = env.SpreadsheetApp.getActiveSpreadsheet();
  const props = env.PropertiesService.getDocumentProperties();
  const stored = storedProgress(props.getProperties());
  // A trigger only ever carries on an unfinished run: with none, it reads nothing, not even the list.
  if (!interactive && (stored === null || stored.state.done)) return;
  const list = readUnitList(env, ss);
  if (list.kind === 'created') throw new UserError(T.listCreated);
  if (list.units.length === 0) throw new UserError(T.listEmpty);
  const fingerprint = listFingerprint(list.units);
  const total = list.units.length;
  if (stored && !stored.state.done) clearResumeTriggers(env);
  // A run resumes only over the list it started with; anything else (a finished run, another list) starts afresh.
  const resumable = stored !== null && !stored.state.done && stored.state.list === fingerprint && stored.results.length === stored.state.read;
  // A trigger only ever carries on a paused run: one the user already finished, or whose list changed since, is left alone.
  if (!interactive && !resumable) return;
  const results: CommuneResult[] = resumable ? [...stored.results] : [];
  const previousPieces = stored?.state.pieces ?? 0;

  const pause = (quota: boolean): void => {
    saveProgress(props, { list: fingerprint, total, read: results.length, done: false }, results, previousPieces);
    env.ScriptApp.newTrigger(DISTRICT_FUNCTIONS.resume).timeBased().after(RESUME_AFTER_MS).create();
    if (interactive) showSidebar(env, pausedPayload({ read: results.length, total }, quota));
  };

  while (results.length < total) {
    if (now() - start > SLICE_MS) return pause(false);
    const unit = list.units[results.length]!;
    const read = readCommune(env, unit.label, unit.link);
    if (read.kind === 'quota') {
      if (now() - start + QUOTA_WAIT_MS > SLICE_MS) return pause(true);
      env.Utilities.sleep(QUOTA_WAIT_MS);
      continue;
    }
    results.push({ candidate: read.candidate, forms: read.forms });
  }

  const { screened } = screenResults(results);
  if (screened) {
    const plan = districtPlan(buildConsolidatedPlan(screened.grouping, screened.totals).plan);
    const write = (): void => {
      clearGroupingSheet(env, ss);
      applyWorkbookPlan(env, ss, plan);
    };
    try {
      write();
    } catch (e) {
      // The reads of the communes may have spent this minute's quota, which the layout's own read shares.
      if (statusOf(e) !== 429) throw e;
      if (now() - start + QUOTA_WAIT_MS > SLICE_MS) return pause(true);
      env.Utilities.sleep(QUOTA_WAIT_MS);
      write();
    }
  }
  // Kept after the run: the district's report is built from them.
  saveProgress(props, { list: fingerprint, total, read: results.length, done: true }, results, previousPieces);
  if (interactive) showSidebar(env, donePayload(results));
}

/**
 * CCHC › Tổng hợp (and the trigger that resumes it): reads every listed commune, names each one
 * left out with its reason, totals the others as `cchc consolidate --skip-rejected` does and
 * writes `Tổng hợp` and TH Biểu mẫu 1–7. One run at a time per spreadsheet (a document lock).
 */
export function consolidateCommand(env: GasEnv, options: DistrictRunOptions = {}): void {
  const interactive = options.interactive ?? true;
  const now = options.now ?? ((): number => Date.now());
  const lock = env.LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) {
    if (interactive) {
      const ui = env.SpreadsheetApp.getUi();
      ui.alert(GAS_TEXT.menu.consolidate, T.busy, ui.ButtonSet.OK);
    }
    return;
  }
  try {
    // In a trigger a failure is left to Apps Script, which records it and mails the owner: there is nobody to show an alert to.
    if (interactive) guarded(env, GAS_TEXT.menu.consolidate, () => run(env, now, true));
    else run(env, now, false);
  } finally {
    lock.releaseLock();
  }
}

/** The sidebar's poll: progress while a run is under way, the outcome once it is done. */
export function consolidateStatus(env: GasEnv): SidebarPayload {
  const stored = storedProgress(env.PropertiesService.getDocumentProperties().getProperties());
  if (!stored) return fullPayload({ title: GAS_TEXT.menu.consolidate, lead: T.reportNeedsRun });
  return fullPayload(stored.state.done ? donePayload(stored.results) : pausedPayload(stored.state, false));
}

/** CCHC › Báo cáo tổng hợp: the district's report (Google Doc and .docx) from the last finished Tổng hợp. */
export function districtReportCommand(env: GasEnv, now: () => Date = () => new Date()): void {
  guarded(env, T.reportTitle, () => {
    const ss = env.SpreadsheetApp.getActiveSpreadsheet();
    const stored = storedProgress(env.PropertiesService.getDocumentProperties().getProperties());
    if (!stored) throw new UserError(T.reportNeedsRun);
    if (!stored.state.done) throw new UserError(T.reportNeedsFinish(stored.state.read, stored.state.total));
    const { screening, screened } = screenResults(stored.results);
    if (!screened) throw new UserError(T.noneAccepted(screening.rejected.length));
    const { grouping, totals } = screened;
    const model = buildConsolidatedReport(grouping, totals, {}, laggingUnits(screened));
    const name = T.reportDocName(REPORT_TEXT.periodWithYear(grouping.period, grouping.year), stamp(env, ss.getSpreadsheetTimeZone(), now()));
    const { lead, links } = deliverReport(env, ss, name, model);
    showSidebar(env, { title: T.reportTitle, lead, links });
  });
}
