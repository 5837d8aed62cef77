// `cchc upgrade F.xlsx`: a workbook of an older template version (damaged or not), or a damaged one of today's, laid out again by today's template, in place and atomically, keeping every entry.
import { resolve } from 'node:path';
import { CLI_TEXT } from '../../../core/i18n/cli';
import { DAMAGE_TEXT } from '../../../core/i18n/damage';
import { isDamaged, setMoveRefusal, upgradeRefusal, versionSheets, workbookDamage, type SetMoveRefusal, type WorkbookPresence } from '../../../core/read/workbook-damage';
import { upgradeClaim } from '../../../core/read/carry-entries';
import { xlsxPresence } from '../../shared/read-xlsx-named-cells';
import { lightReadXlsx } from '../load-input';
import { TEMPLATE_VERSION } from '../../../core/layout/names';
import { WorkbookFormatError } from '../../../core/read/read-workbook';
import { CliError, EXIT } from '../cli-error';
import { writeFailure } from '../write-failure';
import { printCommandHelp } from '../help';
import { parseCommandArgs, singleFile, stringOption } from '../parse-command-args';
import type * as XL from 'exceljs';
import { BUILTIN_SET } from '../../../core/forms/builtin';
import type { FormSetDef } from '../../../core/forms/form-set';
import type { OrphanValue } from '../../../core/forms/orphan-values';
import { FORMSET_TEXT } from '../../../core/i18n/form-sets';
import type { CliIo } from '../cli-io';
import { carriedSetOf, catalogueOf, FORMS_ARG, loadGivenSet, setLabel } from '../resolve-form-set';
import { readNamedCells } from '../../shared/xlsx-named-cells';
import { isZip, readInputBytes } from '../read-input-bytes';
import { loadWorkbook } from '../xlsx/load-workbook';
import { XlsxTooLargeError } from '../../shared/xlsx-limits';
import { moveToSet, upgradeWorkbook, type MovedWorkbook, type UpgradedWorkbook } from '../xlsx/upgrade-workbook';
import { writePlanFile } from '../xlsx/write-plan';
import type { CliCommand } from './types';

const NAME = 'upgrade';

/** "1000", or the note typed on the row when its value cell was empty. */
const shownValue = (o: OrphanValue): string =>
  [o.value === null ? null : String(o.value), o.note === null ? null : `${FORMSET_TEXT.option.orphansHeaders[4]}: “${o.note}”`].filter((x) => x !== null).join('; ');

/**
 * `upgrade F.xlsx --forms S`: the workbook moved to a newer version of the set it carries, nothing typed dropped unsaid.
 * The move carries entries by name only: a workbook with an input cell it has no name for (a sheet or a name its version had
 * lost, a version-1 layout that never named its Ghi chú cells; core setMoveRefusal, as Excel and Sheets judge it) is refused,
 * to be repaired first.
 */
async function moveWorkbook(wb: XL.Workbook, file: string, path: string, given: FormSetDef, io: CliIo, found: WorkbookPresence): Promise<number> {
  const T = FORMSET_TEXT.option;
  const values = readNamedCells(wb).values;
  const carried = carriedSetOf(file, values) ?? BUILTIN_SET;
  if (given.id !== carried.id) throw new CliError(T.upgradeOtherId(file, setLabel(carried), setLabel(given)));
  if (given.version < carried.version) throw new CliError(T.upgradeOlder(file, setLabel(carried), setLabel(given)));
  if (given.version > carried.version) {
    // The judgement Excel and Sheets make of a move to another set (core setMoveRefusal).
    let refusal: SetMoveRefusal | null;
    try {
      refusal = setMoveRefusal(catalogueOf(carried), given, values, found);
    } catch (e) {
      if (e instanceof WorkbookFormatError) throw new CliError(CLI_TEXT.notTemplate(file, e.message));
      throw e;
    }
    if (refusal) throw new CliError(CLI_TEXT.upgradeFormsDamaged(file, refusal.said));
  }
  let moved: MovedWorkbook;
  try {
    moved = moveToSet(wb, carried, given, catalogueOf(carried), catalogueOf(given));
  } catch (e) {
    if (e instanceof WorkbookFormatError) throw new CliError(CLI_TEXT.notTemplate(file, e.message));
    throw e;
  }
  if (moved.current) {
    io.out(T.upgradeCurrent(file, setLabel(carried)));
    return EXIT.ok;
  }
  if (moved.otherSheets.length > 0) throw new CliError(CLI_TEXT.upgradeOtherSheets(file, moved.otherSheets));
  try {
    await writePlanFile(moved.plan, path, { overwrite: true }, catalogueOf(given));
  } catch (e) {
    throw writeFailure(file, e);
  }
  io.out(T.upgraded(file, setLabel(carried), setLabel(given), moved.kept));
  if (moved.orphans.length > 0) {
    io.out([T.orphansTitle(moved.orphans.length, T.orphansSheet), ...moved.orphans.map((o) => T.orphanLine(o.form, o.key, o.label, shownValue(o)))].join('\n'));
  }
  return EXIT.ok;
}

