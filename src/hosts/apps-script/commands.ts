// The menu's commands: each reads the active spreadsheet, calls the core, and shows the result in Vietnamese.
import { headerPlace } from './header-place';
import { buildWorkbookPlan } from '../../core/layout/build-workbook-plan';
import { buildReport } from '../../core/report/build-report';
import { CARRY_TEXT, GAS_TEXT, RULE_TEXT } from '../../core/i18n/messages';
import { emptyCompulsoryInputs } from '../../core/rules/compulsory';
import { TEMPLATE_VERSION } from '../../core/layout/names';
import { applyWorkbookPlan } from './apply-plan';
import { carryIntoSpreadsheet, readPreviousSpreadsheet } from './carry-previous';
import { deliverReport, stamp } from './deliver-report';
import type { GasEnv } from './gas-types';
import { guarded } from './guarded';
import { markFindings } from './mark-findings';
import { clearStaleCarryNotes } from './stale-carry-notes';
import { restoreFormulas } from './restore-formulas';
import { runCheck } from './run-check';
import { choosePreviousCommand, earlierReport, LAST_PERIOD_PROPERTY, previousReport, withAcrossPeriods, withComparison } from './previous-report';
import { PERIODS_TEXT } from '../../core/i18n/messages';
import { showSidebar, sidebarFindings } from './sidebar';
import { chooseFormSet } from './form-set-command';
import { readNamedValues } from './read-named-values';
import { setLine, spreadsheetSet } from './spreadsheet-set';

export { addMenu, MENU_FUNCTIONS } from './menu';
export { consolidateCommand, consolidateStatus, districtReportCommand, officeLastYearCommand } from './district-commands';

/** The sidebar's hint, with a word on the cells that could not be coloured. */
function hintFor(skipped: number): string {
  return skipped > 0 ? `${GAS_TEXT.checkHint} ${GAS_TEXT.marksSkipped(skipped)}` : GAS_TEXT.checkHint;
}

/** Lập biểu mẫu: the sheets laid out (again) by the form set the spreadsheet carries, read with the same named cells the layout reads. */
export function layoutCommand(env: GasEnv): void {
  guarded(env, GAS_TEXT.menu.layout, () => {
    const ss = env.SpreadsheetApp.getActiveSpreadsheet();
    const found = readNamedValues(env, ss);
    const result = applyWorkbookPlan(env, ss, buildWorkbookPlan(null, spreadsheetSet(found.byName).catalogue, headerPlace(found.byName)), { found });
    const upgraded = result.upgradedFrom === null ? '' : ` ${GAS_TEXT.layoutUpgraded(result.upgradedFrom, TEMPLATE_VERSION)}`;
    ss.toast(`${GAS_TEXT.layoutDone(result.sheets)} ${GAS_TEXT.layoutKeptValues(result.kept)}${upgraded}`, GAS_TEXT.appTitle);
  });
}

/** "Lấy số liệu kỳ trước": asks for the previous spreadsheet's link, carries its standing rows into this one, says what it did in a toast. */
export function carryPreviousCommand(env: GasEnv): void {
  guarded(env, CARRY_TEXT.sheets.menuItem, () => {
    const ui = env.SpreadsheetApp.getUi();
    const answer = ui.prompt(CARRY_TEXT.sheets.promptTitle, CARRY_TEXT.sheets.prompt, ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK || answer.getResponseText().trim() === '') return;
    const previous = readPreviousSpreadsheet(env, answer.getResponseText());
    const ss = env.SpreadsheetApp.getActiveSpreadsheet();
    const r = carryIntoSpreadsheet(env, ss, previous.data);
    // Kiểm tra warns against the period carried from from now on.
    env.PropertiesService.getDocumentProperties().setProperty(LAST_PERIOD_PROPERTY, previous.id);
    const cleared = r.cleared > 0 ? ` ${CARRY_TEXT.notesCleared(r.cleared)}` : '';
    ss.toast(`${CARRY_TEXT.done(r.cells, r.carry.from)}${cleared}`, GAS_TEXT.appTitle);
  });
}

export function checkCommand(env: GasEnv): void {
  guarded(env, GAS_TEXT.menu.check, () => {
    const ss = env.SpreadsheetApp.getActiveSpreadsheet();
    const check = runCheck(env, ss);
    const { catalogue, set } = check.sheetSet;
    const { result } = withAcrossPeriods(check, earlierReport(env), catalogue);
    // Before marking, which reads the notes afresh: a carried value edited since loses its carry note.
    clearStaleCarryNotes(env, ss, check.read, catalogue);
    const marks = markFindings(env, ss, result.findings, catalogue);
    const blocking = result.errors + result.warnings;
    showSidebar(env, {
      title: GAS_TEXT.checkTitle,
      formSet: setLine(set),
      summary: `${GAS_TEXT.checkSummary(result.errors, result.warnings, result.infos)}${blocking === 0 ? ` ${GAS_TEXT.checkClean}` : ''}`,
      hint: hintFor(marks.skipped),
      findings: sidebarFindings(result.findings),
    });
  });
}

