// The district's `Danh sách đơn vị` sheet: one commune a row (name, link to its spreadsheet); created with its header when missing, only ever read afterwards.
import { GAS_TEXT } from '../../core/i18n/messages';
import { sheetRef } from '../../core/layout/a1';
import type { GasEnv, GasSpreadsheet } from './gas-types';

const T = GAS_TEXT.district;
/** Row 1: how to fill the sheet; row 2: the header; communes from row 3. */
export const UNIT_LIST_FIRST_ROW = 3;

export interface ListedUnit {
  /** 1-based row on the sheet. */
  readonly row: number;
  /** What the Tổng hợp sheet and the messages call this commune's spreadsheet: its name, unique in the list. */
  readonly label: string;
  /** The name column as typed ('' when empty): the commune the row lists (expectedCommunes), which the label may not be. */
  readonly name: string;
  readonly link: string;
}

export type UnitList = { readonly kind: 'created' } | { readonly kind: 'list'; readonly units: readonly ListedUnit[] };

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v)).normalize('NFC').trim();

/**
 * A cell as the Sheets API gives it. `chipRuns` is documented on CellData
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#CellData) but not
 * yet in the Apps Script typings: a smart chip's run holds `chip.richLinkProperties.uri`.
 */
type ListCell = GoogleAppsScript.Sheets.Schema.CellData & {
  readonly chipRuns?: readonly { readonly chip?: { readonly richLinkProperties?: { readonly uri?: string } } }[];
};

/**
 * Columns A and B from row 3, with what Apps Script cannot see: a link pasted into a cell may become
 * a smart chip (Apps Script documents no chip access) or a linked title (Sheets offers to show the
 * file's name); the Sheets API documents both (`chipRuns`, `hyperlink`, the runs' `format.link`).
 */
export const LIST_FIELDS = 'sheets.data(startRow,rowData.values(formattedValue,hyperlink,chipRuns,textFormatRuns))';

/** The address a cell of column B stands for: its chip's, its link's, else the text it shows. */
export function linkOfCell(cell: ListCell | undefined): string {
  const chip = cell?.chipRuns?.find((r) => r.chip?.richLinkProperties?.uri)?.chip?.richLinkProperties?.uri;
  if (chip) return text(chip);
  if (cell?.hyperlink) return text(cell.hyperlink);
  // "If the cell contains multiple hyperlinks, this field will be empty": one link over the runs still names one file.
  const links = new Set((cell?.textFormatRuns ?? []).map((r) => r.format?.link?.uri).filter((u): u is string => !!u));
  if (links.size === 1) return text([...links][0]);
  return text(cell?.formattedValue);
}

/**
 * The listed communes, rows without a name or a link skipped only when both are empty, read in one
 * Sheets API call. A missing sheet is created (header and instruction, nothing else) and the
 * caller tells the user to fill it.
 */
export function readUnitList(env: GasEnv, ss: GasSpreadsheet): UnitList {
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
  const meta = env.Sheets.Spreadsheets.get(ss.getId(), { ranges: [sheetRef(T.listSheet, `A${UNIT_LIST_FIRST_ROW}:B`)], fields: LIST_FIELDS });
  const data = meta.sheets?.[0]?.data?.[0];
  const first = (data?.startRow ?? UNIT_LIST_FIRST_ROW - 1) + 1;
  const units: ListedUnit[] = [];
  const seen = new Map<string, number>();
  (data?.rowData ?? []).forEach((rowData, i) => {
    const row = first + i;
    const cells = (rowData.values ?? []) as ListCell[];
    const name = text(cells[0]?.formattedValue);
    const link = linkOfCell(cells[1]);
    if (name === '' && link === '') return;
    const base = name === '' ? T.unnamedRow(row) : name;
    const key = base.toLocaleLowerCase('vi');
    // Labels key what was read: a name listed twice is told apart by its row (screening then names both as one commune given twice).
    const label = seen.has(key) ? T.repeatedName(base, row) : base;
    seen.set(key, row);
    units.push({ row, label, name, link });
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
