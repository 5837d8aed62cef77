// How the authoring workbook writes a set's values in cells and reads them back: lists, code legends, conditions, words, numbers, dates.
import { FORMSET_TEXT } from '../i18n/form-sets';
import type { RowText, SetCode, SetCondition } from './form-set';

/** A cell as a grid holds it (what a host reads from a sheet). */
export type GridCell = string | number | boolean | Date | null;

/**
 * The separators lists are written with. Reading splits on the bare character and trims, so
 * "4.2+4.3" reads as "4.2 + 4.3"; row keys and code labels cannot hold their list's separator.
 */
export const LIST_SEPARATORS = {
  /** `Cộng`, `Mã dòng` and `Với` of a rule, the rows of one `Bằng 0 khi` group. */
  sum: ' + ',
  /** `Dòng` of a sentence. */
  rows: ', ',
  /** `Từ ngữ`, the groups of `Bằng 0 khi`, the codes of a legend. */
  items: '; ',
} as const;

const SPLIT = { sum: '+', rows: ',', items: ';' } as const;

/** Unicode NFC, inner whitespace collapsed, trimmed: how header texts and list words are compared. */
export const normalizeWord = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

/** The text a person sees in a cell, for cells that hold text: a number as JS writes it ("2.1"), a date as ISO. */
export function cellText(v: GridCell): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? FORMSET_TEXT.words.yes : FORMSET_TEXT.words.no;
  return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
}

/** Whether a cell holds nothing a person typed (empty, or spaces only). */
export const isBlank = (v: GridCell): boolean => v === null || (typeof v === 'string' && v.trim() === '');

export const joinList = (items: readonly string[], sep: keyof typeof LIST_SEPARATORS): string => items.join(LIST_SEPARATORS[sep]);

/** The items of a list cell, trimmed, empty ones dropped. */
export const splitList = (text: string, sep: keyof typeof SPLIT): string[] =>
  text
    .split(SPLIT[sep])
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** `Bằng 0 khi`: groups joined by "; ", the rows of a group by " + ". */
export const formatGroups = (groups: readonly (readonly RowText[])[]): string => groups.map((g) => joinList(g, 'sum')).join(LIST_SEPARATORS.items);

export const parseGroups = (text: string): RowText[][] => splitList(text, 'items').map((g) => splitList(g, 'sum')).filter((g) => g.length > 0);

/** `Mã`: "0 = Chưa; 1 = Hoàn thành", in the set's order. */
export const formatCodes = (codes: readonly SetCode[]): string => codes.map((c) => `${c.value} = ${c.label}`).join(LIST_SEPARATORS.items);

const WHOLE = /^-?\d+$/;

/** A legend read back; "Chưa = 0" (the order the printed unit uses) is read too. Null when a part is not "number = label". */
export function parseCodes(text: string): SetCode[] | null {
  const parts = splitList(text, 'items');
  if (parts.length === 0) return null;
  const codes: SetCode[] = [];
  for (const part of parts) {
    const at = part.indexOf('=');
    if (at < 0 || part.indexOf('=', at + 1) >= 0) return null;
    const left = part.slice(0, at).trim();
    const right = part.slice(at + 1).trim();
    if (WHOLE.test(left) && right !== '') codes.push({ value: Number(left), label: right });
    else if (WHOLE.test(right) && left !== '') codes.push({ value: Number(right), label: left });
    else return null;
  }
  return codes;
}

/** `Khi`, `Không cần khi`: "5 = 1", "BM1 5 = 1". */
export const formatCondition = (c: SetCondition): string => `${c.key} = ${c.equals}`;

export function parseCondition(text: string): SetCondition | null {
  const m = /^([^=]+?)\s*=\s*(-?\d+)$/.exec(text.trim());
  return m?.[1] && m[2] ? { key: m[1].trim(), equals: Number(m[2]) } : null;
}

/** A number typed as a number or as text ("1", "1.5", "1,5"); null when it is none. */
export function parseNumber(v: GridCell): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const t = v.trim();
  // A comma alone is the Vietnamese decimal mark; "1.234,5" is not expected in these cells.
  const text = t.includes('.') ? t : t.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/** `Nối`: written in double quotes so that its spaces show; read with or without them. */
export const formatJoiner = (joiner: string): string => `"${joiner}"`;

export const parseJoiner = (text: string): string => (text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text);

/** ISO "2026-01-01" → the "01/01/2026" the sheet shows. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const isoOf = (y: number, m: number, d: number): string | null => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
};

/** A date cell (a date, "01/01/2026", "2026-01-01", or a spreadsheet serial day) as ISO; null when it is none. */
export function parseDate(v: GridCell): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 1) return null;
    // Spreadsheet serial days (1900 system): day 25569 is 1970-01-01.
    return new Date((v - 25569) * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof v !== 'string') return null;
  const t = v.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  return vi ? isoOf(Number(vi[3]), Number(vi[2]), Number(vi[1])) : null;
}
