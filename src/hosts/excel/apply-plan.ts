// Lays the workbook plan out in Excel in three syncs whatever the number of rows: look, read what is kept, write.
import { UserError } from '../../core/errors/user-error';
/// <reference types="office-js" />
import type { ReportData } from '../../core/data/types';
import { UI_TEXT } from '../../core/i18n/ui';
import { cellAddress, parseSheetCell, parseSheetRef, rangeAddresses, sheetRef } from '../../core/layout/a1';
import { TEMPLATE_VERSION_NAME } from '../../core/layout/names';
import { OLDER_TEMPLATE_NAMES } from '../../core/layout/template-versions';
import { carryEntries, upgradeClaim } from '../../core/read/carry-entries';
import { movesByNameOnly, setMoveRefusal, upgradeRefusal } from '../../core/read/workbook-damage';
import type { PlanValue, WorkbookPlan } from '../../core/layout/types';
import { inputCellSet, overlayKept, toPlanValue, type KeptValues } from '../shared/plan-cells';
import type { Supports } from './office-support';
import { PROTECT_OPTIONS, queueSheetWrites } from './queue-sheet-writes';
import { restoreAfterFailure } from './recover';
import { presenceOf, queueWorkbookIndex, type WorkbookIndex } from './workbook-index';
import { NOTES_API } from './carry-notes';
import { notesFollowNames, type NoteCell } from '../shared/notes-follow-names';
import { SHOWN_VALUE_PROPS, shownValue } from './shown-value';
import type { FormCatalogue } from '../../core/forms/build-catalogue';
import { isBuiltinSet } from '../../core/forms/builtin';
import { CARRIED_SET_SHEET } from '../../core/forms/carried-set';
import { catalogueOf } from '../../core/forms/builtin';
import { formSheetName } from '../../core/forms/catalogue';
import { sameSet, setLabel } from '../../core/forms/choose-form-set';
import type { FormSetDef } from '../../core/forms/form-set';
import { orphansOfRows, orphansSheet, orphanValues, strayValues, type OrphanValue } from '../../core/forms/orphan-values';
import { FORMSET_TEXT } from '../../core/i18n/form-sets';
import { CarriedSetDamagedError, carriedSetOfValues } from './workbook-set';

export interface LayoutDeps {
  /** The core's planner (buildWorkbookPlan), by a set's catalogue (absent: the built-in set's). */
  readonly buildPlan: (data: ReportData | null, catalogue?: FormCatalogue) => WorkbookPlan;
  /** The core's reader (readWorkbookValues): report data from values by defined name, or null. */
  readonly readData: (values: Readonly<Record<string, unknown>>, catalogue?: FormCatalogue) => ReportData | null;
  readonly supports: Supports;
  /** The set to lay the workbook out with ("Chọn bộ biểu mẫu…"); absent: the set the workbook carries (the built-in one when none). */
  readonly set?: FormSetDef;
}

/** The workbook carries a newer version of the chosen set: never moved back (as `cchc upgrade --forms` refuses). */
export class OlderSetError extends UserError {}

/**
 * The layout would lose an entry, or put it in another row's cell (core upgradeRefusal: an older workbook that lost a name
 * where its cells moved since, or one whose version cell lost its name; core setMoveRefusal: another set chosen for a
 * workbook with an input cell it has no name for): refused after reading, before any write.
 */
export class LayoutRefusedError extends UserError {}

/** Names of the template's families that a layout by another set may leave behind: form values, Ghi chú cells, the carried set. */
const isSetDependentName = (name: string): boolean => /^(BM\d+_|GC\d+_|CCHC_FORMSET_)/i.test(name);