/** The workbook's sheets and names as `check` finds them (the light reader's sheets and broken names). */
function presenceOfFile(file: string, bytes: Uint8Array): WorkbookPresence {
  // What ExcelJS loaded the light reader refuses only for its bounds or a damaged part: told as check tells it.
  return xlsxPresence(lightReadXlsx(file, bytes));
}

export const upgradeCommand: CliCommand = {
  name: NAME,
  summary: CLI_TEXT.upgradeSummary,
  usage: ['cchc upgrade F.xlsx', 'cchc upgrade F.xlsx --forms S'],
  options: [{ flag: '--forms S', text: FORMSET_TEXT.option.upgradeHelp }],
  exitCodes: CLI_TEXT.upgradeExit,
  async run(args, io) {
    const parsed = parseCommandArgs(NAME, args, { ...FORMS_ARG });
    if (parsed.help) return printCommandHelp(upgradeCommand, io);
    const file = singleFile(NAME, parsed);
    const given = await loadGivenSet(stringOption(NAME, parsed, 'forms'), io);
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
    if (given) return moveWorkbook(wb, file, path, given, io, presenceOfFile(file, bytes));
    // Laid out again by the set the workbook carries, as Excel and Sheets do (a damaged copy is refused, naming the file).
    const values = readNamedCells(wb).values;
    const carriedSet = carriedSetOf(file, values) ?? BUILTIN_SET;
    const catalogue = catalogueOf(carriedSet);
    let upgraded: UpgradedWorkbook;
    try {
      upgraded = upgradeWorkbook(wb, catalogue);
    } catch (e) {
      // Not ours, or a newer or unknown version: refused, the file left as it was.
      if (e instanceof WorkbookFormatError) throw new CliError(CLI_TEXT.notTemplate(file, e.message));
      throw e;
    }
    // Damaged (a sheet or a name its version had lost), judged by the version the upgrade carries it from (its version
    // cell's, or the names' where that cell lost its name): laid out again as Lập biểu mẫu does, keeping every entry; an
    // older version upgraded besides. Its version told as Kiểm tra tells it, as Excel's and Sheets' Lập biểu mẫu tell it
    // (upgradeClaim): where the version cell lost its name and the names leave the version unsure, every version they allow
    // laid out alike (the sheets whose cells differ are gone), none is claimed: carried from the oldest (the entries the
    // same whichever), it is told as laid out again, damaged as today's, never as upgraded from a version it may not be.
    const found = presenceOfFile(file, bytes);
    const claimed = upgradeClaim(catalogue, values, found);
    const judged = workbookDamage(versionSheets(catalogue, claimed ?? TEMPLATE_VERSION), found);
    const damage = isDamaged(judged) ? judged : null;
    if (upgraded.current && damage === null) {
      io.out(CLI_TEXT.upgradeNotNeeded(file, upgraded.from));
      return EXIT.ok;
    }
    if (upgraded.otherSheets.length > 0) {
      // What was lost first, when that is why the workbook was to be laid out again (a name left only as a copied sheet's).
      const lost = damage ? DAMAGE_TEXT.workbookDamaged(damage.missingSheets, damage.brokenNames) : '';
      throw new CliError(CLI_TEXT.upgradeOtherSheets(file, upgraded.otherSheets, lost));
    }
    // An entry that would be lost or put in another row's cell: refused before writing (the core's decision, as Excel's and Sheets' Lập biểu mẫu).
    const refusal = upgradeRefusal(catalogue, values, found);
    if (refusal) throw new CliError(CLI_TEXT.upgradeRefused(file, refusal.said, refusal.giveBack));
    try {
      // The temp file is renamed over the original: a failure leaves the original whole.
      await writePlanFile(upgraded.plan, path, { overwrite: true }, catalogue);
    } catch (e) {
      throw writeFailure(file, e);
    }
    const said = damage ? DAMAGE_TEXT.workbookDamaged(damage.missingSheets, damage.brokenNames) : null;
    io.out(
      said === null
        ? CLI_TEXT.upgraded(file, upgraded.from, TEMPLATE_VERSION, upgraded.carried)
        : claimed === null
          ? CLI_TEXT.repaired(file, said, upgraded.carried)
          : CLI_TEXT.upgradedRepaired(file, claimed, TEMPLATE_VERSION, said, upgraded.carried),
    );
    return EXIT.ok;
  },
};
