// `cchc template --out F.xlsx [--data D.json] [--previous P] [--force]`: lays out the workbook, empty, filled from report data, or carried over from the previous report.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type * as XL from 'exceljs';
import { carryOverlay, overlayNamed, planNamedValues } from '../../../core/carry/carry-into-plan';
import { isStaleCarryNote } from '../../../core/carry/carry-note';
import { CarryRefusedError, planCarry, requirePreviousData, type CarryPlan } from '../../../core/carry/plan-carry';
import type { ReportData } from '../../../core/data/types';
import { CARRY_TEXT } from '../../../core/i18n/carry';
import { CLI_TEXT } from '../../../core/i18n/cli';
import { buildWorkbookPlan } from '../../../core/layout/build-workbook-plan';
import type { PlanValue, WorkbookPlan } from '../../../core/layout/types';
import { readWorkbookValues, WorkbookFormatError } from '../../../core/read/read-workbook';
import { readNamedCells } from '../../shared/xlsx-named-cells';
import { xlsxPresence } from '../../shared/read-xlsx-named-cells';
import { refuseDamaged } from '../../../core/read/workbook-damage';
import { damageHintFor, lightReadXlsx } from '../load-input';
import { toPlanValue } from '../../shared/plan-cells';
import { CliError, EXIT } from '../cli-error';
import { writeFailure } from '../write-failure';
import type { CliIo } from '../cli-io';
import { printCommandHelp } from '../help';
import { loadEarlier } from '../load-previous';
import type { SetReportData } from '../load-report-json';
import { carriedSetOf, catalogueOf, FORMS_ARG, FORMS_HELP, loadGivenSet } from '../resolve-form-set';
import type { FormCatalogue } from '../../../core/forms/build-catalogue';
import { BUILTIN_CATALOGUE, BUILTIN_SET } from '../../../core/forms/builtin';
import type { FormSetDef } from '../../../core/forms/form-set';
import { parseCommandArgs, stringOption } from '../parse-command-args';
import { isZip, readInputBytes } from '../read-input-bytes';
import { XlsxTooLargeError } from '../../shared/xlsx-limits';
import { TargetExistsError } from '../xlsx/atomic-write';
import { loadWorkbook } from '../xlsx/load-workbook';
import { namedCellNotes } from '../xlsx/named-notes';
import type { CliCommand } from './types';

const NAME = 'template';

/** Report data from the --data file, which must be JSON, with the set it follows (the one it names, given with --forms). */
async function loadData(file: string, cwd: string, given: FormSetDef | undefined): Promise<SetReportData> {
  const bytes = await readInputBytes(resolve(cwd, file), file);
  // A workbook, or a file named .xlsx that is no zip (an encrypted workbook is an OLE compound file; an empty or cut file): not JSON data, as loadInput tells it.
  if (isZip(bytes) || /\.xlsx$/i.test(file)) throw new CliError(CLI_TEXT.dataMustBeJson(file));
  // zod, which reads the JSON, is loaded only for --data.
  const { readReportJson } = await import('../load-report-json');
  return readReportJson(new TextDecoder('utf-8').decode(bytes), file, given);
}

/** Writes the plan to `out`, mapping file-system failures to one line naming the file. */
async function writePlan(plan: WorkbookPlan, out: string, cwd: string, overwrite: boolean, catalogue: FormCatalogue): Promise<void> {
  // ExcelJS is loaded only to write: `cchc template --help` and a refused argument do not wait for it.
  const { writePlanFile } = await import('../xlsx/write-plan');
  try {
    await writePlanFile(plan, resolve(cwd, out), { overwrite }, catalogue);
  } catch (e) {
    if (e instanceof TargetExistsError) throw new CliError(CLI_TEXT.outExists(out));
    const code = (e as NodeJS.ErrnoException).code;
    if (code) throw writeFailure(out, e);
    throw e;
  }
}

/** Lays out `data` (or an empty workbook) in `out`, by the set of `catalogue` (carried in the workbook when not the built-in one). */
export async function writeWorkbook(data: ReportData | null, out: string, cwd: string, overwrite: boolean, catalogue: FormCatalogue = BUILTIN_CATALOGUE): Promise<void> {
  await writePlan(buildWorkbookPlan(data, catalogue), out, cwd, overwrite, catalogue);
}

/** What an existing --out workbook holds: its named values, and the note on each named cell that has one. */
interface ExistingOut {
  readonly values: Readonly<Record<string, unknown>>;
  readonly notes: Readonly<Record<string, string>>;
}

async function readExistingOut(out: string, cwd: string, catalogue: FormCatalogue): Promise<ExistingOut> {
  const bytes = await readInputBytes(resolve(cwd, out), out);
  if (!isZip(bytes)) throw new CliError(CLI_TEXT.notXlsx(out));
  let wb: XL.Workbook;
  try {
    wb = await loadWorkbook(bytes);
  } catch (e) {
    // A refusal for size says why, as check and upgrade do; anything else is a damaged file.
    if (e instanceof XlsxTooLargeError) throw new CliError(CLI_TEXT.notTemplate(out, e.message));
    throw new CliError(CLI_TEXT.notXlsx(out));
  }
  const named = readNamedCells(wb);
  try {
    // Refused as `cchc check` refuses it, in its words, before anything is written: damaged, its version cell's name lost
    // (judged by the set it was laid out with); and an older version even where it lost nothing, for the carry lays it out
    // afresh by today's names, which `cchc upgrade` does with the care an upgrade needs.
    const light = lightReadXlsx(out, bytes);
    refuseDamaged(light.values, xlsxPresence(light), catalogueOf(carriedSetOf(out, light.values) ?? BUILTIN_SET), damageHintFor(out), { olderToUpgrade: true });
    readWorkbookValues(named.values, {}, catalogue);
  } catch (e) {
    if (e instanceof WorkbookFormatError) throw new CliError(CLI_TEXT.notTemplate(out, e.message));
    throw e;
  }
  return { values: named.values, notes: namedCellNotes(wb, named.addresses) };
}

