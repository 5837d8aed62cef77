// A small XML scanner for the few SpreadsheetML parts the light reader needs: elements by local name, lazy attributes, decoded text; no DTD, no entity expansion.

/** What the scanner reports; `open` and `close` may return true to stop the scan early. */
export interface XmlHandler {
  /** `tag` is the raw text between "<" and ">" (read attributes from it with attr). */
  open(name: string, tag: string, selfClosing: boolean): boolean | void;
  close?(name: string): boolean | void;
  /** Decoded text, only while `wantText` is true (text nobody reads is never decoded). */
  text?(text: string): void;
  wantText?: boolean;
}

/** An XML part that cannot be a workbook's: the caller words it as a damaged file. */
export class XmlFormatError extends Error {}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces the five named entities and character references; anything else (an undeclared entity) is left as written. */
export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED[ref] ?? whole;
    const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** XML's end-of-line handling (XML 1.0, 2.11): "\r\n" and a lone "\r" are read as "\n"; a "&#13;" reference stays "\r". */
const lineEnds = (s: string): string => (s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s);

/** `s` without its leading and trailing white space (String.trim), not copied when it has none (an end tag's name). */
const trimmed = (s: string): string => {
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? s : s.trim();
};

/** The local name of a qualified name ("x:c" → "c"). */
const local = (qname: string): string => {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
};

const attrPatterns = new Map<string, RegExp>();

/**
 * The decoded value of the attribute whose local name is `name` ("id" finds r:id), or undefined. A match inside another
 * attribute's quoted value (`c s=" r='B2'" r="A1"`) is passed over: the quotes before it are followed as the search goes,
 * and it goes on after the value closes.
 */
export function attr(tag: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`\\s(?:[^\\s=:/]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
    attrPatterns.set(name, re);
  }
  re.lastIndex = 0;
  let quote = 0;
  let pos = 0;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    for (; pos < m.index; pos++) {
      const c = tag.charCodeAt(pos);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
    }
    if (quote === 0) return decodeXml(m[1] ?? m[2] ?? '');
    const close = tag.indexOf(quote === 34 ? '"' : "'", pos);
    if (close < 0) return undefined;
    pos = close + 1;
    quote = 0;
    re.lastIndex = pos;
  }
  return undefined;
}

/** The end of a tag opened at `from`: the first ">" outside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 62) return i; // >
    if (c === 34 || c === 39) {
      const close = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) break;
      i = close;
    }
  }
  throw new XmlFormatError('unterminated tag');
}

function skipPast(xml: string, from: number, marker: string): number {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new XmlFormatError(`unterminated ${marker}`);
  return at + marker.length;
}

/** Scans `xml` once, reporting elements and (when wanted) text. A DOCTYPE is refused: SpreadsheetML has none, and DTD entities could expand without bound. */
export function scanXml(xml: string, h: XmlHandler): void {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && h.wantText && h.text) h.text(decodeXml(lineEnds(xml.slice(i, textEnd))));
    if (lt < 0) return;
    const c = xml.charCodeAt(lt + 1);
    if (c === 63) {
      i = skipPast(xml, lt + 2, '?>'); // <? … ?>
    } else if (c === 33) {
      if (xml.startsWith('<!--', lt)) i = skipPast(xml, lt + 4, '-->');
      else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw new XmlFormatError('unterminated CDATA');
        if (h.wantText && h.text) h.text(lineEnds(xml.slice(lt + 9, end)));
        i = end + 3;
      } else throw new XmlFormatError('DOCTYPE or declaration');
    } else if (c === 47) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) throw new XmlFormatError('unterminated end tag');
      i = end + 1;
      if (h.close?.(local(trimmed(xml.slice(lt + 2, end))))) return;
    } else {
      const end = tagEnd(xml, lt + 1);
      const selfClosing = xml.charCodeAt(end - 1) === 47;
      const tagEndAt = selfClosing ? end - 1 : end;
      // The name is read from the part itself: one string for it, none for the tag's prefix.
      let nameEnd = lt + 1;
      let colon = -1;
      for (let k = xml.charCodeAt(nameEnd); nameEnd < tagEndAt && k !== 32 && k !== 9 && k !== 10 && k !== 13 && k !== 47; k = xml.charCodeAt(++nameEnd)) {
        if (k === 58 && colon < 0) colon = nameEnd;
      }
      const name = xml.slice(colon < 0 ? lt + 1 : colon + 1, nameEnd);
      const tag = xml.slice(lt + 1, tagEndAt);
      i = end + 1;
      if (h.open(name, tag, selfClosing)) return;
      if (selfClosing && h.close?.(name)) return;
    }
  }
}
