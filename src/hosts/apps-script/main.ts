// Entry of the Apps Script bundle: the functions Apps Script calls by name (onOpen, menu items, sidebar), bound to the real services.
import { addMenu, checkCommand, goToCell, helpCommand, layoutCommand, reportCommand } from './commands';
import type { GasEnv } from './gas-types';

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
    UrlFetchApp: g.UrlFetchApp,
    ScriptApp: g.ScriptApp,
    Utilities: g.Utilities,
  };
}

// gas-webpack-plugin turns each `global.x = …` into a top-level `function x()` that Apps Script can call.
global.onOpen = (): void => addMenu(env());
global.cchcLayout = (): void => layoutCommand(env());
global.cchcCheck = (): void => checkCommand(env());
global.cchcReport = (): void => reportCommand(env());
global.cchcHelp = (): void => helpCommand(env());
global.cchcGoToCell = (ref: string): void => goToCell(env(), ref);
