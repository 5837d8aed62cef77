// Runs a menu command so that a workbook that is not ours, or any failure, becomes one Vietnamese alert instead of a stack trace.
import { UserError } from '../../core/errors/user-error';
import { GAS_TEXT } from '../../core/i18n/messages';
import { WorkbookFormatError } from '../../core/read/read-workbook';
import { TemplateVersionError } from '../../core/read/template-version';
import type { GasEnv } from './gas-types';

export function guarded(env: GasEnv, title: string, run: () => void): void {
  try {
    run();
  } catch (e) {
    const ui = env.SpreadsheetApp.getUi();
    const text =
      // A template version this program cannot read is not cured by laying the workbook out again.
      e instanceof WorkbookFormatError && !(e instanceof TemplateVersionError)
        ? `${e.message}\n\n${GAS_TEXT.notLaidOut}`
        : e instanceof UserError
          ? e.message
          : GAS_TEXT.failed(e instanceof Error ? e.message : String(e));
    ui.alert(title, text, ui.ButtonSet.OK);
  }
}
