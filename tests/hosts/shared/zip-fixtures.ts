// Zip files built by hand for the reader's tests: workbooks from their XML parts, and hostile zips whose directory says what the test wants.
import { strToU8, zipSync } from 'fflate';

export interface RawEntry {
  readonly name: string;
  /** Raw deflate data, or the bytes themselves when `stored`. */
  readonly data: Uint8Array;
  /** The inflated size the directory declares (defaults to the data's length when stored). */
  readonly size?: number;
  readonly stored?: boolean;
  readonly method?: number;
  readonly flags?: number;
}

/** A zip (APPNOTE.TXT 4.3) whose sizes are whatever the entries declare; CRCs are left 0 (the readers do not check them). */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const method = e.method ?? (e.stored ? 0 : 8);
    const size = e.size ?? e.data.length;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, e.flags ?? 0, true);
    lv.setUint16(8, method, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, size >>> 0 === size ? size : 0xfffffffe, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const dir = new Uint8Array(46 + name.length);
    const dv = new DataView(dir.buffer);
    dv.setUint32(0, 0x02014b50, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, 20, true);
    dv.setUint16(8, e.flags ?? 0, true);
    dv.setUint16(10, method, true);
    dv.setUint32(20, e.data.length, true);
    dv.setUint32(24, Math.min(size, 0xfffffffe), true);
    dv.setUint16(28, name.length, true);
    dv.setUint32(42, offset, true);
    dir.set(name, 46);
    chunks.push(local, e.data);
    central.push(dir);
    offset += local.length + e.data.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, dirSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A workbook zip from its XML parts, as another program might write it (fflate's zipSync: real CRCs, so ExcelJS reads it too). */
export function xlsxParts(p: {
  workbook: string;
  rels: string;
  sheets: Readonly<Record<string, string>>;
  sharedStrings?: string;
  styles?: string;
}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(p.workbook),
    'xl/_rels/workbook.xml.rels': strToU8(p.rels),
  };
  for (const [path, xml] of Object.entries(p.sheets)) files[path] = strToU8(xml);
  if (p.sharedStrings) files['xl/sharedStrings.xml'] = strToU8(p.sharedStrings);
  if (p.styles) files['xl/styles.xml'] = strToU8(p.styles);
  return zipSync(files);
}
