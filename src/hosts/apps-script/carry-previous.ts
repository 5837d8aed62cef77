// Fills the active spreadsheet from the commune's previous report (another spreadsheet, by its link): empty standing cells get the value and a note, in a constant number of calls.
import { carriedNames, isStaleCarryNote } from '../../core/carry/carry-note';
import { planCarry, requirePreviousData, type CarryPlan } from '../../core/carry/plan-carry';
import { UserError } from '../../core/errors/user-error';
import { CARRY_TEXT, GAS_TEXT } from '../../core/i18n/messages';
import { buildWorkbookPlan } from '../../core/layout/build-workbook-plan';
import { hostLiteral } from '../../core/layout/host-literal';
import type { PlanValue } from '../../core/layout/types';
import { readNamedWorkbook } from '../../core/read/check-named-values';
import { WorkbookFormatError } from '../../core/read/read-workbook';
import { spreadsheetIdOf } from './commune-link';
import type { GasEnv, GasSpreadsheet } from './gas-types';
import { sheetsLockedForUser } from './protect-sheet';
import { readNamedValues, sheetsPresence, type NamedCellRef } from './read-named-values';
import { refuseDamaged } from '../../core/read/workbook-damage';
import { spreadsheetSet } from './spreadsheet-set';

export interface SheetsCarry {
  readonly carry: CarryPlan;
  /** Form cells filled, each with its note. */
  readonly cells: number;
  /** Carry notes removed because their cell was edited since. */
  readonly cleared: number;
}

/** The previous report's data, read from its spreadsheet by the same named-cell reader (one API call, one getValues per sheet). */
export function readPreviousSpreadsheet(env: GasEnv, link: string): { readonly id: string; readonly data: ReturnType<typeof requirePreviousData> } {
  const id = spreadsheetIdOf(link);
  if (id === null) throw new UserError(CARRY_TEXT.sheets.badLink);
  let prev: GasSpreadsheet;
  try {
    prev = env.SpreadsheetApp.openById(id);
  } catch {
    throw new UserError(CARRY_TEXT.sheets.badLink);
  }
  const snap = readNamedValues(env, prev);
  try {
    // Read by the set it carries: the previous report of a province's set has that set's rows.
    return { id: prev.getId(), data: requirePreviousData(readNamedWorkbook(snap.byName, snap.refs, false, spreadsheetSet(snap.byName).catalogue).data) };
  } catch (e) {
    if (e instanceof WorkbookFormatError) throw new UserError(`${prev.getName()}: ${e.message}`);
    throw e;
  }
}

/** A cell change: the value to write (undefined: keep) and the note (undefined: keep, '' clears). */
interface Change {
  value?: PlanValue;
  note?: string;
}

/**
 * Reads the active spreadsheet's named cells (one API call, one getValues per sheet), plans the
 * carry, then per sheet it changes: one block from the first to the last changed row and column,
 * read once (values, formulas, notes) and written once (setValues, setNotes). Formulas in the
 * block are written back as formulas, other cells as they were (text kept text), so only the
 * carried cells and the stale notes change. Throws CarryRefusedError, and for a spreadsheet Kiểm tra refuses (or an older
 * one) its refusal, before writing anything.
 */
