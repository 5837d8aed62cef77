// Ribbon commands (ExecuteFunction): bound when the page's script loads, run against the pane controller once Office is ready; the shared runtime runs them in the pane's page.
import type { PaneController } from './pane-controller';

/** The FunctionName values of manifest/manifest.xml, each bound below. */
export const COMMANDS = {
  layout: 'cchcLayout',
  check: 'cchcCheck',
  generate: 'cchcGenerate',
} as const;

/** Office.AddinCommands.Event: Office runs the next queued command only after `completed()`. */
export type CommandEvent = { completed: () => void };

/** Office.actions.associate, or a stand-in in tests. */
export type Associate = (name: string, handler: (event: CommandEvent) => void) => void;

/** What the commands work on, once Office is ready: the controller and a way to show the pane. */
export interface CommandTarget {
  readonly controller: Pick<PaneController, 'layout' | 'check' | 'generate'>;
  /** Office.addin.showAsTaskpane (SharedRuntime 1.1). */
  readonly reveal: () => Promise<void>;
}

/** How long a command waits for Office.onReady before giving its event back. */
export const READY_TIMEOUT_MS = 60_000;

function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(null), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/**
 * Binds every ribbon command at once — call it when the script loads, not inside Office.onReady:
 * Microsoft's sample associates at the top level of the function file, and a click that arrives
 * before its function is associated is lost
 * (https://learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands#sample-code-for-function-commands).
 * Each handler waits for `ready` (null: no workbook to work on, e.g. not Excel), then works, and
 * always completes its event, whatever happens, or Office queues every later click behind it.
 */
export function registerCommands(associate: Associate, ready: Promise<CommandTarget | null>, timeoutMs = READY_TIMEOUT_MS): void {
  // Handled now, not at the first click: a failed start is "nothing to work on", never an unhandled rejection.
  const target = ready.catch(() => null);
  const bind = (name: string, work: (target: CommandTarget) => Promise<unknown>): void =>
    associate(name, (event) => {
      void within(target, timeoutMs)
        .then((target) => (target ? work(target) : undefined))
        .catch(() => undefined)
        .finally(() => event.completed());
    });
  const reveal = (target: CommandTarget): Promise<void> => target.reveal().catch(() => undefined);
  bind(COMMANDS.layout, async (t) => {
    if (!(await t.controller.layout())) await reveal(t);
  });
  bind(COMMANDS.check, async (t) => {
    const check = await t.controller.check();
    if (!check || check.result.findings.length > 0) await reveal(t);
  });
  // The result is always shown: the report's download button, a refusal, or what to do instead —
  // a function command in the shared runtime may show the pane
  // (https://learn.microsoft.com/office/dev/add-ins/design/add-in-commands#types-of-add-in-commands).
  bind(COMMANDS.generate, async (t) => {
    try {
      await t.controller.generate('ribbon');
    } finally {
      await reveal(t);
    }
  });
}
