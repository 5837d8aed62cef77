// The CCHC menu, added by onOpen on every opening: it needs the menu's words and nothing of the core.
import { CARRY_TEXT, GAS_TEXT, PERIODS_TEXT } from '../../core/i18n/messages';
import type { GasEnv } from './gas-types';

/** Names of the global functions the menu calls (the bundle defines them at top level). */
export const MENU_FUNCTIONS = {
  layout: 'cchcLayout',
  carry: 'cchcCarryPrevious',
  check: 'cchcCheck',
  report: 'cchcReport',
  reportDraft: 'cchcReportDraft',
  previous: 'cchcChoosePrevious',
  consolidate: 'cchcConsolidate',
  consolidateReport: 'cchcConsolidateReport',
  consolidatePrevious: 'cchcConsolidatePrevious',
  formSet: 'cchcFormSet',
  help: 'cchcHelp',
  goToCell: 'cchcGoToCell',
} as const;

export function addMenu(env: GasEnv): void {
  env.SpreadsheetApp.getUi()
    .createMenu(GAS_TEXT.menu.title)
    .addItem(GAS_TEXT.menu.layout, MENU_FUNCTIONS.layout)
    .addItem(CARRY_TEXT.sheets.menuItem, MENU_FUNCTIONS.carry)
    .addItem(GAS_TEXT.menu.check, MENU_FUNCTIONS.check)
    .addItem(GAS_TEXT.menu.report, MENU_FUNCTIONS.report)
    .addItem(GAS_TEXT.menu.reportDraft, MENU_FUNCTIONS.reportDraft)
    .addItem(PERIODS_TEXT.sheets.menuItem, MENU_FUNCTIONS.previous)
    .addSeparator()
    // For the district's copy: totals the communes' spreadsheets listed on `Danh sách đơn vị`.
    .addItem(GAS_TEXT.menu.consolidate, MENU_FUNCTIONS.consolidate)
    .addItem(GAS_TEXT.menu.consolidateReport, MENU_FUNCTIONS.consolidateReport)
    .addItem(GAS_TEXT.menu.consolidatePrevious, MENU_FUNCTIONS.consolidatePrevious)
    .addSeparator()
    // For the province's (or district's) template: the form set its copies carry.
    .addItem(GAS_TEXT.menu.formSet, MENU_FUNCTIONS.formSet)
    .addItem(GAS_TEXT.menu.help, MENU_FUNCTIONS.help)
    .addToUi();
}
