// Pure: on re-layout, the note on a named cell goes where the plan puts that name, as its value does (cchc upgrade writes it there too).
import type { WorkbookPlan } from '../../core/layout/types';

/** A cell of the workbook: its sheet as the plan names it, and its A1 address. */
export interface NoteCell {
  readonly sheet: string;
  readonly a1: string;
}

/** The note writes a re-layout makes: notes taken off cells, then notes put on cells. */
export interface NoteMoves {
  readonly remove: readonly NoteCell[];
  readonly add: readonly (NoteCell & { readonly text: string })[];
}

const keyOf = (c: NoteCell): string => `${c.sheet.toLowerCase()}!${c.a1.replace(/\$/g, '').toUpperCase()}`;

/**
 * `found`: each defined name whose cell holds a note, with where that cell is now and the note's
 * text. `noteAt`: the note on each cell whose note the host read (null: none); a cell it did not
 * read is never written, so no note of a person's is overwritten unseen (the name's note then
 * stays where it is). A name the plan puts elsewhere takes its note there; a name the plan no
 * longer has (a row the new set lacks) leaves no note behind on the row that now sits there.
 */
export function notesFollowNames(plan: WorkbookPlan, found: ReadonlyMap<string, NoteCell & { readonly text: string }>, noteAt: (cell: NoteCell) => string | null | undefined): NoteMoves {
  const planned = new Map<string, NoteCell>();
  for (const sheet of plan.sheets) for (const n of sheet.names) planned.set(n.name.toUpperCase(), { sheet: sheet.name, a1: n.cell });
  const want = new Map<string, { cell: NoteCell; text: string | null }>();
  const moving: [NoteCell, string][] = [];
  for (const [name, at] of found) {
    const to = planned.get(name.toUpperCase());
    if (to && keyOf(to) === keyOf(at)) continue;
    if (to) {
      // Into a cell whose note is unknown: left where it is.
      if (noteAt(to) === undefined) continue;
      moving.push([to, at.text]);
    }
    if (!want.has(keyOf(at))) want.set(keyOf(at), { cell: { sheet: at.sheet, a1: at.a1 }, text: null });
  }
  // Arrivals after departures: a cell left by one note may receive another.
  for (const [to, text] of moving) want.set(keyOf(to), { cell: to, text });
  const remove: NoteCell[] = [];
  const add: (NoteCell & { text: string })[] = [];
  for (const { cell, text } of want.values()) {
    const now = noteAt(cell) ?? null;
    if (now === text) continue;
    if (now !== null) remove.push(cell);
    if (text !== null) add.push({ ...cell, text });
  }
  return { remove, add };
}
