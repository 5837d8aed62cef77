// Applies the core's workbook plan to a spreadsheet with whole-range calls only: a constant number of service calls per sheet.
import type { SheetPlan, WorkbookPlan } from '../../core/layout/types';
import { GAS_TEXT } from '../../core/i18n/messages';
import { gridRangeOf } from './a1-cells';
import { keepEntered, type ExistingWorkbook } from './keep-entered';
import { carryEntries, upgradeClaim } from '../../core/read/carry-entries';
import { movesByNameOnly, setMoveRefusal, upgradeRefusal } from '../../core/read/workbook-damage';
import { setLabel } from '../../core/forms/choose-form-set';
import type { FormSetDef } from '../../core/forms/form-set';
import { UserError } from '../../core/errors/user-error';
import type { FormCatalogue } from '../../core/forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../../core/forms/builtin';
import { spreadsheetSetOrNull } from './spreadsheet-set';
import { OLDER_TEMPLATE_NAMES } from '../../core/layout/template-versions';
import { readNamedValues, sheetsPresence, type WorkbookSnapshot } from './read-named-values';
import { sheetContents } from './sheet-grids';
import { SheetLockedError } from './protect-sheet';
import { cellRequests, protectionRequests } from './sheet-requests';
import { beyondPlan, type LaidArea } from '../../core/layout/beyond-plan';
import { cellAddress, parseCellAddress, sheetRef } from '../../core/layout/a1';
import { notesFollowNames, type NoteCell } from '../shared/notes-follow-names';
import type { GasEnv, GasSpreadsheet } from './gas-types';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** Sheets measures columns in pixels, plans in characters of the default font. */
const PX_PER_CHAR = 7;
const PX_PADDING = 5;
/** Plans give row heights in points; Sheets sizes rows in pixels (96 per inch, 72 points per inch). */
const PX_PER_PT = 96 / 72;

export interface ApplyResult {
  readonly sheets: number;
  /** Cells whose entered value was kept. */
  readonly kept: number;
  /** The older template version the spreadsheet was upgraded from; null when it was today's (or new), or when Kiểm tra cannot tell it (core upgradeClaim). */
  readonly upgradedFrom: string | null;
  /** Each plan sheet's id by name, as the layout's batch left them. */
  readonly sheetIds: Readonly<Record<string, number>>;
  /** The spreadsheet as read before the layout (its charts' ids among the rest: the layout's batch leaves charts alone). */
  readonly found: WorkbookSnapshot;
}

export interface ApplyOptions {
  /** The spreadsheet as readNamedValues(env, ss) read it, when the caller already read it (to choose the plan by it). */
  readonly found?: WorkbookSnapshot;
  /**
   * Sheets of an earlier layout the plan no longer has (a form the new form set dropped, the carried
   * set's sheet when the built-in set is chosen): deleted, with their defined names, in the structure batchUpdate.
   */
  readonly dropSheets?: readonly string[];
  /** Defined names of an earlier layout the plan no longer has (rows the new form set dropped): deleted, so none points at another row. */
  readonly dropNames?: readonly string[];
  /**
   * The blocks the set the spreadsheet carried laid out, by sheet: what of one lies outside the plan's block (a form that lost rows)
   * is cleared before it is written, as Excel clears it (core beyondPlan); a cell the clerk typed beyond both blocks stays.
   */
  readonly clearBeyond?: Readonly<Record<string, LaidArea>>;
  /** The set the spreadsheet was laid out by, whose names and sheets it is judged by; absent: the set it carries (the built-in one when none). */
  readonly catalogue?: FormCatalogue;
  /**
   * The set the plan lays the spreadsheet out by, when it is not the one `catalogue` holds (CCHC › Bộ biểu mẫu…): such a move
   * carries entries by name only, and a spreadsheet with input cells it has no name for is refused before any change (core setMoveRefusal).
   */
  readonly movingTo?: FormSetDef;
}

