// The table of `cchc` commands: adding a command is one import and one entry here.
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { reportCommand } from './report';
import { templateCommand } from './template';
import type { CliCommand } from './types';

export const COMMANDS: readonly CliCommand[] = [templateCommand, checkCommand, exportCommand, reportCommand, demoCommand];
