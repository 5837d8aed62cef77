// The district's `Danh sách đơn vị` sheet: one commune a row (name, link to its spreadsheet); created with its header when missing, only ever read afterwards.
import { GAS_TEXT } from '../../core/i18n/messages';
import type { GasSpreadsheet } from './gas-types';

const T = GAS_TEXT.district;
/** Row 1: how to fill the sheet; row 2: the header; communes from row 3. */
export const UNIT_LIST_FIRST_ROW = 3;

export interface ListedUnit {
  /** 1-based row on the sheet. */
  readonly row: number;
  /** What the Tổng hợp sheet and the messages call this commune's spreadsheet: its name, unique in the list. */
  readonly label: string;
  readonly link: string;
}

export type UnitList = { readonly kind: 'created' } | { readonly kind: 'list'; readonly units: readonly ListedUnit[] };

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v)).normalize('NFC').trim();

/**
 * The listed communes, rows without a name or a link skipped only when both are empty. A missing
 * sheet is created (header and instruction, nothing else) and the caller tells the user to fill it.
 */
export function readUnitList(ss: GasSpreadsheet): UnitList {
  const sheet = ss.getSheetByName(T.listSheet);
  if (!sheet) {
    const created = ss.insertSheet(T.listSheet, ss.getSheets().length);
    const [name, link] = T.listHeader;
    created.getRange(1, 1, 2, 2).setValues([
      [T.listInstruction, ''],
      [name, link],
    ]);
    return { kind: 'created' };
  }
  const range = sheet.getDataRange();
  const grid = range.getValues();
  // A link pasted into a cell may become a chip or a linked title (Sheets offers to show the file's name):
  // the cell then shows the title and holds the address as its link.
  const rich = range.getRichTextValues();
  const units: ListedUnit[] = [];
  const seen = new Map<string, number>();
  grid.forEach((cells, i) => {
    const row = i + 1;
    if (row < UNIT_LIST_FIRST_ROW) return;
    const name = text(cells[0]);
    const link = text(rich[i]?.[1]?.getLinkUrl() ?? cells[1]);
    if (name === '' && link === '') return;
    const base = name === '' ? T.unnamedRow(row) : name;
    const key = base.toLocaleLowerCase('vi');
    // Labels key what was read: a name listed twice is told apart by its row (screening then names both as one commune given twice).
    const label = seen.has(key) ? T.repeatedName(base, row) : base;
    seen.set(key, row);
    units.push({ row, label, link });
  });
  return { kind: 'list', units };
}

/** Identifies the list's content: a run resumes only over the very list it started with. */
export function listFingerprint(units: readonly ListedUnit[]): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(units.map((u) => [u.label, u.link]))) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${units.length}:${h.toString(16)}`;
}