/**
 * The layout would lose an entry, or put it in another row's cell (core upgradeRefusal: an older spreadsheet that lost a
 * name where its cells moved since, or one whose version cell lost its name; core setMoveRefusal: another set chosen for a
 * spreadsheet with an input cell it has no name for): refused after the one read, before any change.
 */
export class LayoutRefusedError extends UserError {}

/**
 * Lays out (or upgrades in place) every sheet of the plan. Entered values are read first and
 * written back into the fresh layout. Sheets, named ranges, merges, order, column widths, row
 * heights, formats, validation, borders, protection and hidden state go in one Sheets API
 * batchUpdate for the whole workbook; then one setValues per sheet.
 */
export function applyWorkbookPlan(env: GasEnv, ss: GasSpreadsheet, plan: WorkbookPlan, options: ApplyOptions = {}): ApplyResult {
  const drop = new Set(options.dropSheets ?? []);
  // One Sheets API read lists sheets, protections and names; the grids come with it (readNamedValues).
  const found = options.found ?? readNamedValues(env, ss);
  // Everything that would stop the writes half-way is checked before anything changes.
  const existing = [...plan.sheets.map((p) => p.name), ...drop].filter((name) => found.sheetIds[name] !== undefined);
  const locked = existing.filter((name) => (found.protections[name] ?? []).some((p) => p.wholeSheet && !p.canEdit));
  if (locked.length > 0) throw new SheetLockedError(GAS_TEXT.protectedByOthers(locked));
  const rangeLocked = existing.filter((name) => (found.protections[name] ?? []).some((p) => !p.wholeSheet && !p.canEdit));
  if (rangeLocked.length > 0) throw new SheetLockedError(GAS_TEXT.rangesProtectedByOthers(rangeLocked));
  // A newer or unknown template version throws here, before anything changes; an older one's entries move to today's names.
  const carried = carryEntries(found.byName, true);
  // Nothing typed may be lost: what no name or place can carry is refused before anything changes (as cchc upgrade and Excel refuse it).
  const own = options.catalogue ?? spreadsheetSetOrNull(found.byName)?.catalogue ?? BUILTIN_CATALOGUE;
  const presence = sheetsPresence(Object.keys(found.sheetIds), Object.keys(found.byName));
  const refusal = upgradeRefusal(own, found.byName, presence);
  if (refusal) throw new LayoutRefusedError(GAS_TEXT.layoutRefused(refusal.said, refusal.giveBack));
  // Another set carries entries by name only: a cell without its name would be read at the new set's place for it, another row's.
  const moveRefusal = options.movingTo ? setMoveRefusal(own, options.movingTo, found.byName, presence) : null;
  if (moveRefusal && options.movingTo) throw new LayoutRefusedError(GAS_TEXT.formSet.moveRefused(moveRefusal.said, setLabel(own.definition), setLabel(options.movingTo)));
  const before = { ...found, byName: carried.values };
  // Missing sheets are added by the same batchUpdate, under ids chosen here: the batch is atomic,
  // so a request Sheets refuses (a name still held by a #REF! range) leaves the workbook untouched.
  const used = new Set(Object.values(before.sheetIds));
  let nextId = 1000;
  const ids = plan.sheets.map((p) => {
    const id = before.sheetIds[p.name];
    if (id !== undefined) return { id, added: false };
    while (used.has(nextId)) nextId++;
    used.add(nextId);
    return { id: nextId, added: true };
  });
  const requests: Request[] = [];
  // A dropped sheet's names go first: a name left on a deleted sheet turns into #REF! and blocks a later addNamedRange of it.
  const deleted = new Set<string>();
  const dropNames = new Set(options.dropNames ?? []);
  for (const [name, at] of Object.entries(before.positions)) {
    const id = before.namedRangeIds[name];
    if (!(drop.has(at.sheet) || dropNames.has(name)) || id === undefined) continue;
    requests.push({ deleteNamedRange: { namedRangeId: id } });
    deleted.add(name);
  }
  for (const name of drop) {
    const id = before.sheetIds[name];
    // DeleteSheetRequest (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#DeleteSheetRequest).
    if (id !== undefined) requests.push({ deleteSheet: { sheetId: id } });
  }
  plan.sheets.forEach((p, index) => {
    const { id, added } = ids[index]!;
    if (added) requests.push({ addSheet: { properties: { sheetId: id, title: p.name, index } } });
  });
  // An older version's names point at cells that now hold other rows: a reader must not find them.
  for (const old of OLDER_TEMPLATE_NAMES) {
    const id = before.namedRangeIds[old];
    if (id !== undefined && !deleted.has(old)) requests.push({ deleteNamedRange: { namedRangeId: id } });
  }
  const liveIds = Object.fromEntries(Object.entries(before.namedRangeIds).filter(([name]) => !deleted.has(name)));
  plan.sheets.forEach((p, index) => requests.push(...structureRequests(p, ids[index]!.id, index, liveIds)));
  // Formats, rules, borders, protection and hidden state of every sheet in the same batch: a
  // constant number of service calls whatever the sheets and rows. Values follow with setValues
  // (SpreadsheetApp parses them as typed), after the number formats: a cell formatted as text keeps
  // "08/06/2026" as typed instead of turning it into a date.
  const me = plan.sheets.some((p) => p.protect) ? env.Session.getEffectiveUser().getEmail() : '';
  plan.sheets.forEach((p, index) => {
    const id = ids[index]!.id;
    const laid = ids[index]!.added ? undefined : options.clearBeyond?.[p.name];
    requests.push(...cellRequests(p, id, laid ? beyondPlan(p, laid) : []));
    const old = (before.protections[p.name] ?? []).filter((x) => x.wholeSheet).map((x) => x.protectedRangeId);
    requests.push(...protectionRequests(id, old, p.protect ? p.inputs : null, GAS_TEXT.protectionDescription(p.name), me));
    // The carried form set's sheet: hidden by the same batch, whatever its rows (SheetProperties.hidden,
    // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#SheetProperties).
    if (p.hidden) requests.push({ updateSheetProperties: { properties: { sheetId: id, hidden: true }, fields: 'hidden' } });
  });
  // Notes go with their name where the plan moves its cell (rows a set inserted above it), in the same batch.
  requests.push(...noteRequests(plan, before, drop));
  try {
    env.Sheets.Spreadsheets.batchUpdate({ requests }, ss.getId());
  } catch (e) {
    const name = refusedName(e, requests);
    if (name !== null) throw new SheetLockedError(GAS_TEXT.namesBroken([name]));
    throw e;
  }
  let kept = 0;
  // A move to another set carries entries by name only: no cell is read by place (a row new to the set has no earlier entry).
  const byNameOnly = movesByNameOnly(own, options.movingTo);
  for (const p of plan.sheets) kept += writeValues(ss, p, before, !byNameOnly && carried.byPosition(p.name));
  const sheetIds = Object.fromEntries(plan.sheets.map((p, index) => [p.name, ids[index]!.id]));
  return { sheets: plan.sheets.length, kept, upgradedFrom: upgradeClaim(own, found.byName, presence), sheetIds, found };
}

