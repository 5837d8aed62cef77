// The light reader of defined-name cells: the same values as ExcelJS's readNamedCells for every cell kind, typed percents read as shown, damaged files refused.
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { deflateRawSync } from 'node:zlib';
import sample from '../../../examples/xa-hoa-phong.json';
import type { ReportData } from '../../../src/core/data/types';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { loadWorkbook } from '../../../src/hosts/cli/xlsx/load-workbook';
import { planToWorkbook } from '../../../src/hosts/cli/xlsx/write-plan';
import { zlibInflate } from '../../../src/hosts/cli/xlsx/zlib-inflate';
import { fflateInflate } from '../../../src/hosts/shared/fflate-inflate';
import { isDateFormat } from '../../../src/core/read/number-as-shown';
import { readXlsxNamedCells, XlsxDamagedError } from '../../../src/hosts/shared/read-xlsx-named-cells';
import { readNamedCells, type NamedCells } from '../../../src/hosts/shared/xlsx-named-cells';
import { XlsxTooLargeError } from '../../../src/hosts/shared/xlsx-limits';
import { rawZip, xlsxParts } from './zip-fixtures';

const INFLATERS = [
  ['fflate (pane)', fflateInflate],
  ['zlib (CLI)', zlibInflate],
] as const;

const bytesOf = async (wb: ExcelJS.Workbook): Promise<Uint8Array> => new Uint8Array(await wb.xlsx.writeBuffer());
const viaExcelJS = async (bytes: Uint8Array): Promise<NamedCells> => readNamedCells(await loadWorkbook(bytes));
/** The named cells alone: the light reader gives the sheets and the names it dropped as broken besides (the damage check's), which ExcelJS's reader does not. */
const cellsOf = ({ values, addresses, formulas }: NamedCells): NamedCells => ({ values, addresses, formulas: formulas ?? {} });

/** A workbook of every cell kind a person or another program may leave in a named cell. */
async function everyKind(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu mẫu 1');
  const other = wb.addWorksheet("Xã O'Neil");
  const cells: [string, ExcelJS.CellValue, string?][] = [
    ['A1', 12.5],
    ['A2', 'Văn bản có dấu & <ký hiệu> "ngoặc"'],
    ['A3', { richText: [{ text: 'Hòa ' }, { text: 'Phong', font: { bold: true } }] }],
    ['A4', true],
    ['A5', false],
    ['A6', { error: '#DIV/0!' } as ExcelJS.CellErrorValue],
    ['A7', { formula: 'A1-A1', result: 0 }],
    ['A8', { formula: 'A1*2', result: 25 }],
    ['A9', { formula: 'A1/0', result: { error: '#DIV/0!' } } as unknown as ExcelJS.CellFormulaValue],
    ['A10', { formula: 'IF(A1>0,"có","")', result: 'có' }],
    ['A11', { formula: 'IF(A1>0,"","x")', result: '' }],
    ['A12', { formula: 'A1>0', result: true }],
    ['A13', { formula: 'A1' }],
    ['A14', 45812, 'dd/mm/yyyy'],
    ['A15', 45812.5, 'mm-dd-yy'],
    ['A16', 0.9, '0%'],
    ['A17', 0.075, '0.0%'],
    ['A18', 90, '0.0'],
    ['A19', { formula: 'A16', result: 0.9 }, '0%'],
    ['A20', 'Dòng một\nDòng hai\r\nba'],
    ['A21', null, '0'],
    ['A22', 0],
    ['A23', -1.5e-7],
    ['A24', 'x', '0%'],
    ['A25', '   '],
    ['A26', { text: 'Cổng DVC', hyperlink: 'https://dichvucong.gov.vn' }],
  ];
  for (const [a1, value, numFmt] of cells) {
    const cell = ws.getCell(a1);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
    wb.definedNames.add(`'Biểu mẫu 1'!$${a1.charAt(0)}$${a1.slice(1)}`, `N_${a1}`);
  }
  wb.definedNames.add("'Biểu mẫu 1'!$A$27", 'N_EMPTY'); // never written
  other.getCell('B2').value = 7;
  wb.definedNames.add("'Xã O''Neil'!$B$2", 'N_QUOTED');
  wb.definedNames.add("'Biểu mẫu 1'!$A$1:$A$2", 'N_RANGE');
  wb.definedNames.add("'Không có'!$A$1", 'N_GHOST');
  ws.pageSetup.printArea = 'A1:B5';
  return bytesOf(wb);
}

