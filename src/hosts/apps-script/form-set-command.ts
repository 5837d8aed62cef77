// CCHC › Bộ biểu mẫu…: the province's form set read from Drive and checked, stored in the template's hidden sheet `Bộ biểu mẫu`, and the sheets laid out again by it, typed values kept and those without a row listed.
import { headerPlace } from './header-place';
import { canonical, sameSet, setLabel } from '../../core/forms/choose-form-set';
import type { FormSetDef } from '../../core/forms/form-set';
import { orphansSheet, orphanValues, strayValues, type OrphanValue } from '../../core/forms/orphan-values';
import { formSheetName } from '../../core/forms/catalogue';
import { movesByNameOnly } from '../../core/read/workbook-damage';
import { placeText } from '../../core/forms/set-problem';
import type { FormNumber } from '../../core/forms/types';
import { FORMSET_TEXT, GAS_TEXT } from '../../core/i18n/messages';
import { UserError } from '../../core/errors/user-error';
import { buildWorkbookPlan } from '../../core/layout/build-workbook-plan';
import { carryEntries } from '../../core/read/carry-entries';
import { hasTemplateNames } from '../../core/read/read-workbook';
import { isBlank, toPlanValue } from '../shared/plan-cells';
import { applyWorkbookPlan } from './apply-plan';
import type { GasEnv, GasSpreadsheet } from './gas-types';
import { readFormSetSource } from './read-authoring-spreadsheet';
import { readNamedValues, type WorkbookSnapshot } from './read-named-values';
import { showSidebar, type SidebarFinding } from './sidebar';
import { setLine, sheetSetOf, spreadsheetSetOrNull } from './spreadsheet-set';

const T = GAS_TEXT.formSet;
const O = FORMSET_TEXT.option;

/** The rows already on `Giá trị không còn dòng` (from an earlier move), read from the grid the layout read anyway: kept, before the new ones. */
export function earlierOrphans(found: WorkbookSnapshot): OrphanValue[] {
  const grid = found.grids[O.orphansSheet] ?? [];
  const out: OrphanValue[] = [];
  for (const row of grid.slice(2)) {
    const form = Number(row[0]);
    if (isBlank(row[0]) || !Number.isInteger(form)) continue;
    const cell = (i: number): ReturnType<typeof toPlanValue> => (isBlank(row[i]) ? null : toPlanValue(row[i]));
    const note = cell(4);
    out.push({ form: form as FormNumber, key: String(cell(1) ?? ''), label: String(cell(2) ?? ''), value: cell(3), note: note === null ? null : String(note) });
  }
  return out;
}

/** "1000", or the Ghi chú typed on the row when its value cell was empty (as `cchc upgrade` prints them). */
const shownValue = (o: OrphanValue): string =>
  [o.value === null ? null : String(o.value), o.note === null ? null : `${O.orphansHeaders[4]}: “${o.note}”`].filter((x) => x !== null).join('; ');

export interface SetMove {
  readonly from: FormSetDef;
  readonly to: FormSetDef;
  /** Input cells holding an entry kept. */
  readonly kept: number;
  readonly orphans: readonly OrphanValue[];
}

/**
 * Lays the spreadsheet out again by `to`: every entry whose input cell still exists kept by its
 * defined name, the values whose row `to` lacks copied to the visible sheet `Giá trị không còn dòng`
 * (after those an earlier move left there), the sheets of `from` that `to` has not deleted, and the
 * set stored in the hidden sheet `Bộ biểu mẫu` (none for the built-in set, which is carried by absence).
 * The spreadsheet is read once, as any layout reads it.
 */
