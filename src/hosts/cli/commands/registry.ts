// The table of `cchc` commands: adding a command is one entry here. Each is loaded only when run, so a command never pays for another's libraries;
// `cchc --help` lists them by the summary the table keeps, loading none (a test holds each the same as its command's).
import { CLI_TEXT } from '../../../core/i18n/cli';
import { FORMSET_TEXT } from '../../../core/i18n/form-sets';
import type { CommandEntry } from '../dispatch';

export type { CommandEntry };

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'template', summary: CLI_TEXT.templateSummary, load: async () => (await import('./template')).templateCommand },
  { name: 'check', summary: CLI_TEXT.checkSummary, load: async () => (await import('./check')).checkCommand },
  { name: 'export', summary: CLI_TEXT.exportSummary, load: async () => (await import('./export')).exportCommand },
  { name: 'report', summary: CLI_TEXT.report.summary, load: async () => (await import('./report')).reportCommand },
  { name: 'upgrade', summary: CLI_TEXT.upgradeSummary, load: async () => (await import('./upgrade')).upgradeCommand },
  { name: 'consolidate', summary: CLI_TEXT.consolidate.summary, load: async () => (await import('./consolidate')).consolidateCommand },
  { name: 'forms', summary: FORMSET_TEXT.cli.summary, load: async () => (await import('./forms')).formsCommand },
  { name: 'demo', summary: CLI_TEXT.demoSummary, load: async () => (await import('./demo')).demoCommand },
];

export { entriesOf } from '../dispatch';