describe.each(INFLATERS)('readXlsxNamedCells with %s', (_label, inflate) => {
  it('gives the sample workbook exactly what ExcelJS readNamedCells gives', async () => {
    const bytes = await bytesOf(await planToWorkbook(buildWorkbookPlan(sample as unknown as ReportData)));
    const light = readXlsxNamedCells(bytes, inflate);
    expect(Object.keys(light.values).length).toBeGreaterThan(200);
    expect(cellsOf(light)).toEqual(await viaExcelJS(bytes));
  });

  it('gives every cell kind as ExcelJS does, and reads typed percents as the percent shown', async () => {
    const bytes = await everyKind();
    const light = readXlsxNamedCells(bytes, inflate);
    expect(cellsOf(light)).toEqual(await viaExcelJS(bytes));
    const v = light.values;
    expect([v.N_A1, v.N_A2, v.N_A3, v.N_A4, v.N_A5, v.N_A6]).toEqual([12.5, 'Văn bản có dấu & <ký hiệu> "ngoặc"', 'Hòa Phong', true, false, '#DIV/0!']);
    expect([v.N_A7, v.N_A8, v.N_A9, v.N_A10, v.N_A11, v.N_A12, v.N_A13]).toEqual([0, 25, '#DIV/0!', 'có', null, true, null]);
    expect(v.N_A14).toEqual(new Date(Date.UTC(2025, 5, 4)));
    // A date-time reads as the day it shows (ExcelJS's own Date has the time of day; cellPlainValue drops it too).
    expect(v.N_A15).toEqual(new Date(Date.UTC(2025, 5, 4)));
    expect([v.N_A16, v.N_A17, v.N_A18, v.N_A19]).toEqual([90, 7.5, 90, 90]);
    expect([v.N_A20, v.N_A21, v.N_A22, v.N_A23, v.N_A24, v.N_A25, v.N_A26]).toEqual(['Dòng một\nDòng hai\nba', null, 0, -1.5e-7, 'x', '   ', 'Cổng DVC']);
    expect(v.N_QUOTED).toBe(7);
    expect(light.addresses.N_QUOTED).toBe("'Xã O''Neil'!B2");
    for (const gone of ['N_EMPTY', 'N_RANGE', 'N_GHOST']) expect(gone in v).toBe(gone === 'N_EMPTY');
    expect(v.N_EMPTY).toBeNull();
    expect(Object.keys(v).some((k) => k.startsWith('_xlnm'))).toBe(false);
    // Of the names dropped, only the one into a sheet the workbook lacks points nowhere; a range over several cells does not, nor the print area.
    expect(light.brokenNames).toEqual(['N_GHOST']);
    expect(light.sheets).toEqual(['Biểu mẫu 1', "Xã O'Neil"]);
  });

  /** A workbook as another program may write it; `x` is the namespace prefix of the sheet's elements. */
  const otherWriter = (x: string): Uint8Array => {
    const sheet =
      `<${x}worksheet xmlns${x ? `:${x.slice(0, -1)}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${x}sheetData>` +
      `<${x}row r="1"><${x}c r="A1" t="inlineStr"><${x}is><${x}t>trực tiếp</${x}t></${x}is></${x}c>` +
      `<${x}c t="inlineStr"><${x}is><${x}r><${x}t>Hòa </${x}t></${x}r><${x}r><${x}rPr><${x}b/></${x}rPr><${x}t>Phong_x000D_</${x}t></${x}r></${x}is></${x}c><${x}c><${x}v>3</${x}v></${x}c></${x}row>` +
      `<${x}row r="2"><${x}c r="A2" t="s"><${x}v>1</${x}v></${x}c><${x}c r="B2" s="1"><${x}v>0.5</${x}v></${x}c><${x}c r="C2" s="2"><${x}v>100</${x}v></${x}c>` +
      `<${x}c r="D2" t="str"><${x}f>"a"</${x}f><${x}v>&amp;lt;b&gt;</${x}v></${x}c><${x}c r="E2" t="e"><${x}v>#N/A</${x}v></${x}c></${x}row>` +
      `<${x}row r="3"><${x}c r="A3"><${x}v>42</${x}v></${x}c><!-- a comment <c r="B3"> --><${x}c r="B3" t="s"><${x}v>0</${x}v></${x}c>` +
      `<${x}c r="C3" t="b"><${x}v>1</${x}v></${x}c><${x}c r="D3" s="3"><${x}f t="shared" si="0" ref="D3:D4">B2</${x}f><${x}v>0.25</${x}v></${x}c></${x}row>` +
      `<${x}row r="9"><${x}c r="A9"><${x}v>9</${x}v></${x}c></${x}row></${x}sheetData></${x}worksheet>`;
    return xlsxParts({
      workbook:
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<workbookPr date1904="1"/><sheets><sheet name="Trang" sheetId="1" r:id="rId7"/></sheets><definedNames>' +
        ['A1', 'B1', 'C1', 'A2', 'B2', 'C2', 'D2', 'E2', 'A3', 'B3', 'C3', 'D3', 'A9'].map((a) => `<definedName name="C_${a}">Trang!$${a.charAt(0)}$${a.slice(1)}</definedName>`).join('') +
        '<definedName name="REL">Trang!A1</definedName><definedName name="DEAD">#REF!</definedName><definedName name="DEAD2">Trang!#REF!</definedName>' +
        '<definedName name="LOCAL" localSheetId="0">Trang!$C$1</definedName>' +
        '</definedNames></workbook>',
      rels:
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
      sheets: { 'xl/worksheets/sheet1.xml': sheet },
      sharedStrings:
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t xml:space="preserve"> cách </t></si><si><r><t>Ủy</t></r><r><t> ban</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si></sst>',
      styles:
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="170" formatCode="0.0&quot;%&quot;"/></numFmts>' +
        '<cellStyleXfs count="1"><xf numFmtId="9"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="14"/><xf numFmtId="170"/></cellXfs></styleSheet>',
    });
  };

  it('reads what other writers produce as ExcelJS does: inline and rich inline strings, cells without r, escapes, 1904 dates, phonetic runs', async () => {
    const parts = otherWriter('');
    const light = readXlsxNamedCells(parts, inflate);
    expect(light.values).toEqual({
      C_A1: 'trực tiếp', C_B1: 'Hòa Phong\r', C_C1: 3, C_A2: 'Ủy ban', C_B2: 50, C_C2: new Date(Date.UTC(1904, 3, 10)), C_D2: '<b>', C_E2: '#N/A',
      C_A3: 42, C_B3: ' cách ', C_C3: true, C_D3: 0.25, C_A9: 9,
    });
    // LOCAL is a sheet's own name (localSheetId): not one of the workbook's, so neither reader reads it (sheet-scoped-names.test.ts).
    expect('LOCAL' in light.values).toBe(false);
    expect(light.addresses.C_B1).toBe('Trang!B1');
    expect(cellsOf(light)).toEqual(await viaExcelJS(parts));
  });

  it('reads elements with a namespace prefix (x:c), which ExcelJS cannot read at all', async () => {
    expect(readXlsxNamedCells(otherWriter('x:'), inflate)).toEqual(readXlsxNamedCells(otherWriter(''), inflate));
    await expect(viaExcelJS(otherWriter('x:'))).rejects.toThrow();
  });

  it('stops reading a sheet past the last named row, and reads only the sheets names point into', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c></row>`).join('');
    const parts = xlsxParts({
      workbook: '<workbook><sheets><sheet name="S" r:id="rId1"/><sheet name="Hỏng" r:id="rId2"/></sheets><definedNames><definedName name="X">S!$A$3</definedName></definedNames></workbook>',
      rels: '<Relationships><Relationship Id="rId1" Target="worksheets/s.xml"/><Relationship Id="rId2" Target="worksheets/broken.xml"/></Relationships>',
      // The unnamed sheet is not XML at all: it is never inflated, so never noticed. The named sheet is cut off after row 3.
      sheets: { 'xl/worksheets/s.xml': `<worksheet><sheetData>${rows.slice(0, rows.indexOf('<row r="5"'))}<row r="5"><c r="A5" <<<`, 'xl/worksheets/broken.xml': '<<<not xml' },
    });
    expect(readXlsxNamedCells(parts, inflate)).toEqual({ values: { X: 3 }, addresses: { X: 'S!A3' }, formulas: { X: false }, sheets: ['S', 'Hỏng'], brokenNames: [] });
  });

  it('reads a large part (more than 64 KiB compressed) through the streaming path alike', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lớn');
    // Random text compresses poorly: the sheet's part and the shared strings pass 64 KiB compressed.
    let seed = 7;
    const rand = (): string => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed.toString(36);
    };
    for (let r = 1; r <= 3000; r++) ws.getCell(`B${r}`).value = `${rand()}${rand()}${rand()}`;
    ws.getCell('A2999').value = 0.42;
    ws.getCell('A2999').numFmt = '0%';
    wb.definedNames.add("'Lớn'!$A$2999", 'FAR');
    wb.definedNames.add("'Lớn'!$B$2998", 'TEXT');
    const bytes = await bytesOf(wb);
    const light = readXlsxNamedCells(bytes, inflate);
    expect(light.values.FAR).toBe(42);
    expect(cellsOf(light)).toEqual(await viaExcelJS(bytes));
  });

  it("reads the next file of a template without inflating its index, relationships and styles again, and another template's by its own", () => {
    // A template no other test reads (its own name), so that nothing of it is kept yet.
    const template = (name: string, cells: string): Uint8Array =>
      xlsxParts({
        workbook: `<workbook><sheets><sheet name="S" r:id="rId1"/></sheets><definedNames><definedName name="${name}">S!$A$1</definedName><definedName name="P">S!$A$2</definedName></definedNames></workbook>`,
        rels: '<Relationships><Relationship Id="rId1" Target="worksheets/s.xml"/><Relationship Id="rId2" Target="styles.xml"/></Relationships>',
        sheets: { 'xl/worksheets/s.xml': `<worksheet><sheetData>${cells}</sheetData></worksheet>` },
        styles: '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>',
      });
    const sheet = (a1: number, a2: number): string => `<row r="1"><c r="A1"><v>${a1}</v></c></row><row r="2"><c r="A2" s="1"><v>${a2}</v></c></row>`;
    let inflated = 0;
    const counting = (data: Uint8Array, size: number, keep: boolean): Uint8Array => {
      inflated++;
      return inflate(data, size, keep);
    };
    const read = (bytes: Uint8Array): { readonly named: NamedCells; readonly inflated: number } => {
      inflated = 0;
      const named = cellsOf(readXlsxNamedCells(bytes, counting));
      return { named, inflated };
    };
    const name = `Mau_${inflate === fflateInflate ? 'f' : 'z'}_memo`;
    // The first file: index, relationships, sheet and styles (for the percent) inflated.
    expect(read(template(name, sheet(1, 0.125)))).toEqual({ named: { values: { [name]: 1, P: 12.5 }, addresses: { [name]: 'S!A1', P: 'S!A2' }, formulas: { [name]: false, P: false } }, inflated: 4 });
    // The next commune's file of the same template: its own sheet only.
    expect(read(template(name, sheet(2, 0.5)))).toEqual({ named: { values: { [name]: 2, P: 50 }, addresses: { [name]: 'S!A1', P: 'S!A2' }, formulas: { [name]: false, P: false } }, inflated: 1 });
    // Another template (the name differs): its index is read, and its names are its own.
    expect(read(template(`${name}_2`, sheet(3, 0.25)))).toEqual({ named: { values: { [`${name}_2`]: 3, P: 25 }, addresses: { [`${name}_2`]: 'S!A1', P: 'S!A2' }, formulas: { [`${name}_2`]: false, P: false } }, inflated: 2 });
  });

  describe('damaged files', () => {
    const damaged = (bytes: Uint8Array): void => expect(() => readXlsxNamedCells(bytes, inflate)).toThrow(XlsxDamagedError);
    let good: Uint8Array;
    beforeAll(async () => {
      good = await everyKind();
    });

    it('refuses what is not a zip, and a zip cut short', () => {
      damaged(strToU8('{"schemaVersion": 1}'));
      damaged(new Uint8Array(0));
      damaged(good.subarray(0, Math.floor(good.length / 2)));
      damaged(good.subarray(0, good.length - 10));
    });

    it('refuses a zip without xl/workbook.xml or its relationships', () => {
      damaged(zipSync({ 'xl/styles.xml': strToU8('<styleSheet/>') }));
      damaged(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
    });

    it('skips a name whose sheet or sheet part is missing, as ExcelJS does', async () => {
      const parts = xlsxParts({
        workbook: '<workbook><sheets><sheet name="A" r:id="rId1"/><sheet name="B" r:id="rId2"/></sheets><definedNames>' +
          '<definedName name="OK">A!$A$1</definedName><definedName name="NOPART">B!$A$1</definedName><definedName name="NOSHEET">C!$A$1</definedName></definedNames></workbook>',
        rels: '<Relationships><Relationship Id="rId1" Target="worksheets/a.xml"/><Relationship Id="rId2" Target="worksheets/gone.xml"/></Relationships>',
        sheets: { 'xl/worksheets/a.xml': '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>' },
      });
      // A name into a sheet the workbook does not list points nowhere: reported as broken (the damage check's); one whose sheet is listed is not.
      expect(readXlsxNamedCells(parts, inflate)).toEqual({ values: { OK: 1 }, addresses: { OK: 'A!A1' }, formulas: { OK: false }, sheets: ['A', 'B'], brokenNames: ['NOSHEET'] });
    });

    it('refuses entries whose directory lies about their size, either way, and damaged deflate data', () => {
      const xml = strToU8('<workbook>' + '<x/>'.repeat(5000) + '</workbook>');
      const packed = deflateRawSync(xml);
      const entry = (size: number, data: Uint8Array = packed) => rawZip([{ name: 'xl/workbook.xml', data, size }]);
      expect(() => readXlsxNamedCells(entry(xml.length), inflate)).toThrow(XlsxDamagedError); // honest, but no relationships
      expect(() => readXlsxNamedCells(entry(xml.length), inflate)).toThrow(/workbook\.xml\.rels/);
      expect(() => readXlsxNamedCells(entry(100), inflate)).toThrow(/workbook\.xml.*(past|100)/);
      expect(() => readXlsxNamedCells(entry(xml.length + 1), inflate)).toThrow(/workbook\.xml/);
      const broken = new Uint8Array(packed);
      broken.fill(0xff, 2, 40);
      damaged(entry(xml.length, broken));
    });

    it('refuses encrypted entries, unknown compression and a DOCTYPE', () => {
      damaged(rawZip([{ name: 'xl/workbook.xml', data: strToU8('<workbook/>'), stored: true, flags: 1 }]));
      damaged(rawZip([{ name: 'xl/workbook.xml', data: strToU8('<workbook/>'), stored: true, method: 14 }]));
      damaged(xlsxParts({ workbook: '<!DOCTYPE x [<!ENTITY a "aaaa">]><workbook>&a;</workbook>', rels: '<Relationships/>', sheets: {} }));
    });
  });

  describe('zip bombs', () => {
    /** 48 MiB of one repeated row: deflates to about 50 KiB (the issue's bomb is 1.3 MB for 1.2 GB). */
    const bombXml = (): Uint8Array => {
      const row = strToU8('<row><c><v>1</v></c></row>');
      const out = new Uint8Array(48 * 1024 * 1024);
      for (let at = 0; at + row.length <= out.length; at += row.length) out.set(row, at);
      return out;
    };
    let bomb: Uint8Array;
    let packed: Uint8Array;
    beforeAll(() => {
      bomb = bombXml();
      packed = deflateRawSync(bomb, { level: 1 });
    });
    const workbookWith = (sheet: { data: Uint8Array; size: number }): Uint8Array =>
      rawZip([
        { name: 'xl/workbook.xml', data: strToU8('<workbook><sheets><sheet name="S" r:id="rId1"/></sheets><definedNames><definedName name="X">S!$A$1</definedName></definedNames></workbook>'), stored: true },
        { name: 'xl/_rels/workbook.xml.rels', data: strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/s.xml"/></Relationships>'), stored: true },
        { name: 'xl/worksheets/s.xml', ...sheet },
      ]);

    it('refuses a sheet declared past 32 MiB before inflating it, naming the part, in Vietnamese', () => {
      const started = Date.now();
      const declaredHuge = workbookWith({ data: packed, size: bomb.length });
      expect(() => readXlsxNamedCells(declaredHuge, inflate)).toThrow(XlsxTooLargeError);
      expect(() => readXlsxNamedCells(declaredHuge, inflate)).toThrow('Phần “xl/worksheets/s.xml” của sổ khi giải nén vượt quá 32 MiB');
      const gigabyte = workbookWith({ data: packed, size: 1.2e9 });
      expect(() => readXlsxNamedCells(gigabyte, inflate)).toThrow(XlsxTooLargeError);
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it('stops inflating a sheet that lies about its size as soon as it passes the declared size', () => {
      const lying = workbookWith({ data: packed, size: 4096 });
      const before = process.memoryUsage().arrayBuffers;
      const started = Date.now();
      expect(() => readXlsxNamedCells(lying, inflate)).toThrow(XlsxDamagedError);
      // Inflating all 48 MiB would take far longer on this machine and hold 48 MiB more.
      expect(Date.now() - started).toBeLessThan(1500);
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(24 * 1024 * 1024);
    });

    it('refuses a file larger than 100 MiB before looking inside', () => {
      const huge = { length: 101 * 1024 * 1024 } as Uint8Array;
      expect(() => readXlsxNamedCells(huge, inflate)).toThrow(/Tệp nặng 101 MiB, quá giới hạn 100 MiB/);
    });
  });
});

describe('isDateFormat (ExcelJS utils.isDateFmt)', () => {
  it('tells dates and times from numbers, ignoring quoted text and [colour] or [$-locale] codes', () => {
    for (const f of ['dd/mm/yyyy', 'mm-dd-yy', 'h:mm', '[$-42A]d mmmm yyyy']) expect(isDateFormat(f)).toBe(true);
    for (const f of ['0', '0.0', '#,##0.00', '0%', '"ngày"0', '[Red]0.0', 'General', undefined]) expect(isDateFormat(f)).toBe(false);
  });
});

describe('loadWorkbook (ExcelJS, for commands that rewrite a workbook)', () => {
  it('runs the bounded check first: ExcelJS never sees a bomb', async () => {
    const row = strToU8('<row/>'.repeat(1000));
    const big = new Uint8Array(40 * 1024 * 1024);
    for (let at = 0; at + row.length <= big.length; at += row.length) big.set(row, at);
    const bomb = rawZip([{ name: 'xl/worksheets/sheet1.xml', data: deflateRawSync(big, { level: 1 }), size: 1000 }]);
    await expect(loadWorkbook(bomb)).rejects.toThrow(/sheet1\.xml/);
    const declared = rawZip([{ name: 'xl/worksheets/sheet1.xml', data: deflateRawSync(big, { level: 1 }), size: big.length }]);
    await expect(loadWorkbook(declared)).rejects.toThrow(XlsxTooLargeError);
  });
});