/**
 * The defined name of the addNamedRange request the Sheets API refused ("Invalid
 * requests[N].addNamedRange: …"): a name the API does not list, held by a range whose sheet
 * was deleted (#REF!).
 */
function refusedName(e: unknown, requests: readonly Request[]): string | null {
  const m = /requests\[(\d+)\]\.addNamedRange/.exec(e instanceof Error ? e.message : String(e));
  return m ? requests[Number(m[1])]?.addNamedRange?.namedRange?.name ?? null : null;
}

/**
 * The notes the layout moves, as UpdateCellsRequests of the `note` field alone (CellData.note, "Any note
 * on the cell": https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#CellData),
 * on the plan's sheets the spreadsheet already has: a named cell's note goes where the plan puts the
 * name, a dropped row leaves none behind (notes-follow-names.ts). The read gave every note (read-named-values.ts).
 */
function noteRequests(plan: WorkbookPlan, found: WorkbookSnapshot, drop: ReadonlySet<string>): Request[] {
  const laid = new Set(plan.sheets.map((p) => p.name).filter((name) => found.sheetIds[name] !== undefined && !drop.has(name)));
  const noteOf = (sheet: string, r: number, c: number): string => found.notes[sheet]?.[r]?.[c] ?? '';
  const named = new Map<string, NoteCell & { text: string }>();
  for (const [name, at] of Object.entries(found.positions)) {
    const text = laid.has(at.sheet) ? noteOf(at.sheet, at.r, at.c) : '';
    if (text !== '') named.set(name, { sheet: at.sheet, a1: cellAddress(at.r + 1, at.c + 1), text });
  }
  const noteAt = (cell: NoteCell): string | null | undefined => {
    if (!laid.has(cell.sheet)) return undefined;
    const { row, col } = parseCellAddress(cell.a1);
    return noteOf(cell.sheet, row - 1, col - 1) || null;
  };
  const { remove, add } = notesFollowNames(plan, named, noteAt);
  const final = new Map<string, NoteCell & { text: string }>();
  for (const cell of remove) final.set(`${cell.sheet}!${cell.a1}`, { ...cell, text: '' });
  for (const cell of add) final.set(`${cell.sheet}!${cell.a1}`, cell);
  return [...final.values()].map(({ sheet, a1, text }) => ({
    updateCells: { range: gridRangeOf(a1, found.sheetIds[sheet]!), rows: [{ values: [text === '' ? {} : { note: text }] }], fields: 'note' },
  }));
}