export interface LayoutResult {
  readonly sheets: number;
  /** Input cells whose typed value was kept. */
  readonly kept: number;
  readonly created: readonly string[];
  /** Form sheets given back their plan name: "old → new" (renamed by hand, or spelled in another case). */
  readonly renamed: readonly string[];
  /** The older template version the workbook was upgraded from; null when it was today's (or new), or when Kiểm tra cannot tell it (core upgradeClaim). */
  readonly upgradedFrom: string | null;
  /** The set the workbook carried before (the built-in one when none), and the one it is laid out with now. */
  readonly from: FormSetDef;
  readonly set: FormSetDef;
  /** Values typed on rows the new set lacks, kept on the sheet `Giá trị không còn dòng` (earlier moves' rows first). */
  readonly orphans: readonly OrphanValue[];
  /** Sheets of the old layout the new one has no place for (a form the set dropped, the carried set going back to the built-in one). */
  readonly removed: readonly string[];
}

/** The oldest ExcelApi set the layout runs on: NamedItemCollection.add. */
export const MIN_EXCEL_API = '1.4';

/** The host's Excel lacks the API the layout needs; its message tells the user to update Excel. */
export class ExcelTooOldError extends UserError {
  constructor() {
    super(UI_TEXT.excelTooOld);
  }
}

/** `='Biểu mẫu 1'!$D$8` as Excel prints a name's formula. */
const nameFormula = (sheet: string, a1: string): string =>
  `=${sheetRef(sheet, a1.replace(/^\$?([A-Z]+)\$?(\d+)$/, '$$$1$$$2'))}`;

/**
 * Applies the plan to the workbook of `context`. Every value a person typed into an input cell
 * is read first (by defined name, and by position for inputs whose name the workbook lacks or
 * holds at #REF!, on sheets whose cells have not moved since the workbook's template version) and
 * written back over the new layout, so re-applying never loses data. A workbook of an older
 * template version is upgraded this way (its renamed cells' entries carried by row identity,
 * core/layout/template-versions.ts); one of a newer or unknown version is refused before any write, and so is one whose
 * entry no name or place would carry (LayoutRefusedError, core upgradeRefusal), and, laid out by another set than the one it
 * carries, one with an input cell it has no name for (core setMoveRefusal: the new set's place for that cell may be another
 * row's; laid out by its own set first, it moves whole). It is also the repair of a damaged workbook: sheets and names
 * are found as Excel finds them (whatever the case), a name at #REF! is never read through
 * getRange (which throws) but laid again, a form sheet renamed by hand gets its name back (found
 * by where its names point), a deleted one is laid out anew.
 */
