// The light reader's XML scanner: elements by local name, attributes read lazily, text decoded only when wanted, nothing a DTD could expand.
import { attr, decodeXml, scanXml, XmlFormatError } from '../../../src/hosts/shared/xml-scan';

/** Every event of a scan, text always wanted. */
function events(xml: string): string[] {
  const out: string[] = [];
  scanXml(xml, {
    wantText: true,
    open: (name, tag, selfClosing) => void out.push(`<${name}${selfClosing ? '/' : ''} ${tag}`),
    close: (name) => void out.push(`</${name}`),
    text: (t) => void out.push(`"${t}"`),
  });
  return out;
}

describe('scanXml', () => {
  it('reports elements by local name, text decoded, CDATA as written, comments and declarations skipped', () => {
    expect(events('<?xml version="1.0"?><x:a k="1 > 0"><!-- <b> --><b/>a &amp; &#273;&#x1EA1;<![CDATA[<i>&amp;]]></x:a>')).toEqual([
      '<a x:a k="1 > 0"',
      '<b/ b',
      '</b',
      '"a & đạ"',
      '"<i>&amp;"',
      '</a',
    ]);
  });

  it('names elements by the local part after the first colon, with any white space around an end tag\'s name dropped', () => {
    expect(events('<a:b:c\tk="1"><x:y/><z\n/></a:b:c ><q></\u00a0q\u3000>')).toEqual([
      '<b:c a:b:c\tk="1"',
      '<y/ x:y',
      '</y',
      '<z/ z\n',
      '</z',
      '</b:c',
      '<q q',
      '</q',
    ]);
  });

  it('reads line ends as XML does: CR LF and lone CR become LF, a &#13; reference stays CR', () => {
    expect(events('<t>a\r\nb\rc&#13;</t>')).toEqual(['<t t', '"a\nb\nc\r"', '</t']);
  });

  it('stops when a handler says so, and decodes no text unless it is wanted', () => {
    const seen: string[] = [];
    scanXml('<a>one<b>two</b><c>three</c></a>', { open: (name) => (seen.push(name), name === 'c'), text: () => seen.push('text') });
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('refuses a DOCTYPE (no entity is ever expanded) and unterminated markup', () => {
    expect(() => scanXml('<!DOCTYPE a [<!ENTITY b "bbbb">]><a>&b;</a>', { open: () => false })).toThrow(XmlFormatError);
    for (const bad of ['<a', '<a k="1>', '<!-- x', '<![CDATA[ x', '<?xml ', '</a']) expect(() => scanXml(bad, { open: () => false })).toThrow(XmlFormatError);
  });
});

describe('attr and decodeXml', () => {
  it('finds an attribute by local name, in either quotes, decoded; not a longer name ending the same', () => {
    const tag = `sheet name="Biểu mẫu &amp; 1" sheetId='2' r:id="rId5" xid="no"`;
    expect([attr(tag, 'name'), attr(tag, 'sheetId'), attr(tag, 'id'), attr(tag, 'state')]).toEqual(['Biểu mẫu & 1', '2', 'rId5', undefined]);
  });

  it('never takes a quoted value that looks like an attribute for one', () => {
    expect(attr(`c s=" r='B2'" r="A1"`, 'r')).toBe('A1');
    expect(attr(`c s=' t="s"' r="A1"`, 't')).toBeUndefined();
    expect(attr(`c\n\tr = "C3"\ts="1"/`, 'r')).toBe('C3');
  });

  it('leaves unknown entities as written and never goes past U+10FFFF', () => {
    expect(decodeXml('&nbsp; &#1114112; &lt;&gt;&quot;&apos;')).toBe('&nbsp; &#1114112; <>"\'');
  });
});