/**
 * The plan carried over from `previousFile`: `base` with what `existing` holds kept, then every
 * empty standing cell filled and noted. Notes on cells edited since they were carried are dropped;
 * every other note on a named cell (a person's own too) is kept.
 */
async function carriedPlan(
  base: WorkbookPlan,
  previousFile: string,
  existing: ExistingOut | null,
  io: CliIo,
  set: FormSetDef,
): Promise<{ plan: WorkbookPlan; carry: CarryPlan; cleared: number }> {
  // Read by its own set (the last period's may be of the set the province used before), carried by the rows of `set`.
  const previous = await loadEarlier(previousFile, io, [set]);
  const kept: Record<string, PlanValue> = {};
  for (const [name, v] of Object.entries(existing?.values ?? {})) kept[name] = toPlanValue(v);
  const laid = overlayNamed(base, kept);
  let carry: CarryPlan;
  try {
    carry = planCarry(requirePreviousData(previous.data), planNamedValues(laid), catalogueOf(set));
  } catch (e) {
    if (e instanceof CarryRefusedError) throw new CliError(`${previousFile}: ${e.message}`);
    throw e;
  }
  const notes: Record<string, string> = {};
  let cleared = 0;
  const refilled = new Set(carry.writes.map((w) => w.name));
  for (const [name, text] of Object.entries(existing?.notes ?? {})) {
    if (!isStaleCarryNote(text, existing?.values[name])) notes[name] = text;
    // A cell emptied since and filled again now gets a fresh note: not counted as cleared.
    else if (!refilled.has(name)) cleared++;
  }
  const overlay = carryOverlay(carry.writes);
  return { plan: overlayNamed(laid, overlay.values, { ...notes, ...overlay.notes }), carry, cleared };
}

export const templateCommand: CliCommand = {
  name: NAME,
  summary: CLI_TEXT.templateSummary,
  usage: [
    'cchc template --out F.xlsx [--data D.json] [--forms S] [--force]',
    'cchc template --out F.xlsx --previous P.xlsx|P.json [--data D.json] [--forms S] [--force]',
  ],
  options: [
    { flag: '--out F.xlsx', text: CLI_TEXT.templateOut },
    { flag: '--data D.json', text: CLI_TEXT.templateData },
    { flag: '--previous P', text: CARRY_TEXT.cli.previous },
    FORMS_HELP,
    { flag: '--force', text: CLI_TEXT.templateForce },
  ],
  exitCodes: CLI_TEXT.templateExit,
  async run(args, io) {
    const parsed = parseCommandArgs(NAME, args, {
      out: { type: 'string', short: 'o' },
      data: { type: 'string' },
      previous: { type: 'string' },
      force: { type: 'boolean' },
      ...FORMS_ARG,
    });
    if (parsed.help) return printCommandHelp(templateCommand, io);
    const out = stringOption(NAME, parsed, 'out', true);
    if (parsed.positionals.length > 0) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.tooManyFiles(parsed.positionals.join(' '))));
    if (!/\.xlsx$/i.test(out)) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.outMustBeXlsx(out)));
    const dataFile = stringOption(NAME, parsed, 'data');
    const given = await loadGivenSet(stringOption(NAME, parsed, 'forms'), io);
    const loaded = dataFile ? await loadData(dataFile, io.cwd, given) : null;
    const data = loaded?.data ?? null;
    // The set the data names (with --forms), else the one given, else the built-in one.
    const set = loaded?.set ?? given ?? BUILTIN_SET;
    const catalogue = catalogueOf(set);
    const force = parsed.values.force === true;
    const previousFile = stringOption(NAME, parsed, 'previous');
    if (!previousFile) {
      await writeWorkbook(data, out, io.cwd, force, catalogue);
      io.out(CLI_TEXT.wroteWorkbook(out));
      return EXIT.ok;
    }
    // An existing --out is filled, never replaced (what was typed in it stays), unless --force lays it out afresh.
    const existing = !force && existsSync(resolve(io.cwd, out)) ? await readExistingOut(out, io.cwd, catalogue) : null;
    const { plan, carry, cleared } = await carriedPlan(buildWorkbookPlan(data, catalogue), previousFile, existing, io, set);
    await writePlan(plan, out, io.cwd, true, catalogue);
    io.out(CLI_TEXT.wroteWorkbook(out));
    io.out(CARRY_TEXT.done(carry.writes.filter((w) => w.note !== undefined).length, carry.from));
    if (cleared > 0) io.out(CARRY_TEXT.notesCleared(cleared));
    return EXIT.ok;
  },
};