/**
 * Tạo báo cáo: computed cells emptied or pasted over (Delete and a paste get past their ISFORMULA
 * rule) get their formulas back first, so the report never carries a stale number; the check then
 * runs again on the repaired workbook. When they cannot be put back, the report is refused with
 * the cells listed. A final report is refused while the data has errors or a compulsory input is
 * empty (listed with its cell); `draft` (Tạo báo cáo dự thảo) builds one anyway, marked DỰ THẢO.
 */
export function reportCommand(env: GasEnv, now: () => Date = () => new Date(), options: { readonly draft?: boolean } = {}): void {
  const draft = options.draft ?? false;
  guarded(env, draft ? GAS_TEXT.menu.reportDraft : GAS_TEXT.menu.report, () => {
    const ss = env.SpreadsheetApp.getActiveSpreadsheet();
    const first = runCheck(env, ss);
    const { catalogue, set } = first.sheetSet;
    const cells = first.lost.map((l) => l.finding.cell ?? '');
    if (first.lost.length > 0 && !restoreFormulas(env, ss, first.lost)) {
      const marks = markFindings(env, ss, first.result.findings, catalogue);
      showSidebar(env, {
        title: GAS_TEXT.reportTitle,
        formSet: setLine(set),
        lead: GAS_TEXT.formulasNotRestored(cells),
        hint: hintFor(marks.skipped),
        findings: sidebarFindings(first.lost.map((l) => l.finding)),
      });
      return;
    }
    const checked = first.lost.length > 0 ? runCheck(env, ss) : first;
    const { result, data } = checked;
    const restored = first.lost.length > 0 ? `${GAS_TEXT.formulasRestored(cells)} ` : '';
    const marks = markFindings(env, ss, result.findings, catalogue);
    if ((result.errors > 0 && !draft) || !data) {
      showSidebar(env, {
        title: GAS_TEXT.reportTitle,
        formSet: setLine(set),
        lead: `${restored}${GAS_TEXT.reportRefused(result.errors)}`,
        hint: hintFor(marks.skipped),
        findings: sidebarFindings(result.findings.filter((f) => f.severity === 'error')),
      });
      return;
    }
    // A final report never says "chưa có số liệu": the compulsory inputs left empty are listed, each with its cell.
    const empty = draft ? [] : emptyCompulsoryInputs(data.forms, catalogue, checked.cellOf);
    if (empty.length > 0) {
      showSidebar(env, {
        title: GAS_TEXT.reportTitle,
        formSet: setLine(set),
        lead: `${restored}${RULE_TEXT.compulsory.lead(empty.length)} ${GAS_TEXT.reportNeedsInputs}`,
        hint: hintFor(marks.skipped),
        findings: empty.map((e) => ({ severity: 'error', label: GAS_TEXT.compulsoryLabel, cell: e.cell, message: RULE_TEXT.compulsory.name(e.form, e.row, e.label) })),
      });
      return;
    }
    const model = buildReport(withComparison(data, previousReport(env)), { draft }, catalogue);
    const docName = GAS_TEXT.reportDocName(`${data.meta.unitKind} ${data.meta.unit}`, model.properties.subject, stamp(env, ss.getSpreadsheetTimeZone(), now()));
    const name = draft ? `${docName}${GAS_TEXT.reportDraftSuffix}` : docName;
    const { lead, links } = deliverReport(env, ss, name, model);
    showSidebar(env, {
      title: GAS_TEXT.reportTitle,
      formSet: setLine(set),
      lead: `${restored}${lead}`,
      summary: GAS_TEXT.checkSummary(result.errors, result.warnings, result.infos),
      links,
      // A draft may be built despite errors: they are listed with the warnings.
      findings: sidebarFindings(result.findings.filter((f) => f.severity === 'warning' || (draft && f.severity === 'error'))),
      hint: hintFor(marks.skipped),
    });
  });
}

/** "Chọn báo cáo cùng kỳ năm trước…": the link of last year's spreadsheet, for the check and the report. */
export function previousCommand(env: GasEnv): void {
  guarded(env, PERIODS_TEXT.sheets.promptTitle, () => choosePreviousCommand(env));
}

/** CCHC › Bộ biểu mẫu…: the province's set for this template (form-set-command.ts). */
export function formSetCommand(env: GasEnv): void {
  guarded(env, GAS_TEXT.formSet.promptTitle, () => chooseFormSet(env));
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
