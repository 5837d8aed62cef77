// The bytes of a file the user picked or dropped; a file the browser can no longer read becomes a Vietnamese reason, not a DOMException.
import { UserError } from '../../core/errors/user-error';
import { UI_TEXT } from '../../core/i18n/messages';

/** The picked file could not be read any more; the message is the reason only, for the caller to name the file. */
export class PickedFileUnreadableError extends UserError {}

/**
 * Reading a File fails with a DOMException — NotFoundError when it was deleted since it was picked, NotReadableError
 * when it cannot be read (a lock, a permission), SecurityError when it was modified meanwhile
 * (https://developer.mozilla.org/docs/Web/API/FileReaderSync/readAsArrayBuffer; https://w3c.github.io/FileAPI/#blob-get-stream).
 * Its message is the browser's, in English: the user is told in Vietnamese instead.
 */
export async function pickedBytes(file: { arrayBuffer(): Promise<ArrayBuffer> }): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new PickedFileUnreadableError(UI_TEXT.fileGone);
  }
}
