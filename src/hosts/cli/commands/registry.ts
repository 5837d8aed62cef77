// The table of `cchc` commands: adding a command is one entry here. Each is loaded only when run, so a command never pays for another's libraries.
import type { CliCommand } from './types';

export interface CommandEntry {
  readonly name: string;
  readonly load: () => Promise<CliCommand>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'template', load: async () => (await import('./template')).templateCommand },
  { name: 'check', load: async () => (await import('./check')).checkCommand },
  { name: 'export', load: async () => (await import('./export')).exportCommand },
  { name: 'report', load: async () => (await import('./report')).reportCommand },
  { name: 'upgrade', load: async () => (await import('./upgrade')).upgradeCommand },
  { name: 'consolidate', load: async () => (await import('./consolidate')).consolidateCommand },
  { name: 'forms', load: async () => (await import('./forms')).formsCommand },
  { name: 'demo', load: async () => (await import('./demo')).demoCommand },
];

/** A table of already loaded commands (tests, embedding). */
export const entriesOf = (commands: readonly CliCommand[]): CommandEntry[] =>
  commands.map((command) => ({ name: command.name, load: () => Promise.resolve(command) }));
