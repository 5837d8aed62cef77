// Entry of the Apps Script bundle: the functions Apps Script calls by name (onOpen, menu items, sidebar), bound to the real services.
import type * as Commands from './commands';
import type { GasEnv } from './gas-types';
import { addMenu } from './menu';

/**
 * The commands, and the core and zod behind them, evaluated by the first call that needs them:
 * Apps Script loads the script afresh for every execution, and onOpen runs on every opening.
 */
function commands(): typeof Commands {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require webpack keeps lazy, unlike an import
  return require('./commands') as typeof Commands;
}

declare const global: Record<string, unknown>;

/** The real services, looked up when a function runs (Apps Script defines them as globals). */
function env(): GasEnv {
  const g = globalThis as unknown as GasEnv;
  return {
    SpreadsheetApp: g.SpreadsheetApp,
    Sheets: g.Sheets,
    Docs: g.Docs,
    HtmlService: g.HtmlService,
    Session: g.Session,
    PropertiesService: g.PropertiesService,
    DocumentApp: g.DocumentApp,
    DriveApp: g.DriveApp,
    Drive: g.Drive,
    UrlFetchApp: g.UrlFetchApp,
    ScriptApp: g.ScriptApp,
    Utilities: g.Utilities,
    LockService: g.LockService,
  };
}

// gas-webpack-plugin turns each `global.x = …` into a top-level `function x()` that Apps Script can call.
global.onOpen = (): void => addMenu(env());
global.cchcLayout = (): void => commands().layoutCommand(env());
global.cchcCarryPrevious = (): void => commands().carryPreviousCommand(env());
global.cchcCheck = (): void => commands().checkCommand(env());
global.cchcReport = (): void => commands().reportCommand(env());
global.cchcReportDraft = (): void => commands().reportCommand(env(), undefined, { draft: true });
global.cchcChoosePrevious = (): void => commands().previousCommand(env());
global.cchcFormSet = (): void => commands().formSetCommand(env());
global.cchcHelp = (): void => commands().helpCommand(env());
global.cchcConsolidate = (): void => commands().consolidateCommand(env());
// Run by the time-based trigger a paused Tổng hợp leaves: no editor is open, so nothing is shown.
global.cchcConsolidateResume = (): void => commands().consolidateCommand(env(), { interactive: false });
global.cchcConsolidateStatus = (): unknown => commands().consolidateStatus(env());
global.cchcConsolidateReport = (): void => commands().districtReportCommand(env());
global.cchcConsolidatePrevious = (): void => commands().officeLastYearCommand(env());
global.cchcGoToCell = (ref: string): void => commands().goToCell(env(), ref);
