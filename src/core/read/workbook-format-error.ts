// The error a reader throws for a workbook that is not (a readable version of) the CCHC template.
import { UserError } from '../errors/user-error';

/** Thrown when the workbook lacks the template's defined names or was made by a newer template; the message is Vietnamese. */
export class WorkbookFormatError extends UserError {
  constructor(message: string) {
    super(message);
  }
}
