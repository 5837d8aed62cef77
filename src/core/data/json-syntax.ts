// Where JSON text stops being JSON, in Vietnamese (JSON.parse says it in English): one home for every reader of JSON files.
import { UserError } from '../errors/user-error';
import { DATA_TEXT } from '../i18n/data';

/** Parses JSON text, a leading byte-order mark (what Windows Notepad writes first) allowed; throws JsonSyntaxError. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new JsonSyntaxError(jsonSyntaxDetail(text, (e as Error).message));
  }
}

/** JSON text that does not parse; the message says where, in Vietnamese. */
export class JsonSyntaxError extends UserError {}

/** "lỗi cú pháp ở dòng 3, cột 7" from JSON.parse's message, or what can be said without a position. */
export function jsonSyntaxDetail(text: string, message: string): string {
  const at = /position (\d+)/.exec(message)?.[1];
  if (at !== undefined) {
    const before = text.replace(/^\uFEFF/, '').slice(0, Number(at)).split('\n');
    return DATA_TEXT.jsonSyntaxAt(before.length, (before[before.length - 1]?.length ?? 0) + 1);
  }
  return /end of JSON/i.test(message) ? DATA_TEXT.jsonEnded : DATA_TEXT.jsonSyntax;
}
