// The pane's reading of a form set the user picks — its authoring workbook (.xlsx, through ExcelJS after the bounded check) or its JSON — checked as `cchc forms check` checks it; loaded on demand, as its own chunk.
import type * as XL from 'exceljs';
import { checkFormSet } from '../../core/forms/check-form-set';
import { formSetFromJson, looksLikeFormSet, type FormSetLoad } from '../../core/forms/load-form-set';
import { JsonSyntaxError, parseJsonText } from '../../core/data/json-syntax';
import { FORMSET_TEXT } from '../../core/i18n/form-sets';
import { readAuthoringSheets } from '../shared/authoring-grids';
import { checkXlsxBounds } from '../shared/check-xlsx-bounds';
import { fflateInflate } from '../shared/fflate-inflate';
import { checkFileSize, XlsxTooLargeError } from '../shared/xlsx-limits';
import { bytesOfPicked, InputFileError, type PickedFile } from './read-input-file';

const T = FORMSET_TEXT.pane;

const isZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

async function fromWorkbook(bytes: Uint8Array, name: string): Promise<FormSetLoad> {
  let wb: XL.Workbook;
  try {
    // ExcelJS inflates every entry whole: a zip bomb must not reach it.
    checkXlsxBounds(bytes, fflateInflate);
    const { default: ExcelJS } = await import(/* webpackChunkName: "xlsx" */ 'exceljs');
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    if (e instanceof XlsxTooLargeError) throw new InputFileError(`${name}: ${e.message}`);
    throw new InputFileError(T.unreadable(name));
  }
  const read = readAuthoringSheets(wb);
  if ('problems' in read) return { problems: read.problems };
  const problems = checkFormSet(read.set, read.where);
  return problems.length > 0 ? { problems } : { set: read.set };
}

/**
 * The set in a picked file, told apart by content: `{ set }`, checked, or every problem at its place (sheet and
 * cell, or JSON path). A file that is no set at all is an InputFileError naming it.
 */
export async function loadSetFile(file: PickedFile): Promise<FormSetLoad> {
  try {
    if (file.size !== undefined) checkFileSize(file.size);
  } catch (e) {
    if (e instanceof XlsxTooLargeError) throw new InputFileError(`${file.name}: ${e.message}`);
    throw e;
  }
  const bytes = await bytesOfPicked(file);
  if (isZip(bytes)) return fromWorkbook(bytes, file.name);
  if (/\.xlsx$/i.test(file.name)) throw new InputFileError(T.unreadable(file.name));
  let json: unknown;
  try {
    json = parseJsonText(new TextDecoder('utf-8').decode(bytes));
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new InputFileError(`${file.name}: ${e.message}`);
    throw e;
  }
  if (!looksLikeFormSet(json)) throw new InputFileError(T.notFormSet(file.name));
  return formSetFromJson(json);
}
