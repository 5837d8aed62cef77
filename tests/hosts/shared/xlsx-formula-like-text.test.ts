// Header and narrative texts starting with "=", "+", "-" or "@" are written to the .xlsx as strings, with no formula element, and read back the same.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { planToWorkbook } from '../../../src/hosts/cli/xlsx/write-plan';
import { FORMULA_LIKE, formulaLikeData } from '../../fixtures/formula-like-data';

/** XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets). */
// eslint-disable-next-line no-control-regex -- the allowed controls are part of the production
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('.xlsx of formula-like header and narrative text', () => {
  it('holds each as a string cell without <f>, which ExcelJS reads back as the same text', async () => {
    const plan = buildWorkbookPlan(formulaLikeData());
    const bytes = new Uint8Array((await (await planToWorkbook(plan)).xlsx.writeBuffer()) as ArrayBuffer);
    const zip = await JSZip.loadAsync(bytes);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    for (const [name, text] of Object.entries(FORMULA_LIKE)) {
      const sheetIndex = plan.sheets.findIndex((s) => s.names.some((n) => n.name === name));
      const a1 = plan.sheets[sheetIndex]!.names.find((n) => n.name === name)!.cell;
      const xml = (await zip.file(`xl/worksheets/sheet${sheetIndex + 1}.xml`)!.async('string')) ?? '';
      const cellXml = new RegExp(`<c r="${a1}"[^>]*?(?:/>|>.*?</c>)`, 's').exec(xml)?.[0] ?? '';
      // A string cell: shared (t="s") or inline; Excel, Sheets and LibreOffice evaluate only an <f> element.
      expect({ name, string: /t="(?:s|inlineStr)"/.test(cellXml), formula: cellXml.includes('<f') }).toEqual({ name, string: true, formula: false });
      const cell = back.getWorksheet(plan.sheets[sheetIndex]!.name)!.getCell(a1);
      expect({ name, type: cell.type, value: cell.value }).toEqual({ name, type: ExcelJS.ValueType.String, value: text });
    }
  });

  it('keeps specials and emoji in a narrative cell, dropping only what XML forbids, so the file stays well-formed', async () => {
    const data = formulaLikeData();
    const kept = '<a>&"\' 😀 Ứng dụng\t';
    const plan = buildWorkbookPlan({ ...data, narrative: { ...data.narrative, IV: `${kept}\u0001\uFFFE\uFFFF\uD800x` } });
    const bytes = new Uint8Array((await (await planToWorkbook(plan)).xlsx.writeBuffer()) as ArrayBuffer);
    const zip = await JSZip.loadAsync(bytes);
    for (const part of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
      expect({ part, bad: NOT_XML_CHAR.exec((await zip.file(part)!.async('string')) ?? '')?.[0] }).toEqual({ part, bad: undefined });
    }
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = plan.sheets.find((s) => s.names.some((n) => n.name === 'TM_IV'))!;
    expect(back.getWorksheet(sheet.name)!.getCell(sheet.names.find((n) => n.name === 'TM_IV')!.cell).value).toBe(`${kept}x`);
  });
});
