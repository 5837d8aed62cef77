// Surgery on the XML inside an .xlsx: remove cached formula results so a spreadsheet engine must compute them itself.
import JSZip from 'jszip';

/** The workbook with every formula cell's cached <v> removed; returns the bytes and how many were removed. */
export async function stripCachedResults(xlsx: Uint8Array): Promise<{ bytes: Buffer; stripped: number }> {
  const zip = await JSZip.loadAsync(xlsx);
  let stripped = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)?.async('string');
    if (xml === undefined) continue;
    const out = xml.replace(/(<f(?:\s[^>]*)?>[^<]*<\/f>|<f(?:\s[^>]*)?\/>)<v>[^<]*<\/v>/g, (_m, f: string) => {
      stripped++;
      return f;
    });
    zip.file(name, out);
  }
  return { bytes: await zip.generateAsync({ type: 'nodebuffer' }), stripped };
}

/** The raw XML of one part of an .xlsx (to assert what is really in the file). */
export async function partXml(xlsx: Uint8Array, part: string): Promise<string> {
  const text = await (await JSZip.loadAsync(xlsx)).file(part)?.async('string');
  if (text === undefined) throw new Error(`no ${part} in the workbook`);
  return text;
}