export async function applyWorkbookPlan(context: Excel.RequestContext, deps: LayoutDeps): Promise<LayoutResult> {
  // Defined names (ExcelApi 1.4) are how every reader finds the cells: without them there is no template.
  if (!deps.supports(MIN_EXCEL_API)) throw new ExcelTooOldError();
  const probe = deps.buildPlan(null, deps.set ? catalogueOf(deps.set) : undefined);
  const workbook = context.workbook;

  // Members past ExcelApi 1.4 are gated: an ungated one fails the whole batch on an older Excel (ApiNotFound).
  const canPauseEvents = deps.supports('1.8'); // Runtime.enableEvents
  const canReadNameFormula = deps.supports('1.7'); // NamedItem.formula

  // Sync 1: which sheets and names exist (and which names are at #REF!), and whether events are on.
  const indexed = queueWorkbookIndex(context, true);
  const runtime = canPauseEvents ? context.runtime.load('enableEvents') : null;
  await context.sync();

  const index = indexed();
  const eventsWereOn = runtime?.enableEvents ?? true;

  // Sync 2: protection state, every named input value and every unnamed input cell of existing sheets.
  // From here a failure must not leave events off or a sheet unprotected (see restoreAfterFailure).
  let wasProtected: string[] = [];
  try {
    if (runtime) runtime.enableEvents = false;
    // Every sheet's protection, by name as the workbook spells it: a renamed form sheet is known only after this sync.
    const protection = new Map(index.sheets.map((s) => [s.name, workbook.worksheets.getItem(s.id).protection.load('protected')] as const));
    // Every sheet's own names, by id (Worksheet.names, ExcelApi 1.4 like NamedItemCollection.add: every Excel the layout runs on has it).
    // Which sheets the plan lays out is known only after this sync (a renamed form sheet is found by where its names point), so all of them.
    const ownNames = new Map(index.sheets.map((s) => [s.id, workbook.worksheets.getItem(s.id).names.load('items/name')] as const));
    const byName = new Map<string, Excel.Range>();
    const nameItems = new Map<string, Excel.NamedItem>();
    const byPosition = new Map<string, Map<string, Excel.Range>>();
    // Older versions' names too: their cells' entries move to today's names (template-versions.ts).
    // And every name of a set's families the workbook has: the set it carries, and the values of its rows (which the
    // new set may not have: they are listed, not lost).
    const wanted = [
      ...new Set([
        ...probe.sheets.flatMap((s) => s.names.map((n) => n.name)),
        TEMPLATE_VERSION_NAME,
        ...OLDER_TEMPLATE_NAMES,
        ...index.names.filter((n) => isSetDependentName(n.name)).map((n) => n.name.toUpperCase()),
      ]),
    ];
    const usable = (name: string): boolean => index.name(name)?.usable === true;
    for (const name of wanted) {
      const entry = index.name(name);
      // A name at #REF! throws on getRange(): it is laid again below, its cell read by position.
      if (!entry?.usable) continue;
      const item = workbook.names.getItem(entry.name);
      if (canReadNameFormula) item.load('formula');
      nameItems.set(name, item);
      byName.set(name, item.getRange().load(`${SHOWN_VALUE_PROPS},address`));
    }
    for (const sheet of probe.sheets) {
      const actual = index.sheet(sheet.name);
      if (actual === undefined) continue;
      const ws = workbook.worksheets.getItem(actual);
      // A cell is read by position only where its name is missing or broken (a workbook laid out before Ghi chú cells were named).
      const named = new Set(sheet.names.filter((n) => usable(n.name)).map((n) => n.cell));
      const cells = new Map<string, Excel.Range>();
      for (const input of sheet.inputs) {
        for (const a1 of rangeAddresses(input)) if (!named.has(a1)) cells.set(a1, ws.getRange(a1).load(SHOWN_VALUE_PROPS));
      }
      byPosition.set(sheet.name, cells);
    }
    // Another set chosen: each form sheet's block as the chosen set lays it out, in the same sync (a cell it takes over that the
    // old layout left free is kept with the values that have no row, core strayValues).
    const blocks = new Map<string, Excel.Range>();
    if (deps.set) {
      for (const sheet of probe.sheets) {
        const actual = index.sheet(sheet.name);
        if (actual !== undefined) blocks.set(sheet.name, workbook.worksheets.getItem(actual).getRange(`A1:${cellAddress(sheet.rows, sheet.columns)}`).load('values'));
      }
    }
    // The notes on every named cell where it is now, and on the cells the chosen set's plan names (ExcelApi 1.18):
    // a note goes with its name wherever the new layout puts it (notes-follow-names.ts).
    const notes = deps.supports(NOTES_API) ? queueNamedNotes(workbook, index, wanted, deps.set ? probe : null) : null;
    // Values kept by an earlier move to another set: they stay, before the new ones.
    const orphanSheet = index.sheet(FORMSET_TEXT.option.orphansSheet);
    const earlier = orphanSheet === undefined ? null : workbook.worksheets.getItem(orphanSheet).getUsedRange().load('values');
    await context.sync();
    wasProtected = index.sheets.filter((s) => protection.get(s.name)?.protected).map((s) => s.id);

    const found: Record<string, unknown> = {};
    const home = new Map<string, string>();
    // Cells a name points to now: their value is kept through that name, never a second time by position.
    const pointed = new Set<string>();
    for (const [name, range] of byName) {
      found[name] = shownValue(range);
      const at = parseSheetRef(range.address);
      if (!at) continue;
      home.set(name, at.sheet);
      pointed.add(`${at.sheet.toLowerCase()}!${at.a1}`);
    }
    const renamedFrom = renamedSheets(probe, index.sheet, home);
    // A newer or unknown version throws here, before anything is written (the catch below restores events).
    const carried = carryEntries(found);
    const named = carried.values;
    // The set the workbook carries; a damaged copy is replaced by a set chosen now, else refused (before any write).
    let fromSet: FormSetDef;
    try {
      fromSet = carriedSetOfValues(found);
    } catch (e) {
      if (!(e instanceof CarriedSetDamagedError) || !deps.set) throw e;
      fromSet = deps.set;
    }
    const target = deps.set ?? fromSet;
    if (target.id === fromSet.id && target.version < fromSet.version) throw new OlderSetError(FORMSET_TEXT.pane.older(setLabel(fromSet), setLabel(target)));
    const fromCat = catalogueOf(fromSet);
    // Nothing typed may be lost: what no name or place can carry is refused here, before the write (as cchc upgrade refuses it).
    const presence = presenceOf(index);
    const refusal = upgradeRefusal(fromCat, found, presence);
    if (refusal) throw new LayoutRefusedError(UI_TEXT.layoutRefused(refusal.said, refusal.giveBack));
    // Another set carries entries by name only: a cell without its name would be read at the new set's place for it, another
    // row's (core setMoveRefusal, as cchc upgrade --forms refuses it): refused here, to be laid out by the carried set first.
    const moveRefusal = deps.set ? setMoveRefusal(fromCat, target, found, presence) : null;
    if (moveRefusal) throw new LayoutRefusedError(UI_TEXT.setMoveRefused(moveRefusal.said, setLabel(fromSet), setLabel(target)));
    const toCat = catalogueOf(target);
    // A move carries entries by name only: no cell is read by place (a row new to the set has no earlier entry).
    const byNameOnly = movesByNameOnly(fromCat, deps.set);
    let data: ReportData | null = null;
    if (byName.size > 0) {
      try {
        data = deps.readData(named, fromCat);
      } catch {
        data = null; // an unreadable header still keeps every typed value through the overlay below
      }
    }
    const fresh = deps.buildPlan(data, toCat);
    // The blocks the set the workbook carried lays out: what of them the new set's sheets lack is cleared below.
    const planBefore = deps.buildPlan(null, fromCat);
    const laidBefore = new Map(planBefore.sheets.map((s) => [s.name, { rows: s.rows, columns: s.columns }] as const));
    const kept = new Map<string, Map<string, PlanValue>>();
    for (const sheet of fresh.sheets) {
      const mine = new Map<string, PlanValue>();
      const inputs = inputCellSet(sheet);
      for (const { name, cell } of sheet.names) {
        if (inputs.has(cell) && name in named) mine.set(cell, toPlanValue(named[name]));
      }
      if (!byNameOnly && carried.from !== null && carried.byPosition(sheet.name)) {
        // Rows deleted by hand leave the deleted row's name at #REF! and move the names below it up:
        // the cell under the #REF! name's plan position then belongs to another name.
        const here = (index.sheet(sheet.name) ?? sheet.name).toLowerCase();
        for (const [a1, range] of byPosition.get(sheet.name) ?? []) {
          if (!pointed.has(`${here}!${a1}`)) mine.set(a1, toPlanValue(shownValue(range)));
        }
      }
      kept.set(sheet.name, mine);
    }
    const laid = overlayKept(fresh, kept as KeptValues);
    // What the clerk typed where the chosen set's tables now lie and the old layout had nothing: listed, never overwritten unseen.
    const strays = (): OrphanValue[] => {
      const before = new Map(deps.buildPlan(data, fromCat).sheets.map((s) => [s.name, s] as const));
      return toCat.forms.flatMap((form) => {
        const sheet = laid.plan.sheets.find((s) => s.name === formSheetName(form.number));
        const block = sheet ? blocks.get(sheet.name) : undefined;
        return sheet && block ? strayValues(before.get(sheet.name), sheet, form.number, (r, c) => block.values[r]?.[c]) : [];
      });
    };
    const keptCount = laid.kept;
    // Moving to another set: every value whose row the new set lacks is listed on a visible sheet, never dropped.
    const moved = !sameSet(fromSet, target);
    const newOrphans = [...(moved ? orphanValues(named, fromCat, toCat) : []), ...(byNameOnly ? strays() : [])];
    const orphans = moved || newOrphans.length > 0 ? [...(earlier ? orphansOfRows(earlier.values) : []), ...newOrphans] : [];
    const plan: WorkbookPlan = orphans.length > 0 ? { ...laid.plan, sheets: [...laid.plan.sheets, orphansSheet(orphans, setLabel(fromSet), setLabel(target))] } : laid.plan;
    // What the old layout had and the new one has no place for: its names, then its sheets (a form the set dropped,
    // the carried set's sheet when the workbook goes back to the built-in set).
    const planNames = new Set(plan.sheets.flatMap((s) => s.names.map((n) => n.name.toUpperCase())));
    // The template's own names: the new layout's, the old one's, older versions', and those of the template's families the workbook holds.
    const templateNames = new Set([...planNames, ...planBefore.sheets.flatMap((s) => s.names.map((n) => n.name)), ...wanted].map((n) => n.toUpperCase()));
    const staleNames = index.names.filter((n) => isSetDependentName(n.name) && !planNames.has(n.name.toUpperCase()));
    const planSheets = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
    const oldSheets = [...fromCat.forms.map((f) => formSheetName(f.number)), ...(isBuiltinSet(fromSet) ? [] : [CARRIED_SET_SHEET])];
    const staleSheets = [...new Set([...oldSheets, CARRIED_SET_SHEET])]
      .filter((name) => !planSheets.has(name.toLowerCase()))
      .flatMap((name) => {
        const actual = index.sheet(name);
        return actual === undefined ? [] : [actual];
      });

    const noteMoves = notes ? notesFollowNames(plan, notes.found(plan), notes.at) : null;

    // Sync 3: write everything with calculation and screen updating suspended, then events back on.
    if (deps.supports('1.6')) context.application.suspendApiCalculationUntilNextSync();
    if (deps.supports('1.9')) context.application.suspendScreenUpdatingUntilNextSync();
    const created: string[] = [];
    const renamed: string[] = [];
    const targets = plan.sheets.map((sheet) => {
      const actual = index.sheet(sheet.name) ?? renamedFrom.get(sheet.name);
      if (actual === undefined) {
        created.push(sheet.name);
        return workbook.worksheets.add(sheet.name);
      }
      // By id, which a rename leaves as it was: what is queued after the rename still finds the sheet.
      const ws = workbook.worksheets.getItem(index.sheets.find((s) => s.name === actual)?.id ?? actual);
      if (protection.get(actual)?.protected) ws.protection.unprotect();
      // Excel found "biểu mẫu 1" under "Biểu mẫu 1"; the plan's spelling is what every reader looks for.
      if (actual !== sheet.name) {
        ws.name = sheet.name;
        renamed.push(`${actual} → ${sheet.name}`);
      }
      return ws;
    });
    // A sheet laid out that holds sheet-scoped namesakes of the template's names (a copy renamed in place of its deleted original: Excel
    // gave the copy its own name for every workbook-level name into the original, see tests/hosts/excel/fake-excel.ts copySheet) loses
    // them: Excel resolves a name against the sheet's own first, so each would shadow the template's name on that sheet (in a formula
    // there, the Name Box, Go To), at a cell the layout may have moved the name away from, and the Name Manager would list every name
    // twice. Only the template's names (a sheet's print titles, the clerk's own names stay), and only on the sheets laid out: a copy beside
    // its original is the clerk's sheet, its names its own (formulas on it may use them). Queued after the unprotect above and before any
    // workbook-level name is deleted or added, so that the plan's first sheet, made active below, holds no namesake when the names are laid.
    plan.sheets.forEach((sheet, i) => {
      const actual = index.sheet(sheet.name) ?? renamedFrom.get(sheet.name);
      const id = index.sheets.find((s) => s.name === actual)?.id;
      const own = id === undefined ? undefined : ownNames.get(id);
      for (const { name } of own?.items ?? []) if (templateNames.has(name.toUpperCase())) targets[i]?.names.getItem(name).delete();
    });
    // The plan's first sheet active before any name is deleted or added: a sheet the clerk copied (Move or Copy › Create a
    // copy) holds namesakes of the template's names scoped to it, and Excel, which leaves the copy active, refuses
    // workbook.names.add of a name the active sheet has ("A resource with the same name or identifier already exists",
    // https://github.com/OfficeDev/office-js/issues/2875): the batch would stop there, a name deleted and not added again.
    targets[0]?.activate();
    // Notes leaving a cell go before anything is cleared there (a cleared cell's note would be gone, its delete refused).
    for (const cell of noteMoves?.remove ?? []) notes?.proxy(cell)?.delete();
    // An older version's names point at cells that now hold other rows: a reader must not find them.
    for (const old of OLDER_TEMPLATE_NAMES) {
      const entry = index.name(old);
      if (entry) workbook.names.getItem(entry.name).delete();
    }
    plan.sheets.forEach((sheet, i) => {
      const ws = targets[i];
      if (!ws) return;
      ws.position = i;
      // Names first: formulas written below may refer to them.
      for (const { name, cell } of sheet.names) {
        const entry = index.name(name);
        const item = nameItems.get(name);
        // Without NamedItem.formula the name cannot be compared, so it is laid again (same result).
        if (item && entry?.name === name && canReadNameFormula && item.formula === nameFormula(sheet.name, cell)) continue;
        // Excel refuses to add a name it already has in any case (ItemAlreadyExists), broken or not.
        if (entry) workbook.names.getItem(entry.name).delete();
        workbook.names.add(name, ws.getRange(cell));
      }
      queueSheetWrites(ws, sheet, deps.supports, created.includes(sheet.name) ? undefined : laidBefore.get(sheet.name));
    });
    for (const { sheet, a1, text } of noteMoves?.add ?? []) {
      const ws = targets[plan.sheets.findIndex((p) => p.name === sheet)];
      if (ws) workbook.notes.add(ws.getRange(a1), text);
    }
    plan.sheets.forEach((sheet, i) => {
      if (sheet.protect) targets[i]?.protection.protect(PROTECT_OPTIONS);
    });
    for (const stale of staleNames) workbook.names.getItem(stale.name).delete();
    // After the first sheet is active: Excel never deletes the only visible sheet, and the plan's first stays.
    for (const name of staleSheets) workbook.worksheets.getItem(index.sheets.find((s) => s.name === name)?.id ?? name).delete();
    // The carried form set's sheet: hidden, not very hidden (Unhide shows it), once the first sheet
    // is the active one; Excel refuses to hide the only visible sheet, and the plan's first never is.
    plan.sheets.forEach((sheet, i) => {
      if (sheet.hidden && targets[i]) targets[i].visibility = 'Hidden';
    });
    if (runtime) runtime.enableEvents = eventsWereOn;
    await context.sync();

    return {
      sheets: plan.sheets.length,
      kept: keptCount,
      created,
      renamed,
      upgradedFrom: upgradeClaim(fromCat, found, presence),
      from: fromSet,
      set: target,
      orphans,
      removed: staleSheets,
    };
  } catch (e) {
    // By id: a sheet renamed in the failed batch is still found.
    await restoreAfterFailure(context, runtime ? eventsWereOn : null, wasProtected);
    throw e;
  }
}