export function moveSpreadsheetToSet(env: GasEnv, ss: GasSpreadsheet, to: FormSetDef, found: WorkbookSnapshot = readNamedValues(env, ss)): SetMove {
  const target = sheetSetOf(to);
  // A carried set edited by hand cannot say which rows it had: the values are then kept by the names `to` shares with it.
  const from = spreadsheetSetOrNull(found.byName) ?? target;
  const entries = carryEntries(found.byName, true).values;
  const laid = buildWorkbookPlan(null, target.catalogue, headerPlace(found.byName));
  // What the clerk typed where the new set's tables now lie and the old layout had nothing: listed, never overwritten unseen (as Excel).
  const laidBefore = new Map(buildWorkbookPlan(null, from.catalogue, headerPlace(found.byName)).sheets.map((s) => [s.name, s] as const));
  const strays = movesByNameOnly(from.catalogue, to)
    ? target.catalogue.forms.flatMap((form) => {
        const sheet = laid.sheets.find((s) => s.name === formSheetName(form.number));
        const grid = sheet ? found.grids[sheet.name] : undefined;
        return sheet && grid ? strayValues(laidBefore.get(sheet.name), sheet, form.number, (r, c) => grid[r]?.[c]) : [];
      })
    : [];
  const orphans = [...earlierOrphans(found), ...(hasTemplateNames(entries, from.catalogue) ? orphanValues(entries, from.catalogue, target.catalogue) : []), ...strays];
  const plan = orphans.length > 0 ? { ...laid, sheets: [...laid.sheets, orphansSheet(orphans, setLabel(from.set), setLabel(to))] } : laid;
  const keep = new Set(plan.sheets.map((s) => s.name));
  const old = [...laidBefore.values()];
  const dropSheets = old.map((s) => s.name).filter((name) => !keep.has(name) && found.sheetIds[name] !== undefined);
  // The names of rows `to` no longer has: left, they would point at whatever row now sits there.
  const names = new Set(plan.sheets.flatMap((s) => s.names.map((n) => n.name)));
  const dropNames = old.flatMap((s) => s.names.map((n) => n.name)).filter((name) => !names.has(name));
  const result = applyWorkbookPlan(env, ss, plan, { found, dropSheets, dropNames, clearBeyond: Object.fromEntries([...laidBefore].map(([name, s]) => [name, { rows: s.rows, columns: s.columns }] as const)), catalogue: from.catalogue, movingTo: to });
  return { from: from.set, to, kept: result.kept, orphans };
}

/** CCHC › Bộ biểu mẫu…: asks for the link, reads and checks the set, then stores it and lays the spreadsheet out (or shows every problem). */
export function chooseFormSet(env: GasEnv): void {
  const ui = env.SpreadsheetApp.getUi();
  const answer = ui.prompt(T.promptTitle, T.prompt, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK || answer.getResponseText().trim() === '') return;
  const source = readFormSetSource(env, answer.getResponseText());
  if ('problems' in source) {
    const findings: SidebarFinding[] = source.problems.map((p) => ({
      severity: 'error',
      label: T.problemLabel,
      cell: null,
      message: FORMSET_TEXT.cli.problemLine(placeText(p.place), p.message),
    }));
    showSidebar(env, { title: T.problemsTitle, lead: T.problemsLead(source.name, source.problems.length), findings });
    return;
  }
  const ss = env.SpreadsheetApp.getActiveSpreadsheet();
  const found = readNamedValues(env, ss);
  // A damaged carried set (null) does not stop the choice: choosing the set again is its cure.
  const current = spreadsheetSetOrNull(found.byName);
  const to = source.set;
  if (current && to.id === current.set.id && to.version < current.set.version) throw new UserError(T.older(setLabel(current.set), setLabel(to)));
  // The same set, word for word, on a spreadsheet already laid out by it: nothing to do.
  if (current && sameSet(to, current.set) && canonical(to) === canonical(current.set) && hasTemplateNames(found.byName, current.catalogue)) {
    showSidebar(env, { title: T.promptTitle, formSet: setLine(to), lead: T.current(setLabel(to)) });
    return;
  }
  const moved = moveSpreadsheetToSet(env, ss, to, found);
  const findings: SidebarFinding[] = moved.orphans.map((o) => ({
    severity: 'warning',
    label: T.orphanLabel,
    cell: null,
    message: O.orphanLine(o.form, o.key, o.label, shownValue(o)).trim(),
  }));
  showSidebar(env, {
    title: T.promptTitle,
    formSet: setLine(to),
    lead: T.chosen(setLabel(moved.from), setLabel(to), moved.kept),
    ...(findings.length > 0 ? { hint: O.orphansTitle(findings.length, O.orphansSheet), findings } : {}),
  });
}
