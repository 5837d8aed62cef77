// The error a reader throws for a workbook that is not (a readable version of) the CCHC template.

/** Thrown when the workbook lacks the template's defined names or was made by a newer template; the message is Vietnamese. */
export class WorkbookFormatError extends Error {
  override readonly name = 'WorkbookFormatError';
  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, WorkbookFormatError.prototype);
  }
}
