// Runs a menu command once every scope is granted, so that a workbook that is not ours, or any failure, becomes one Vietnamese alert instead of a stack trace.
import { UserError } from '../../core/errors/user-error';
import { GAS_TEXT } from '../../core/i18n/messages';
import { WorkbookFormatError } from '../../core/read/read-workbook';
import { TemplateVersionError } from '../../core/read/template-version';
import { DamagedWorkbookError } from '../../core/read/workbook-damage';
import type { GasEnv } from './gas-types';
import { statusOf } from './read-commune';

/**
 * Whether the user granted every scope the manifest asks for. With granular consent a user may
 * untick some (https://developers.google.com/apps-script/concepts/scopes#granular_consent);
 * ScriptApp.requireAllScopes then ends the execution and shows Google's authorisation prompt
 * again (https://developers.google.com/apps-script/reference/script/script-app#requireAllScopes(AuthMode)).
 * Asked before any work, so a command never stops half-way at the first service it was refused;
 * where the refusal reaches the script as an error, the user gets one Vietnamese line.
 */
function consented(env: GasEnv, title: string): boolean {
  try {
    env.ScriptApp.requireAllScopes(env.ScriptApp.AuthMode.FULL);
    return true;
  } catch (e) {
    let ui: ReturnType<GasEnv['SpreadsheetApp']['getUi']>;
    try {
      ui = env.SpreadsheetApp.getUi();
    } catch {
      // The user interface's own scope refused: nothing can be shown, Apps Script reports the error.
      throw e;
    }
    ui.alert(title, GAS_TEXT.scopesDeclined, ui.ButtonSet.OK);
    return false;
  }
}

/**
 * A Google API refused for its per-minute quota (429, refilled every minute: https://developers.google.com/sheets/api/limits),
 * thrown by an advanced service ("API call to … failed with error: Quota exceeded …", whose words are English). Only an API
 * call's: Apps Script's own daily quotas ("Service invoked too many times for one day", worded in the user's language,
 * https://developers.google.com/apps-script/guides/services/quotas) and the property store's are not cured by a minute.
 */
function perMinuteQuota(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return statusOf(e) === 429 && (/^API call to /.test(message) || typeof (e as { details?: { code?: unknown } } | null)?.details?.code === 'number');
}

export function guarded(env: GasEnv, title: string, run: () => void): void {
  if (!consented(env, title)) return;
  try {
    run();
  } catch (e) {
    const ui = env.SpreadsheetApp.getUi();
    const text =
      // A template version this program cannot read is not cured by laying the workbook out again; a damaged one says its remedy itself.
      e instanceof WorkbookFormatError && !(e instanceof TemplateVersionError) && !(e instanceof DamagedWorkbookError)
        ? `${e.message}\n\n${GAS_TEXT.notLaidOut}`
        : e instanceof UserError
          ? e.message
          : perMinuteQuota(e)
            ? GAS_TEXT.quotaPerMinute
            : GAS_TEXT.failed(e instanceof Error ? e.message : String(e));
    ui.alert(title, text, ui.ButtonSet.OK);
  }
}
