// Pure: drops the characters a document format cannot hold from every text of a report model, and nothing else.
import type { ReportDocument } from './model';

/**
 * Characters outside XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets): C0 controls
 * other than tab, line feed and carriage return, U+FFFE, U+FFFF and unpaired surrogates. A .docx
 * part holding one is not well-formed, and Word refuses the whole file.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * What Google Docs strips from inserted text: "Some control characters (U+0000-U+0008,
 * U+000C-U+001F) and characters from the Unicode Basic Multilingual Plane Private Use Area
 * (U+E000-U+F8FF) will be stripped out of the inserted text"
 * (https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest).
 * Dropping them first keeps the renderer's character offsets equal to the Doc's, plus what XML forbids (U+000B among them: a
 * renderer that wants a line break in a Doc writes it after this). The carriage return is in that range: a renderer calls oneLineBreak first.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const DOCS_STRIPPED = /[\u0000-\u0008\u000B-\u000D\u000E-\u001F\uE000-\uF8FF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with each line break typed on Windows or old Mac ("\r\n", "\r") written "\n", the one break every renderer turns into its own. */
export const oneLineBreak = (text: string): string => text.replace(/\r\n?/g, '\n');

/** `text` without the characters XML 1.0 forbids; every other character, emoji included, kept. */
export const dropXmlForbidden = (text: string): string => text.replace(XML_FORBIDDEN, '');

/** `text` without what Google Docs strips on insertion or XML forbids. */
export const dropDocsStripped = (text: string): string => text.replace(DOCS_STRIPPED, '');

function mapStrings<T>(value: T, clean: (s: string) => string): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, clean)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, clean);
    return out as T;
  }
  return value;
}

/** The model with `clean` applied to every string in it (the model is plain data: texts, numbers, style names). */
export function cleanDocumentText(doc: ReportDocument, clean: (s: string) => string): ReportDocument {
  return mapStrings(doc, clean);
}
