// `cchc upgrade F.xlsx`: a workbook of an older template version laid out again by today's template, in place and atomically, keeping every entry.
import { resolve } from 'node:path';
import { CLI_TEXT } from '../../../core/i18n/messages';
import { TEMPLATE_VERSION } from '../../../core/layout/names';
import { WorkbookFormatError } from '../../../core/read/read-workbook';
import { CliError, EXIT } from '../cli-error';
import { printCommandHelp } from '../help';
import { parseCommandArgs, singleFile } from '../parse-command-args';
import { isZip, readInputBytes } from '../read-input-bytes';
import { loadWorkbook } from '../xlsx/load-workbook';
import { XlsxTooLargeError } from '../../shared/xlsx-limits';
import { upgradeWorkbook, type UpgradedWorkbook } from '../xlsx/upgrade-workbook';
import { writePlanFile } from '../xlsx/write-plan';
import type { CliCommand } from './types';

const NAME = 'upgrade';

export const upgradeCommand: CliCommand = {
  name: NAME,
  summary: CLI_TEXT.upgradeSummary,
  usage: ['cchc upgrade F.xlsx'],
  options: [],
  exitCodes: CLI_TEXT.upgradeExit,
  async run(args, io) {
    const parsed = parseCommandArgs(NAME, args, {});
    if (parsed.help) return printCommandHelp(upgradeCommand, io);
    const file = singleFile(NAME, parsed);
    const path = resolve(io.cwd, file);
    const bytes = await readInputBytes(path, file);
    if (!isZip(bytes)) throw new CliError(CLI_TEXT.notXlsx(file));
    let wb;
    try {
      wb = await loadWorkbook(bytes);
    } catch (e) {
      // A refusal for size says why (as check and export do); anything else is a damaged file.
      if (e instanceof XlsxTooLargeError) throw new CliError(CLI_TEXT.notTemplate(file, e.message));
      throw new CliError(CLI_TEXT.notXlsx(file));
    }
    let upgraded: UpgradedWorkbook;
    try {
      upgraded = upgradeWorkbook(wb);
    } catch (e) {
      // Not ours, or a newer or unknown version: refused, the file left as it was.
      if (e instanceof WorkbookFormatError) throw new CliError(CLI_TEXT.notTemplate(file, e.message));
      throw e;
    }
    if (upgraded.current) {
      io.out(CLI_TEXT.upgradeNotNeeded(file, upgraded.from));
      return EXIT.ok;
    }
    if (upgraded.otherSheets.length > 0) throw new CliError(CLI_TEXT.upgradeOtherSheets(file, upgraded.otherSheets));
    try {
      // The temp file is renamed over the original: a failure leaves the original whole.
      await writePlanFile(upgraded.plan, path, { overwrite: true });
    } catch (e) {
      throw new CliError(CLI_TEXT.writeFailed(file, (e as NodeJS.ErrnoException).code ?? CLI_TEXT.unknownReason));
    }
    io.out(CLI_TEXT.upgraded(file, upgraded.from, TEMPLATE_VERSION, upgraded.carried));
    return EXIT.ok;
  },
};
