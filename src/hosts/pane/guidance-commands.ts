// The ribbon's commands where the modern bundle cannot run (Internet Explorer 11): each shows the pane with its guidance and gives its event back; compiled to ES5 for the loader.
import { COMMANDS, type Associate, type CommandEvent } from './commands';

/** What the loader uses of office.js: Office.actions (function commands) and Office.addin (SharedRuntime 1.1). */
export interface GuidanceOffice {
  readonly actions?: { readonly associate?: Associate };
  readonly addin?: { readonly showAsTaskpane?: () => unknown };
}

/**
 * Binds every FunctionName of the manifest, so that no button of the CCHC tab is dead: a click
 * shows the task pane (Office.addin.showAsTaskpane where Office has it), which holds the guidance,
 * then completes its event, or Office queues every later click behind it
 * (https://learn.microsoft.com/javascript/api/office/office.addincommands.event#office-office-addincommands-event-completed-member(1)).
 * showAsTaskpane returns a promise (office.js brings its own where the browser has none); the event
 * completes once it settles, or at once where nothing comes back. False where office.js has no
 * Office.actions (the report page, a plain browser).
 */
export function bindGuidanceCommands(office: GuidanceOffice | undefined): boolean {
  const associate = office && office.actions ? office.actions.associate : undefined;
  if (typeof associate !== 'function') return false;
  const handler = (event: CommandEvent): void => {
    let done = false;
    const complete = (): void => {
      if (done) return;
      done = true;
      event.completed();
    };
    let shown: unknown;
    try {
      const addin = office ? office.addin : undefined;
      shown = addin && typeof addin.showAsTaskpane === 'function' ? addin.showAsTaskpane() : undefined;
    } catch {
      shown = undefined;
    }
    const then = shown !== null && typeof shown === 'object' ? (shown as { then?: unknown }).then : undefined;
    if (typeof then === 'function') (then as (ok: () => void, fail: () => void) => unknown).call(shown, complete, complete);
    else complete();
  };
  const actions = office ? office.actions : undefined;
  const names = [COMMANDS.layout, COMMANDS.check, COMMANDS.generate];
  for (let i = 0; i < names.length; i++) associate.call(actions, names[i] ?? '', handler);
  return true;
}
