// Reads every named cell of the workbook and the sheets' protection in two syncs, and checks them with the core.
import { UserError } from '../../core/errors/user-error';
/// <reference types="office-js" />
import type { WorkbookPlan } from '../../core/layout/types';
import { UI_TEXT } from '../../core/i18n/messages';
import { checkNamedValues, type NamedCheck } from '../../core/read/check-named-values';
import { damageOf, presenceOf, type WorkbookIndex } from './workbook-index';
import type { FormCatalogue } from '../../core/forms/build-catalogue';
import { damageVerdict } from '../../core/read/workbook-damage';
import { TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../core/layout/names';
import { SHOWN_VALUE_PROPS, shownValue } from './shown-value';
import { queueCarryNotes, staleCarryNotes } from './carry-notes';
import { isBuiltinSet } from '../../core/forms/builtin';
import type { FormSetDef } from '../../core/forms/form-set';
import { readWorkbookSet } from './workbook-set';
import { computedCells, isFormula, lostFormulaFindings, withLostFormulas } from '../../core/read/formula-audit';

export interface ExcelCheck extends NamedCheck {
  /** The form set the workbook carries (the built-in one when none): what it was checked by. */
  readonly set: FormSetDef;
  /** The plan of that set, as marking needs it. */
  readonly plan: WorkbookPlan;
  /** Protection of each plan sheet (by its plan name) as it was read: marking must restore it. */
  readonly protectedSheets: ReadonlyMap<string, boolean>;
  /** Carry notes ("Lấy số liệu kỳ trước") whose cell was edited since, by plan sheet: marking deletes them. */
  readonly staleCarryNotes: ReadonlyMap<string, readonly Excel.Note[]>;
}

export interface CheckOptions {
  /** Whether this Excel has notes (ExcelApi 1.18): then the carry notes are read with the values. */
  readonly notes?: boolean;
}

/** Thrown when the workbook holds nothing of the template; the message is Vietnamese. */
export class NotLaidOutError extends UserError {
  constructor() {
    super(UI_TEXT.notLaidOut);
  }
}

/**
 * Thrown when the workbook lacks some of the template's sheets or names (a sheet deleted or
 * renamed, a name deleted by hand or left pointing at #REF!); the Vietnamese message says which
 * and that "Lập biểu mẫu" lays them out again.
 */
export class WorkbookDamagedError extends UserError {
  constructor(
    readonly missingSheets: readonly string[],
    readonly brokenNames: readonly string[],
  ) {
    super(UI_TEXT.workbookDamaged(missingSheets, brokenNames));
  }
}

/**
 * Thrown when the workbook was laid out by an older template version, which lacks some of today's names: Lập biểu mẫu
 * upgrades it. `lacks`: what it lost of its own version's sheets and names, in every host's words (core olderDamage);
 * `upgrade`: how it is upgraded and what is done then (Kiểm tra's words unless given).
 */
export class OlderTemplateError extends UserError {
  constructor(
    readonly version: string,
    readonly lacks?: string,
    upgrade?: string,
  ) {
    super(UI_TEXT.olderTemplate(version, TEMPLATE_VERSION, lacks, upgrade));
  }
}

/**
 * Thrown when the workbook's version cell lost its name and the names it has leave its version unsure, so that Lập biểu
 * mẫu would refuse it (core damageVerdict): the Vietnamese message says so, and to give the name back, then to lay it out.
 */
export class VersionNameLostError extends UserError {
  constructor(
    readonly said: string,
    readonly giveBack: readonly string[],
  ) {
    super(UI_TEXT.versionNameLost(said, giveBack));
  }
}

/**
 * Refuses an open workbook that holds nothing of the template (NotLaidOutError) or lacks some of today's sheets or names,
 * as Kiểm tra tells it: where names are missing, one sync reads the version cell (in the place of the sync that would read
 * the values, which a refused workbook never reaches). A workbook of another template version is told as such (older:
 * upgrade it, named with what it lost of its own version; newer or unknown: TemplateVersionError), not as damaged; one
 * whose version cell lost its name is judged by the names it has, as every host judges it (core damageVerdict); today's,
 * damaged: WorkbookDamagedError. Kiểm tra and Lấy số liệu kỳ trước both refuse by it, in the same words but for the last
 * of an older workbook's: `upgrade`, how it is upgraded and what is done then (Kiểm tra's unless given).
 */
export async function refuseUnreadable(
  context: Excel.RequestContext,
  index: WorkbookIndex,
  catalogue: FormCatalogue,
  plan: WorkbookPlan,
  upgrade: string = UI_TEXT.damageHint.excel.upgrade,
): Promise<void> {
  const damage = damageOf(plan, index);
  if (damage.blank) throw new NotLaidOutError();
  if (damage.missingSheets.length === 0 && damage.brokenNames.length === 0) return;
  const versionName = index.name(TEMPLATE_VERSION_NAME);
  let version: unknown;
  if (versionName?.usable) {
    const cell = context.workbook.names.getItem(versionName.name).getRange().load('values');
    await context.sync();
    version = cell.values[0]?.[0];
  }
  // The core's one verdict (throws TemplateVersionError for a newer or unknown version), in the other hosts' words.
  const verdict = damageVerdict(catalogue, presenceOf(index), version);
  // Every older version is refused here, asking to upgrade it: named with what it lost of its own version.
  if (verdict?.kind === 'older') throw new OlderTemplateError(verdict.version, verdict.lacks?.said, upgrade);
  if (verdict?.kind === 'versionNameLost') throw new VersionNameLostError(verdict.said, verdict.giveBack);
  throw new WorkbookDamagedError(damage.missingSheets, damage.brokenNames);
}

/**
 * Sync 1: which sheets and names exist (a name at #REF! throws on getRange, so it is never
 * read). A workbook carrying a form set: one more sync reads the set, whose plan and catalogue
 * the rest follows (`plan` is the built-in set's). Sync 2: values, number formats and addresses of the plan's names, protection of its
 * sheets, and (with notes) the carry notes on the carried cells. Where names are missing, sync 2 reads the version cell instead and
 * the workbook is refused (refuseUnreadable).
 */
export async function checkWorkbook(context: Excel.RequestContext, builtinPlan: WorkbookPlan, options: CheckOptions = {}): Promise<ExcelCheck> {
  // A workbook carrying a set: one more sync reads it, and its plan and rows are the ones followed.
  const { index, set, catalogue, plan } = await readWorkbookSet(context, builtinPlan);
  await refuseUnreadable(context, index, catalogue, plan);

  const ranges = new Map<string, Excel.Range>();
  // Computed cells load their formulas too (same sync): one that lost it is a finding, as in Apps Script and the CLI.
  const computed = computedCells(plan, catalogue);
  const protections = new Map<string, Excel.WorksheetProtection>();
  for (const sheet of plan.sheets) {
    protections.set(sheet.name, context.workbook.worksheets.getItem(index.sheet(sheet.name) ?? sheet.name).protection.load('protected'));
    for (const { name } of sheet.names) {
      const actual = index.name(name)?.name ?? name;
      ranges.set(name, context.workbook.names.getItem(actual).getRange().load(`${SHOWN_VALUE_PROPS},address${computed.has(name) ? ',formulas' : ''}`));
    }
  }
  // In the same sync: the notes a carry left on the carried cells, to tell which were edited since.
  const notes = options.notes ? queueCarryNotes(context, plan, (sheet) => index.sheet(sheet) ?? sheet, catalogue) : [];
  await context.sync();
  const values: Record<string, unknown> = {};
  const addresses: Record<string, string> = {};
  const holdsFormula: Record<string, boolean> = {};
  for (const [name, range] of ranges) {
    values[name] = shownValue(range);
    addresses[name] = range.address;
    // Range.formulas gives the value where a cell holds no formula (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
    if (computed.has(name)) holdsFormula[name] = isFormula(range.formulas[0]?.[0]);
  }
  const protectedSheets = new Map([...protections].map(([name, p]) => [name, p.protected] as const));
  const checked = checkNamedValues(values, addresses, catalogue);
  const check = withLostFormulas(checked, lostFormulaFindings(catalogue, holdsFormula, checked.cellOf ?? (() => null)));
  // Data read from a workbook of another set names it (as the CLI's export does).
  const data = check.data && !isBuiltinSet(set) ? { ...check.data, formSet: { id: set.id, version: set.version } } : check.data;
  return { ...check, data, set, plan, protectedSheets, staleCarryNotes: staleCarryNotes(notes, values) };
}
