// Colours and notes on the cells a check found wrong; the previous run's marks are undone first.
import { GAS_TEXT, SEVERITY_LABELS } from '../../core/i18n/messages';
import type { Finding } from '../../core/rules/types';
import { parseCellRef } from './cell-ref';
import type { GasEnv, GasSpreadsheet } from './gas-types';

/** Document property holding what each marked cell looked like before, so the next run can restore it. */
export const MARKS_PROPERTY = 'CCHC_MARKS';
export const MARK_COLORS = { error: '#F4CCCC', warning: '#FCE5CD' } as const;

interface SavedCell {
  readonly r: number;
  readonly c: number;
  readonly bg: string;
  readonly note: string;
}
type SavedMarks = Record<string, SavedCell[]>;

function loadMarks(raw: string | null): SavedMarks {
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? (parsed as SavedMarks) : {};
  } catch {
    return {};
  }
}

/**
 * Restores the cells marked last time, then marks errors and warnings of `findings` (infos are
 * not marked: an empty cell is not wrong). Per sheet touched: one read and one write of the
 * backgrounds and of the notes.
 */
export function markFindings(env: GasEnv, ss: GasSpreadsheet, findings: readonly Finding[]): number {
  const props = env.PropertiesService.getDocumentProperties();
  const previous = loadMarks(props.getProperty(MARKS_PROPERTY));
  const fresh = new Map<string, Map<string, { r: number; c: number; severity: 'error' | 'warning'; lines: string[] }>>();
  for (const f of findings) {
    if (f.severity === 'info' || !f.cell) continue;
    const ref = parseCellRef(f.cell);
    if (!ref) continue;
    const bySheet = fresh.get(ref.sheet) ?? new Map();
    fresh.set(ref.sheet, bySheet);
    const key = `${ref.r}:${ref.c}`;
    const mark = bySheet.get(key) ?? { r: ref.r, c: ref.c, severity: f.severity, lines: [] };
    if (f.severity === 'error') mark.severity = 'error';
    mark.lines.push(`[${SEVERITY_LABELS[f.severity]}] ${f.message}`);
    bySheet.set(key, mark);
  }
  const saved: SavedMarks = {};
  let marked = 0;
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
    for (const m of old) {
      bgs[m.r]![m.c] = m.bg;
      notes[m.r]![m.c] = m.note;
    }
    const keep: SavedCell[] = [];
    for (const m of now) {
      keep.push({ r: m.r, c: m.c, bg: bgs[m.r]![m.c] ?? '#ffffff', note: notes[m.r]![m.c] ?? '' });
      bgs[m.r]![m.c] = MARK_COLORS[m.severity];
      notes[m.r]![m.c] = [GAS_TEXT.notePrefix, ...m.lines].join('\n');
      marked++;
    }
    range.setBackgrounds(bgs);
    range.setNotes(notes);
    if (keep.length > 0) saved[name] = keep;
  }
  props.setProperty(MARKS_PROPERTY, JSON.stringify(saved));
  return marked;
}
