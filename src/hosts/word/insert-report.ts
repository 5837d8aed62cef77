// Inserts the report (.docx bytes) into the open Word document: a blank document takes the whole file, page setup included; anything else keeps all it has.
/// <reference types="office-js" />
import { bytesToBase64 } from '../shared/base64';

/** Does this Word support a requirement set? Hosts without Office.js say no. */
export type WordSupports = (set: 'WordApi' | 'WordApiDesktop', version: string) => boolean;

export const wordSupports: WordSupports = (set, version) =>
  typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;

/** Where the report went: over the blank document, after the cursor or selection, or at the end of the document. */
export type InsertPlace = 'document' | 'selection' | 'end';

/** Read after the first sync: true only when the thing is certainly not there. */
type Check = () => boolean;

/** What this Word cannot look at counts as something being there. */
const unsure: Check = () => false;

const HEADER_FOOTER_TYPES = ['Primary', 'FirstPage', 'EvenPages'] as const;

/**
 * Queues what tells whether a body (the main text, a header, a footer) is empty: no text, no table,
 * no inline picture, no content control, no shape (floating pictures and text boxes included).
 * https://learn.microsoft.com/javascript/api/word/word.body
 */
function emptyChecks(body: Word.Body, supports: WordSupports): Check[] {
  body.load('text');
  const firsts = [body.tables.getFirstOrNullObject(), body.inlinePictures.getFirstOrNullObject(), body.contentControls.getFirstOrNullObject()];
  const checks: Check[] = [() => body.text.trim() === '', ...firsts.map((f): Check => () => f.isNullObject)];
  // Only Word on Windows, Mac and iPad lists shapes; elsewhere a floating logo cannot be seen, so the body is not called empty.
  if (supports('WordApiDesktop', '1.2')) {
    const shape = body.shapes.getFirstOrNullObject();
    checks.push(() => shape.isNullObject);
  } else checks.push(unsure);
  return checks;
}

/** The main text, and every header and footer of the single section, are empty. Asked only where the whole-document insertion is there (WordApi 1.7, which holds the 1.3 used here). */
function blankChecks(document: Word.Document, supports: WordSupports): Check[] {
  const section = document.sections.getFirst();
  const next = section.getNextOrNullObject();
  return [
    () => next.isNullObject,
    ...emptyChecks(document.body, supports),
    ...HEADER_FOOTER_TYPES.flatMap((t) => [...emptyChecks(section.getHeader(t), supports), ...emptyChecks(section.getFooter(t), supports)]),
  ];
}

/**
 * Options for the whole-document insertion (https://learn.microsoft.com/javascript/api/word/word.insertfileoptions):
 * the report's styles, spacing and page colour come along; the user's theme and change-tracking mode stay.
 * The newest of them, importDifferentOddEvenPages, is WordApi 1.7.
 */
const REPLACE_OPTIONS: Word.InsertFileOptions = {
  importStyles: true,
  importParagraphSpacing: true,
  importPageColor: true,
  importTheme: false,
  importChangeTrackingMode: false,
  importCustomProperties: false,
  importCustomXmlParts: false,
  // The report has one header for odd and even pages: an even-page header kept from the document would hide the page number.
  importDifferentOddEvenPages: true,
};

/**
 * A blank document (nothing in its text, headers or footers, one section) is replaced by the report,
 * so its margins, A4 page and page numbers come along; that needs Document.insertFileFromBase64 with
 * its options (WordApi 1.5, the options up to 1.7) and a Word that can see everything a document may
 * hold. Otherwise the report never goes over anything: at the end of the selection when that lies in
 * the main text outside any table, else at the end of the document.
 * A range insertion keeps the document's styles, which is why every run of the report names its own
 * font and size. Two syncs whatever the case: one to read, one to insert.
 */
export async function insertReport(context: Word.RequestContext, bytes: Uint8Array, supports: WordSupports = wordSupports): Promise<InsertPlace> {
  const document = context.document;
  const canReplace = supports('WordApi', '1.7');
  const blank = canReplace ? blankChecks(document, supports) : [unsure];

  // The end of the selection, so that selected text is never replaced; in a header, a footnote,
  // a text box or a table cell a whole report has no place, and an older Word cannot say where it is.
  let at: Word.Range | undefined;
  let inMainText: Check = unsure;
  if (supports('WordApi', '1.3')) {
    const end = document.getSelection().getRange('End');
    const parent = end.parentBody.load('type');
    const table = end.parentTableOrNullObject;
    at = end;
    inMainText = () => parent.type === 'MainDoc' && table.isNullObject;
  }
  await context.sync();

  const b64 = bytesToBase64(bytes);
  let where: InsertPlace;
  if (canReplace && blank.every((empty) => empty())) {
    document.insertFileFromBase64(b64, 'Replace', REPLACE_OPTIONS);
    where = 'document';
  } else if (at && inMainText()) {
    at.insertFileFromBase64(b64, 'End');
    where = 'selection';
  } else {
    document.body.insertFileFromBase64(b64, 'End');
    where = 'end';
  }
  await context.sync();
  return where;
}