export function carryIntoSpreadsheet(env: GasEnv, ss: GasSpreadsheet, previous: ReturnType<typeof requirePreviousData>): SheetsCarry {
  const snap = readNamedValues(env, ss);
  const { catalogue } = spreadsheetSet(snap.byName);
  // Refused as Kiểm tra refuses it, in its words, before anything is written: never laid out (WorkbookFormatError), damaged,
  // its version cell's name lost; and an older version even where it lost nothing, for the carry writes today's names it
  // lacks, told to upgrade it and then choose the carry again (GAS_TEXT.damageHint.upgradeToCarry).
  refuseDamaged(snap.byName, sheetsPresence(Object.keys(snap.sheetIds), Object.keys(snap.byName)), catalogue, GAS_TEXT.damageHint, { olderToUpgrade: true });
  // A newer or unknown version is refused as the checker refuses it (TemplateVersionError).
  readNamedWorkbook(snap.byName, snap.refs, false, catalogue);
  const carry = planCarry(previous, snap.byName, catalogue);
  const plan = buildWorkbookPlan(null, catalogue);
  const formatAt = (sheet: string, r: number, c: number): string | undefined => plan.sheets.find((s) => s.name === sheet)?.numberFormats[r]?.[c];

  const bySheet = new Map<string, Map<string, { at: NamedCellRef; change: Change }>>();
  const change = (name: string): Change | null => {
    const at = snap.positions[name];
    if (!at) return null;
    const cells = bySheet.get(at.sheet) ?? new Map<string, { at: NamedCellRef; change: Change }>();
    bySheet.set(at.sheet, cells);
    const entry = cells.get(name) ?? { at, change: {} };
    cells.set(name, entry);
    return entry.change;
  };
  for (const w of carry.writes) {
    const c = change(w.name);
    if (!c) continue;
    c.value = w.value;
    if (w.note !== undefined) c.note = w.note;
  }
  // Notes are read only on the sheets holding carried rows; the candidates are looked at after reading.
  for (const name of carriedNames(catalogue)) change(name);

  const sheets = new Map([...bySheet.keys()].map((t) => [t, ss.getSheetByName(t)] as const));
  const locked = sheetsLockedForUser(env, [...sheets.values()].filter((s) => s !== null));
  if (locked.length > 0) throw new UserError(CARRY_TEXT.sheets.locked(locked));

  const refilled = new Set(carry.writes.map((w) => w.name));
  let cleared = 0;
  for (const [title, named] of bySheet) {
    const sheet = sheets.get(title);
    if (!sheet) continue;
    const positions = [...named.values()].map((e) => e.at);
    const r0 = Math.min(...positions.map((p) => p.r));
    const r1 = Math.max(...positions.map((p) => p.r));
    const c0 = Math.min(...positions.map((p) => p.c));
    const c1 = Math.max(...positions.map((p) => p.c));
    const block = sheet.getRange(r0 + 1, c0 + 1, r1 - r0 + 1, c1 - c0 + 1);
    const notes = block.getNotes();
    let changed = false;
    for (const [name, { at, change: c }] of named) {
      const note = notes[at.r - r0]?.[at.c - c0] ?? '';
      if (c.note === undefined && note !== '' && isStaleCarryNote(note, snap.byName[name])) {
        c.note = '';
        if (!refilled.has(name)) cleared++;
      }
      // A person's own note on an empty cell stays; ours goes only where there is none, or a stale one of ours.
      if (c.note && note !== '' && !isStaleCarryNote(note, snap.byName[name])) delete c.note;
      if (c.value !== undefined || c.note !== undefined) changed = true;
    }
    if (!changed) continue;
    const values = block.getValues();
    const formulas = block.getFormulas();
    const out = values.map((row, r) =>
      row.map((v, c) => {
        const formula = formulas[r]?.[c];
        if (formula) return formula;
        const format = formatAt(title, r0 + r, c0 + c);
        return typeof v === 'string' ? hostLiteral(v === '' ? null : v, format) : v;
      }),
    );
    const outNotes = notes.map((row) => [...row]);
    for (const { at, change: c } of named.values()) {
      const line = out[at.r - r0];
      const noteLine = outNotes[at.r - r0];
      if (!line || !noteLine) continue;
      if (c.value !== undefined) line[at.c - c0] = hostLiteral(c.value, formatAt(title, at.r, at.c));
      if (c.note !== undefined) noteLine[at.c - c0] = c.note;
    }
    block.setValues(out);
    block.setNotes(outNotes);
  }
  const cells = carry.writes.filter((w) => w.note !== undefined && w.name in snap.positions).length;
  return { carry, cells, cleared };
}
