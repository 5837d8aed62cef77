// Ribbon commands (ExecuteFunction) bound to the pane controller: the shared runtime runs them in the pane's page.
/// <reference types="office-js" />
import type { PaneController } from '../shared/pane-controller';

/** The FunctionName values of manifest/manifest.xml, each bound below. */
export const COMMANDS = {
  layout: 'cchcLayout',
  check: 'cchcCheck',
  generate: 'cchcGenerate',
} as const;

type Event = { completed: () => void };

/** Binds every ribbon command; each always completes its event, whatever happens. */
export function registerCommands(controller: PaneController, reveal: () => void): void {
  const bind = (name: string, work: () => Promise<unknown>): void =>
    Office.actions.associate(name, (event: Event) => {
      void work().finally(() => event.completed());
    });
  bind(COMMANDS.layout, () => controller.layout());
  bind(COMMANDS.check, async () => {
    const check = await controller.check();
    if (check && check.result.findings.length > 0) reveal();
  });
  // Generate checks first; with errors the controller reveals the pane on them.
  bind(COMMANDS.generate, () => controller.generate());
}
