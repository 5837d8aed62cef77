// Colours and notes on the cells a check found wrong; the previous run's marks are undone first.
import { COMMON_TEXT, GAS_TEXT } from '../../core/i18n/messages';
import { cellAddress, parseCellAddress } from '../../core/layout/a1';
import { buildWorkbookPlan } from '../../core/layout/build-workbook-plan';
import type { FormCatalogue } from '../../core/forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../../core/forms/builtin';
import type { Finding } from '../../core/rules/types';
import { planMarks } from '../shared/mark-plan';
import { inputCellSet } from '../shared/plan-cells';
import type { GasEnv, GasProperties, GasSheet, GasSpreadsheet } from './gas-types';

/** Document property holding what each marked cell looked like before, so the next run can restore it. */
export const MARKS_PROPERTY = 'CCHC_MARKS';
export const MARK_COLORS = { error: '#F4CCCC', warning: '#FCE5CD' } as const;

interface SavedCell {
  readonly r: number;
  readonly c: number;
  /** The fill before the mark; null (or, in records of older versions, "#ffffff") for none. */
  readonly bg: string | null;
  readonly note: string;
}

/**
 * Range.getBackgrounds reads an unfilled cell as "#ffffff", and writing "#ffffff" back would give
 * it an explicit white fill that hides the gridlines; null resets the background
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setBackgrounds(Object)).
 * An explicit white fill reads the same as none, so both are written back as none.
 */
const UNFILLED = '#ffffff';
const fillOf = (bg: string | null | undefined): string | null => (!bg || bg.toLowerCase() === UNFILLED ? null : bg);

/**
 * A property value may hold 9 KB and a store 500 KB
 * (https://developers.google.com/apps-script/guides/services/quotas): the record is cut into
 * parts of at most PART_CHARS UTF-16 units (3 bytes each at most in UTF-8), written in one call
 * before any cell is coloured, so a run that cannot save its record colours nothing.
 */
const PART_CHARS = 2500;
const partKey = (i: number): string => `${MARKS_PROPERTY}_${i}`;
type SavedMarks = Record<string, SavedCell[]>;

interface FreshMark {
  readonly r: number;
  readonly c: number;
  readonly severity: 'error' | 'warning';
  readonly lines: readonly string[];
}

export interface MarkResult {
  /** Cells coloured and annotated by this run. */
  readonly marked: number;
  /** Cells with a finding that the current user may not format (a locked cell of a sheet protected against them). */
  readonly skipped: number;
}

/** The saved record: MARKS_PROPERTY holds the number of parts (or, from older versions, the whole JSON). */
function loadMarks(all: Record<string, string>): SavedMarks {
  const head = all[MARKS_PROPERTY];
  if (!head) return {};
  const raw = head.startsWith('{') ? head : Array.from({ length: Number(head) || 0 }, (_, i) => all[partKey(i)] ?? '').join('');
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? (parsed as SavedMarks) : {};
  } catch {
    return {};
  }
}

/** The shared mark plan as grid positions, each with the lines of its note. */
function freshMarks(findings: readonly Finding[]): Map<string, Map<string, FreshMark>> {
  const fresh = new Map<string, Map<string, FreshMark>>();
  for (const [sheet, cells] of planMarks(findings)) {
    const bySheet = new Map<string, FreshMark>();
    for (const { a1, severity, findings: on } of cells.values()) {
      const { row, col } = parseCellAddress(a1);
      const lines = on.map((f) => `[${COMMON_TEXT.severityLabels[f.severity]}] ${f.message}`);
      bySheet.set(`${row - 1}:${col - 1}`, { r: row - 1, c: col - 1, severity, lines });
    }
    fresh.set(sheet, bySheet);
  }
  return fresh;
}

/**
 * Which cells of `sheet` the current user may format. Sheets refuses any write (colour and note
 * included) to a locked cell of a protection the user does not edit, and one such cell in a range
 * fails the whole call. A user who edits every protection of the sheet may write anywhere;
 * anyone else only into the cells the layout left open, which are the plan's inputs.
 */
function writableCells(env: GasEnv, sheet: GasSheet, inputsOf: () => ReadonlyMap<string, ReadonlySet<string>>): ((r: number, c: number) => boolean) | null {
  const protections = sheet.getProtections(env.SpreadsheetApp.ProtectionType.SHEET);
  if (protections.every((p) => p.canEdit())) return null;
  const open = inputsOf().get(sheet.getName());
  return (r, c) => open?.has(cellAddress(r + 1, c + 1)) === true;
}

/** Positions grouped into runs of adjacent rows in one column, so each run is one range. */
export function columnRuns(cells: readonly { r: number; c: number }[]): { r: number; c: number; n: number }[] {
  const sorted = [...cells].sort((a, b) => a.c - b.c || a.r - b.r);
  const runs: { r: number; c: number; n: number }[] = [];
  for (const p of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.c === p.c && last.r + last.n === p.r) last.n++;
    else runs.push({ r: p.r, c: p.c, n: 1 });
  }
  return runs;
}

