// `cchc upgrade F.xlsx`: a workbook of an older template version (damaged or not), or a damaged one of today's, laid out again by today's template, in place and atomically, keeping every entry.
import { resolve } from 'node:path';
import { CLI_TEXT, DAMAGE_TEXT } from '../../../core/i18n/messages';
import type { FormCatalogue } from '../../../core/forms/build-catalogue';
import { isDamaged, lostWhereCellsMoved, versionSheets, workbookDamage, type WorkbookDamage } from '../../../core/read/workbook-damage';
import { xlsxPresence } from '../../shared/read-xlsx-named-cells';
import { lightReadXlsx } from '../load-input';
import { TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../core/layout/names';
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

/** `upgrade F.xlsx --forms S`: the workbook moved to a newer version of the set it carries, nothing typed dropped unsaid. */
async function moveWorkbook(wb: XL.Workbook, file: string, path: string, given: FormSetDef, io: CliIo): Promise<number> {
  const T = FORMSET_TEXT.option;
  const carried = carriedSetOf(file, readNamedCells(wb).values) ?? BUILTIN_SET;
  if (given.id !== carried.id) throw new CliError(T.upgradeOtherId(file, setLabel(carried), setLabel(given)));
  if (given.version < carried.version) throw new CliError(T.upgradeOlder(file, setLabel(carried), setLabel(given)));
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

/**
 * What a workbook (of template version `from`) lacks of its own version's sheets and names, laid out by its set, as
 * `check` finds it (the light reader's sheets and broken names), and the version it was judged by: one whose version cell
 * lost its name is judged as today's, as check judges it.
 */
function damageOfFile(file: string, bytes: Uint8Array, catalogue: FormCatalogue, from: string): { damage: WorkbookDamage; version: string } {
  // What ExcelJS loaded the light reader refuses only for its bounds or a damaged part: told as check tells it.
  const found = xlsxPresence(lightReadXlsx(file, bytes));
  const version = found.name(TEMPLATE_VERSION_NAME)?.usable ? from : TEMPLATE_VERSION;
  return { damage: workbookDamage(versionSheets(catalogue, version), found), version };
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
    if (given) return moveWorkbook(wb, file, path, given, io);
    // Laid out again by the set the workbook carries, as Excel and Sheets do (a damaged copy is refused, naming the file).
    const carriedSet = carriedSetOf(file, readNamedCells(wb).values) ?? BUILTIN_SET;
    let upgraded: UpgradedWorkbook;
    try {
      upgraded = upgradeWorkbook(wb, catalogueOf(carriedSet));
    } catch (e) {
      // Not ours, or a newer or unknown version: refused, the file left as it was.
      if (e instanceof WorkbookFormatError) throw new CliError(CLI_TEXT.notTemplate(file, e.message));
      throw e;
    }
    // Damaged (a sheet or a name its version had lost): laid out again as Lập biểu mẫu does, keeping every entry; an older
    // version upgraded besides. A lost name is taken by its cell's place, which an older version's sheet may no longer keep.
    const judged = damageOfFile(file, bytes, catalogueOf(carriedSet), upgraded.from);
    const damage = isDamaged(judged.damage) ? judged.damage : null;
    if (upgraded.current && damage === null) {
      io.out(CLI_TEXT.upgradeNotNeeded(file, upgraded.from));
      return EXIT.ok;
    }
    if (upgraded.otherSheets.length > 0) throw new CliError(CLI_TEXT.upgradeOtherSheets(file, upgraded.otherSheets));
    if (damage && judged.version !== TEMPLATE_VERSION) {
      const lost = lostWhereCellsMoved(catalogueOf(carriedSet), judged.version, damage);
      if (lost.length > 0) throw new CliError(CLI_TEXT.upgradeLostMoved(file, upgraded.from, lost));
    }
    try {
      // The temp file is renamed over the original: a failure leaves the original whole.
      await writePlanFile(upgraded.plan, path, { overwrite: true }, catalogueOf(carriedSet));
    } catch (e) {
      throw writeFailure(file, e);
    }
    const said = damage ? DAMAGE_TEXT.workbookDamaged(damage.missingSheets, damage.brokenNames) : null;
    io.out(
      said === null
        ? CLI_TEXT.upgraded(file, upgraded.from, TEMPLATE_VERSION, upgraded.carried)
        : upgraded.current
          ? CLI_TEXT.repaired(file, said, upgraded.carried)
          : CLI_TEXT.upgradedRepaired(file, upgraded.from, TEMPLATE_VERSION, said, upgraded.carried),
    );
    return EXIT.ok;
  },
};