/** The notes queued for the layout's second sync, read after it. */
interface QueuedNotes {
  /** Each named cell's note where the cell is now, by name, on the sheets `plan` lays out. */
  found(plan: WorkbookPlan): ReadonlyMap<string, NoteCell & { readonly text: string }>;
  /** The note on a cell of a plan sheet: null for none, undefined where it was not read. */
  at(cell: NoteCell): string | null | undefined;
  /** The note read on a cell (to delete it). */
  proxy(cell: NoteCell): Excel.Note | undefined;
}

/**
 * Queues the read of the note on the cell of every usable name among `names` (where the index says it
 * is), and on every named cell of `plan` (the chosen set's, whose cells the layout may move notes to).
 */
function queueNamedNotes(workbook: Excel.Workbook, index: WorkbookIndex, names: readonly string[], plan: WorkbookPlan | null): QueuedNotes {
  const read = new Map<string, { sheet: string; a1: string; note: Excel.Note }>();
  const keyOf = (sheet: string, a1: string): string => `${sheet.toLowerCase()}!${a1}`;
  const queue = (actual: string, a1: string): void => {
    const id = index.sheets.find((s) => s.name === actual)?.id;
    if (id === undefined || read.has(keyOf(actual, a1))) return;
    read.set(keyOf(actual, a1), { sheet: actual, a1, note: workbook.worksheets.getItem(id).notes.getItemOrNullObject(a1).load('content') });
  };
  const where = new Map<string, { sheet: string; a1: string }>();
  for (const name of names) {
    const entry = index.name(name);
    const at = entry?.address ? parseSheetCell(entry.address.replace(/^=/, '')) : null;
    if (!at) continue;
    const actual = index.sheet(at.sheet);
    if (actual === undefined) continue;
    where.set(name, { sheet: actual, a1: at.a1 });
    queue(actual, at.a1);
  }
  for (const sheet of plan?.sheets ?? []) {
    const actual = index.sheet(sheet.name);
    if (actual !== undefined) for (const n of sheet.names) queue(actual, n.cell);
  }
  const get = (cell: NoteCell): { note: Excel.Note } | undefined => {
    const actual = index.sheet(cell.sheet);
    return actual === undefined ? undefined : read.get(keyOf(actual, cell.a1));
  };
  return {
    found(laid) {
      const out = new Map<string, NoteCell & { text: string }>();
      for (const [name, at] of where) {
        // On a sheet the layout keeps, under the plan's name for it.
        const sheet = laid.sheets.find((s) => index.sheet(s.name) === at.sheet)?.name;
        const note = read.get(keyOf(at.sheet, at.a1))?.note;
        if (sheet !== undefined && note && !note.isNullObject) out.set(name, { sheet, a1: at.a1, text: note.content });
      }
      return out;
    },
    at(cell) {
      const r = get(cell);
      return r === undefined ? undefined : r.note.isNullObject ? null : r.note.content;
    },
    proxy: (cell) => get(cell)?.note,
  };
}

/**
 * Plan sheets the workbook lacks but whose names all point to one sheet outside the plan: a form
 * sheet renamed by hand (Excel moves its names with it). Plan sheet name → the sheet's name now.
 */
function renamedSheets(
  plan: WorkbookPlan,
  sheetOf: (name: string) => string | undefined,
  home: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const sheet of plan.sheets) {
    if (sheetOf(sheet.name) !== undefined) continue;
    const homes = new Set(sheet.names.flatMap((n) => home.get(n.name) ?? []));
    const [only] = homes;
    if (homes.size !== 1 || only === undefined) continue;
    const key = only.toLowerCase();
    // Another plan sheet (a form's names pointed elsewhere), or already given to one: left alone.
    if (plan.sheets.some((s) => s.name.toLowerCase() === key) || taken.has(key)) continue;
    taken.add(key);
    out.set(sheet.name, only);
  }
  return out;
}
