// Inserts the report (.docx bytes) into the open Word document: a blank document takes the whole file, page setup included; anything else keeps all it has.
/// <reference types="office-js" />
import { UserError } from '../../core/errors/user-error';
import { UI_TEXT } from '../../core/i18n/messages';
import { bytesToBase64 } from '../shared/base64';

/**
 * The largest document insertFileFromBase64 takes: "The maximum size of the document being inserted
 * is 4 MB" (https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-insertfilefrombase64-member(1),
 * the same on Range and Document), read as 4 × 1024 × 1024 bytes of .docx.
 */
export const INSERT_FILE_LIMIT = 4 * 1024 * 1024;

/** The report is larger than Word takes through insertFileFromBase64: nothing was inserted. */
export class ReportTooLargeForWordError extends UserError {
  constructor(bytes: number) {
    super(UI_TEXT.reportTooLargeForWord(bytes));
  }
}

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
 * What in a body's OOXML is a drawing or an object, whatever Word's collections list: w:drawing
 * (pictures, shapes, charts, SmartArt, inline or floating), mc:AlternateContent (a drawing with its
 * fallback), w:pict (VML shapes, older text boxes), w:object (embedded objects), m:oMath (equations).
 * Only inside w:body: the package's other parts (styles) hold markup-compatibility declarations too.
 */
const DRAWING_MARKUP = /<(?:w:drawing|mc:AlternateContent|w:pict|w:object|m:oMathPara|m:oMath)[\s/>]/;

/** True when the body part of a Body.getOoxml package shows no drawing or object; a package without w:body counts as not empty. */
export function ooxmlShowsNoDrawing(ooxml: string): boolean {
  const start = ooxml.indexOf('<w:body');
  const end = ooxml.indexOf('</w:body>', start);
  if (start < 0 || end < 0) return false;
  return !DRAWING_MARKUP.test(ooxml.slice(start, end));
}

/**
 * Queues what tells whether a body (the main text, a header, a footer) is empty: no text, no table,
 * no inline picture, no content control, no shape (floating pictures and text boxes included), and
 * no drawing in its OOXML. Body.shapes lists "text boxes, geometric shapes, groups, pictures, and
 * canvases" only, not charts or SmartArt, and a chart is no inline picture either: what no
 * collection lists is looked for in the body's OOXML (Body.getOoxml, WordApi 1.1), in the same sync.
 * https://learn.microsoft.com/javascript/api/word/word.body
 */
function emptyChecks(body: Word.Body, supports: WordSupports): Check[] {
  body.load('text');
  const firsts = [body.tables.getFirstOrNullObject(), body.inlinePictures.getFirstOrNullObject(), body.contentControls.getFirstOrNullObject()];
  const checks: Check[] = [() => body.text.trim() === '', ...firsts.map((f): Check => () => f.isNullObject)];
  // Only Word on Windows and Mac lists shapes (WordApiDesktop is not on iPad or the web); elsewhere
  // a floating logo cannot be asked about, so the body is never called empty there, and its OOXML
  // (the whole body, pictures included: a large response) is not worth reading.
  if (supports('WordApiDesktop', '1.2')) {
    const shape = body.shapes.getFirstOrNullObject();
    const ooxml = body.getOoxml();
    checks.push(() => shape.isNullObject, () => ooxmlShowsNoDrawing(ooxml.value));
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
 * font and size. It takes none of the file's page headers either: "the Body.insertFileFromBase64 method
 * excludes any header or footer that was in the source file" by design, "use Document.insertFileFromBase64
 * instead" (https://learn.microsoft.com/office/dev/add-ins/word/word-add-ins-troubleshooting), so what
 * they carry must be in `textBytes`, the file inserted into the text (a draft's mark). Two syncs whatever
 * the case: one to read, one to insert; none for a report over 4 MB, which is refused with ReportTooLargeForWordError.
 */
export async function insertReport(context: Word.RequestContext, bytes: Uint8Array, supports: WordSupports = wordSupports, textBytes: Uint8Array = bytes): Promise<InsertPlace> {
  // Refused before anything is asked of Word: past 4 MB the insertion would fail after the document was read.
  const largest = Math.max(bytes.length, textBytes.length);
  if (largest > INSERT_FILE_LIMIT) throw new ReportTooLargeForWordError(largest);
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

  let where: InsertPlace;
  if (canReplace && blank.every((empty) => empty())) {
    document.insertFileFromBase64(bytesToBase64(bytes), 'Replace', REPLACE_OPTIONS);
    where = 'document';
  } else if (at && inMainText()) {
    at.insertFileFromBase64(bytesToBase64(textBytes), 'End');
    where = 'selection';
  } else {
    document.body.insertFileFromBase64(bytesToBase64(textBytes), 'End');
    where = 'end';
  }
  await context.sync();
  return where;
}