/** Order, merges, column widths and defined names of one sheet, as Sheets API requests. */
function structureRequests(p: SheetPlan, sheetId: number, index: number, namedRangeIds: Record<string, string>): Request[] {
  const requests: Request[] = [
    {
      updateSheetProperties: {
        properties: { sheetId, index, gridProperties: { frozenRowCount: p.freezeRows ?? 0 } },
        fields: 'index,gridProperties.frozenRowCount',
      },
    },
    // The whole sheet (a GridRange without indexes is unbounded): an unmerge range must not cut through a merge.
    { unmergeCells: { range: { sheetId } } },
  ];
  for (const m of p.merges) requests.push({ mergeCells: { range: gridRangeOf(m, sheetId), mergeType: 'MERGE_ALL' } });
  p.columnWidths.forEach((chars, c) =>
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: c, endIndex: c + 1 },
        properties: { pixelSize: Math.round(chars * PX_PER_CHAR + PX_PADDING) },
        fields: 'pixelSize',
      },
    }),
  );
  for (const { row, height } of p.rowHeights ?? []) {
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'ROWS', startIndex: row - 1, endIndex: row },
        properties: { pixelSize: Math.round(height * PX_PER_PT) },
        fields: 'pixelSize',
      },
    });
  }
  for (const n of p.names) {
    const namedRange = { name: n.name, range: gridRangeOf(n.cell, sheetId) };
    const id = namedRangeIds[n.name];
    requests.push(
      id
        ? { updateNamedRange: { namedRange: { ...namedRange, namedRangeId: id }, fields: 'range' } }
        : { addNamedRange: { namedRange } },
    );
  }
  return requests;
}

/**
 * The sheet's values and formulas in one setValues on the range the spreadsheet gives by its A1
 * notation with the sheet's name (Spreadsheet.getRange(a1Notation),
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getRange(String));
 * returns how many entered cells were kept.
 */
function writeValues(ss: GasSpreadsheet, p: SheetPlan, before: ExistingWorkbook, byPosition: boolean): number {
  const { values, kept } = keepEntered(p, before, byPosition);
  ss.getRange(sheetRef(p.name, `A1:${cellAddress(p.rows, p.columns)}`)).setValues(sheetContents(p, values, before.locale));
  return kept;
}
