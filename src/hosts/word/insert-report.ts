// Inserts the report (.docx bytes) into the open Word document: a blank document takes the whole file, page setup included.
/// <reference types="office-js" />
import { bytesToBase64 } from '../shared/base64';

/** Does this Word support the WordApi set? Hosts without Office.js say no. */
export type WordSupports = (version: string) => boolean;

export const wordSupports: WordSupports = (version) =>
  typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('WordApi', version) === true;

/**
 * Where the document is still blank and Word has WordApi 1.5, `Document.insertFileFromBase64`
 * replaces it with the report, so its margins, A4 page and page numbers come along; a Range
 * insertion keeps only the content. Otherwise the report goes in at the cursor, after any selected
 * text. Two syncs.
 */
export async function insertReport(context: Word.RequestContext, bytes: Uint8Array, supports: WordSupports = wordSupports): Promise<'document' | 'selection'> {
  const body = context.document.body.load('text');
  await context.sync();
  const blank = body.text.trim() === '';
  const b64 = bytesToBase64(bytes);
  const where = blank && supports('1.5') ? 'document' : 'selection';
  if (where === 'document') context.document.insertFileFromBase64(b64, 'Replace');
  // After the selection, not over it: text the user had selected is never lost (at a bare cursor the two are the same).
  else context.document.getSelection().insertFileFromBase64(b64, 'End');
  await context.sync();
  return where;
}