/** Writes the record in parts with one call, then drops parts a longer record of an earlier run left. */
function saveMarks(props: GasProperties, stored: Record<string, string>, saved: SavedMarks): void {
  const json = JSON.stringify(saved);
  const parts: Record<string, string> = {};
  const n = Math.ceil(json.length / PART_CHARS);
  for (let i = 0; i < n; i++) parts[partKey(i)] = json.slice(i * PART_CHARS, (i + 1) * PART_CHARS);
  parts[MARKS_PROPERTY] = String(n);
  props.setProperties(parts, false);
  for (const key of Object.keys(stored)) if (key.startsWith(`${MARKS_PROPERTY}_`) && !(key in parts)) props.deleteProperty(key);
}

/**
 * Restores the cells marked last time, then marks errors and warnings of `findings`. Per sheet
 * touched: one read of the backgrounds and of the notes over the rectangle from A1 to the furthest
 * mark, then, for a user who may edit the whole sheet, one write of each. For anyone else the
 * locked cells are left alone (their findings stay in the sidebar, counted in `skipped`; an old
 * mark there is kept on record for a later run by an editor) and the open cells are written run
 * by run: the calls then follow the number of marked cells, never the number of rows.
 */
export function markFindings(env: GasEnv, ss: GasSpreadsheet, findings: readonly Finding[], catalogue: FormCatalogue = BUILTIN_CATALOGUE): MarkResult {
  const props = env.PropertiesService.getDocumentProperties();
  const stored = props.getProperties();
  const previous = loadMarks(stored);
  const fresh = freshMarks(findings);
  let inputs: Map<string, ReadonlySet<string>> | null = null;
  const inputsOf = (): ReadonlyMap<string, ReadonlySet<string>> =>
    (inputs ??= new Map(buildWorkbookPlan(null, catalogue).sheets.map((s) => [s.name, inputCellSet(s)] as const)));
  const saved: SavedMarks = {};
  const writes: (() => void)[] = [];
  let marked = 0;
  let skipped = 0;
  for (const name of new Set([...Object.keys(previous), ...fresh.keys()])) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    const old = previous[name] ?? [];
    const now = [...(fresh.get(name)?.values() ?? [])];
    const rows = Math.max(1, ...old.map((m) => m.r + 1), ...now.map((m) => m.r + 1));
    const cols = Math.max(1, ...old.map((m) => m.c + 1), ...now.map((m) => m.c + 1));
    const range = sheet.getRange(1, 1, rows, cols);
    const bgs: (string | null)[][] = range.getBackgrounds();
    const notes: (string | null)[][] = range.getNotes();
    const writable = writableCells(env, sheet, inputsOf);
    const canWrite = (r: number, c: number): boolean => writable === null || writable(r, c);
    const keep: SavedCell[] = [];
    // Cells whose colour or note this run writes, once each (a cell can be an old mark and a new one).
    const touched = new Map<string, { r: number; c: number }>();
    const touch = (m: { r: number; c: number }): void => void touched.set(`${m.r}:${m.c}`, { r: m.r, c: m.c });
    for (const m of old) {
      if (!canWrite(m.r, m.c)) {
        keep.push(m);
        continue;
      }
      bgs[m.r]![m.c] = fillOf(m.bg);
      notes[m.r]![m.c] = m.note;
      touch(m);
    }
    for (const m of now) {
      if (!canWrite(m.r, m.c)) {
        skipped++;
        continue;
      }
      keep.push({ r: m.r, c: m.c, bg: fillOf(bgs[m.r]![m.c]), note: notes[m.r]![m.c] ?? '' });
      bgs[m.r]![m.c] = MARK_COLORS[m.severity];
      notes[m.r]![m.c] = [GAS_TEXT.notePrefix, ...m.lines].join('\n');
      touch(m);
      marked++;
    }
    const fills = bgs.map((row) => row.map(fillOf));
    if (writable === null) {
      writes.push(() => {
        range.setBackgrounds(fills);
        range.setNotes(notes);
      });
    } else {
      for (const run of columnRuns([...touched.values()])) {
        const slice = <T>(g: T[][]): T[][] => g.slice(run.r, run.r + run.n).map((row) => [row[run.c] as T]);
        writes.push(() => {
          const part = sheet.getRange(run.r + 1, run.c + 1, run.n, 1);
          part.setBackgrounds(slice(fills));
          part.setNotes(slice(notes));
        });
      }
    }
    if (keep.length > 0) saved[name] = keep;
  }
  saveMarks(props, stored, saved);
  for (const write of writes) write();
  return { marked, skipped };
}
