// Inserts the report (.docx bytes) into the open Word document at the cursor, in one sync.
/// <reference types="office-js" />
import { bytesToBase64 } from '../shared/base64';

export async function insertReport(context: Word.RequestContext, bytes: Uint8Array): Promise<void> {
  context.document.getSelection().insertFileFromBase64(bytesToBase64(bytes), 'Replace');
  await context.sync();
}
