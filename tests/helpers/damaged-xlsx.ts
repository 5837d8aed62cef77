// Damaged copies of a laid-out .xlsx, made at test time by editing its xl/workbook.xml as a person's Excel (or hand) leaves it: a name at #REF!, a name deleted, a sheet renamed or deleted.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** Rewrites the workbook part of an .xlsx; every other part is kept byte for byte. */
export function editWorkbookXml(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  const xml = parts['xl/workbook.xml'];
  if (!xml) throw new Error('no xl/workbook.xml');
  const edited = edit(strFromU8(xml));
  if (edited === strFromU8(xml)) throw new Error('the edit changed nothing');
  return zipSync({ ...parts, 'xl/workbook.xml': strToU8(edited) });
}

const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nameElement = (name: string): RegExp => new RegExp(`<definedName name="${escaped(name)}"[^>]*>[^<]*</definedName>`);

/** The name left at #REF!: what Excel writes when the cell it named was deleted with its row. */
export const nameAtRef = (name: string) => (xml: string): string => xml.replace(nameElement(name), `<definedName name="${name}">#REF!</definedName>`);

/** The name deleted (Formulas › Name Manager › Delete). */
export const nameDeleted = (name: string) => (xml: string): string => xml.replace(nameElement(name), '');

/** The sheet renamed in the file only: its names still say the old sheet, which no longer exists. */
export const sheetRenamedInFile = (from: string, to: string) => (xml: string): string =>
  xml.replace(new RegExp(`(<sheet [^>]*name=")${escaped(from)}"`), `$1${to}"`);

/** Every reference "'Biểu mẫu 2'!" in the names' text replaced (the quotes may be written as &apos; or as they are). */
const replaceRefs = (xml: string, sheet: string, by: (quote: string) => string): string =>
  ['&apos;', "'"].reduce((x, q) => x.split(`${q}${sheet}${q}!`).join(by(q)), xml);

/** The sheet renamed as Excel renames it: the sheet and every name into it ("'Biểu mẫu 2'!$D$6" → "'BM hai'!$D$6"). */
export const sheetRenamed = (from: string, to: string) => (xml: string): string => replaceRefs(sheetRenamedInFile(from, to)(xml), from, (q) => `${q}${to}${q}!`);

/** The sheet deleted as Excel deletes it: gone, and every name into it left at "#REF!$D$6". */
export const sheetDeleted = (sheet: string) => (xml: string): string =>
  replaceRefs(xml.replace(new RegExp(`<sheet [^>]*name="${escaped(sheet)}"[^>]*/>`), ''), sheet, () => '#REF!');

/**
 * The names respelled in the file by `respell` (another tool, or a hand in the XML): the same cells under names Excel
 * takes for the same names, whatever their case ("bm1_2_1" for "BM1_2_1"). Every name when `names` is omitted.
 */
export const namesRespelled = (respell: (name: string) => string, names?: readonly string[]) => (xml: string): string =>
  xml.replace(/<definedName name="([^"]*)"/g, (whole, name: string) => (names === undefined || names.includes(name) ? `<definedName name="${respell(name)}"` : whole));

/** A second name, spelled `spelling`, pointing at `ref` ("'Biểu mẫu 1'!$D$8"): what no Excel writes (it refuses a name differing only in case). */
export const nameAdded = (spelling: string, ref: string) => (xml: string): string =>
  xml.replace('</definedNames>', `<definedName name="${spelling}">${ref.replace(/'/g, '&apos;')}</definedName></definedNames>`);
