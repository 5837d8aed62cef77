// The menu's commands: each reads the active spreadsheet, calls the core, and shows the result in Vietnamese.
import { buildWorkbookPlan } from '../../core/layout/build-workbook-plan';
import { buildReport } from '../../core/report/build-report';
import { GAS_TEXT } from '../../core/i18n/messages';
import { applyWorkbookPlan } from './apply-plan';
import { deliverReport, stamp } from './deliver-report';
import type { GasEnv } from './gas-types';
import { guarded } from './guarded';
import { markFindings } from './mark-findings';
import { runCheck } from './run-check';
import { showSidebar, sidebarFindings } from './sidebar';

export { addMenu, MENU_FUNCTIONS } from './menu';
export { consolidateCommand, consolidateStatus, districtReportCommand } from './district-commands';

/** The sidebar's hint, with a word on the cells that could not be coloured. */
function hintFor(skipped: number): string {
  return skipped > 0 ? `${GAS_TEXT.checkHint} ${GAS_TEXT.marksSkipped(skipped)}` : GAS_TEXT.checkHint;
}

export function layoutCommand(env: GasEnv): void {
  guarded(env, GAS_TEXT.menu.layout, () => {
    const ss = env.SpreadsheetApp.getActiveSpreadsheet();
    const result = applyWorkbookPlan(env, ss, buildWorkbookPlan(null));
    ss.toast(`${GAS_TEXT.layoutDone(result.sheets)} ${GAS_TEXT.layoutKeptValues(result.kept)}`, GAS_TEXT.appTitle);
  });
}

export function checkCommand(env: GasEnv): void {
  guarded(env, GAS_TEXT.menu.check, () => {
    const ss = env.SpreadsheetApp.getActiveSpreadsheet();
    const { result } = runCheck(env, ss);
    const marks = markFindings(env, ss, result.findings);
    const blocking = result.errors + result.warnings;
    showSidebar(env, {
      title: GAS_TEXT.checkTitle,
      summary: `${GAS_TEXT.checkSummary(result.errors, result.warnings, result.infos)}${blocking === 0 ? ` ${GAS_TEXT.checkClean}` : ''}`,
      hint: hintFor(marks.skipped),
      findings: sidebarFindings(result.findings),
    });
  });
}

export function reportCommand(env: GasEnv, now: () => Date = () => new Date()): void {
  guarded(env, GAS_TEXT.menu.report, () => {
    const ss = env.SpreadsheetApp.getActiveSpreadsheet();
    const { result, data } = runCheck(env, ss);
    const marks = markFindings(env, ss, result.findings);
    if (result.errors > 0 || !data) {
      showSidebar(env, {
        title: GAS_TEXT.reportTitle,
        lead: GAS_TEXT.reportRefused(result.errors),
        hint: hintFor(marks.skipped),
        findings: sidebarFindings(result.findings.filter((f) => f.severity === 'error')),
      });
      return;
    }
    const model = buildReport(data, { draft: false });
    const name = GAS_TEXT.reportDocName(`${data.meta.unitKind} ${data.meta.unit}`, model.properties.subject, stamp(env, ss.getSpreadsheetTimeZone(), now()));
    const { lead, links } = deliverReport(env, ss, name, model);
    showSidebar(env, {
      title: GAS_TEXT.reportTitle,
      lead,
      summary: GAS_TEXT.checkSummary(result.errors, result.warnings, result.infos),
      links,
      findings: sidebarFindings(result.findings.filter((f) => f.severity === 'warning')),
      hint: hintFor(marks.skipped),
    });
  });
}

export function helpCommand(env: GasEnv): void {
  showSidebar(env, { title: GAS_TEXT.menu.help, sections: GAS_TEXT.help });
}

/** Called from the sidebar: selects the cell of a finding. */
export function goToCell(env: GasEnv, ref: string): void {
  guarded(env, GAS_TEXT.checkTitle, () => {
    env.SpreadsheetApp.getActiveSpreadsheet().getRange(ref).activate();
  });
}
