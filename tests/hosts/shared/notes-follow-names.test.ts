// Notes follow their name on re-layout: moved, swapped, left where an unread cell would be overwritten, taken off a dropped row.
import type { WorkbookPlan } from '../../../src/core/layout/types';
import { notesFollowNames, type NoteCell } from '../../../src/hosts/shared/notes-follow-names';

/** A plan of one sheet whose names sit where given; only the names matter here. */
const planOf = (names: Record<string, string>): WorkbookPlan =>
  ({ templateVersion: '3', sheets: [{ name: 'Biểu mẫu 1', names: Object.entries(names).map(([name, cell]) => ({ name, cell })) }] }) as unknown as WorkbookPlan;

const S = 'Biểu mẫu 1';
const found = (entries: Record<string, [string, string]>): Map<string, NoteCell & { text: string }> =>
  new Map(Object.entries(entries).map(([name, [a1, text]]) => [name, { sheet: S, a1, text }]));
/** The notes the host read: by cell, null for a cell read without a note; cells absent were not read. */
const read = (cells: Record<string, string | null>) => (c: NoteCell): string | null | undefined => (c.sheet === S ? cells[c.a1] : undefined);

describe('notesFollowNames', () => {
  it('writes nothing where every name stays', () => {
    expect(notesFollowNames(planOf({ BM1_1: 'D5' }), found({ BM1_1: ['D5', 'a'] }), read({ D5: 'a' }))).toEqual({ remove: [], add: [] });
  });

  it('moves a note two rows down, the cell it leaves without a note', () => {
    const moves = notesFollowNames(planOf({ BM1_3: 'D9' }), found({ BM1_3: ['D7', 'a'] }), read({ D7: 'a', D9: null }));
    expect(moves).toEqual({ remove: [{ sheet: S, a1: 'D7' }], add: [{ sheet: S, a1: 'D9', text: 'a' }] });
  });

  it('swaps two notes whose names swapped cells', () => {
    const moves = notesFollowNames(planOf({ A: 'D5', B: 'D6' }), found({ A: ['D6', 'a'], B: ['D5', 'b'] }), read({ D5: 'b', D6: 'a' }));
    expect(moves.remove).toEqual([{ sheet: S, a1: 'D6' }, { sheet: S, a1: 'D5' }]);
    expect(moves.add).toEqual([{ sheet: S, a1: 'D6', text: 'b' }, { sheet: S, a1: 'D5', text: 'a' }]);
  });

  it('leaves a note where it is when the cell it would go to was not read (a note there would be overwritten unseen)', () => {
    expect(notesFollowNames(planOf({ BM1_3: 'D9' }), found({ BM1_3: ['D7', 'a'] }), read({ D7: 'a' }))).toEqual({ remove: [], add: [] });
  });

  it('takes the note of a name the plan no longer has off the row now there', () => {
    expect(notesFollowNames(planOf({ BM1_5: 'D7' }), found({ BM1_4: ['D7', 'a'] }), read({ D7: 'a' }))).toEqual({ remove: [{ sheet: S, a1: 'D7' }], add: [] });
  });
});
