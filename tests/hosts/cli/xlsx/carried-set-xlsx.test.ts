// The .xlsx the CLI and the pane write carries the form set: its sheet hidden (not very hidden), its parts text, read back whole by both readers.
import JSZip from 'jszip';
import { CARRIED_SET_SHEET, carriedPartName, readCarriedSet } from '../../../../src/core/forms/carried-set';
import { buildWorkbookPlan } from '../../../../src/core/layout/build-workbook-plan';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { planToWorkbook } from '../../../../src/hosts/cli/xlsx/write-plan';
import { zlibInflate } from '../../../../src/hosts/cli/xlsx/zlib-inflate';
import { fflateInflate } from '../../../../src/hosts/shared/fflate-inflate';
import { readXlsxNamedCells } from '../../../../src/hosts/shared/read-xlsx-named-cells';
import { readNamedCells } from '../../../../src/hosts/shared/xlsx-named-cells';
import { CARRIED_TEST_SET, FIRST_PART, planCarrying } from '../../../fixtures/carried-plan';

const written = async (): Promise<Uint8Array> => new Uint8Array((await (await planToWorkbook(planCarrying())).xlsx.writeBuffer()) as ArrayBuffer);

describe('an .xlsx carrying its form set', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await written();
  });

  it('has the set sheet last and hidden, not very hidden, every other sheet visible', async () => {
    const wb = await loadWorkbook(bytes);
    const template = buildWorkbookPlan(null).sheets.map((s) => s.name);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([...template, CARRIED_SET_SHEET]);
    expect(wb.worksheets.map((ws) => ws.state)).toEqual([...template.map(() => 'visible'), 'hidden']);
    const workbookXml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string');
    expect(workbookXml).toMatch(new RegExp(`<sheet [^>]*name="${CARRIED_SET_SHEET}" state="hidden"`));
    expect(workbookXml).not.toContain('veryHidden');
  });

  it('keeps the parts as text (@) in shared strings, the first close to 30,000 characters', async () => {
    const wb = await loadWorkbook(bytes);
    const ws = wb.getWorksheet(CARRIED_SET_SHEET);
    const first = ws?.getCell('B6');
    expect(first?.numFmt).toBe('@');
    expect(typeof first?.value).toBe('string');
    expect(FIRST_PART.length).toBeGreaterThan(29_900);
    expect(String(first?.value)).toHaveLength(FIRST_PART.length);
    expect(ws?.getCell('B4').numFmt).toBe('@');
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file(`xl/worksheets/sheet${wb.worksheets.length}.xml`)?.async('string');
    expect(sheetXml).toMatch(/<c r="B6"[^>]*t="s"/);
    // The set's Vietnamese text in the shared strings, as written (UTF-8, no escapes).
    const shared = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
    expect(shared.includes(CARRIED_TEST_SET.name)).toBe(true);
  });

  it.each([
    ['the light reader (zlib, CLI)', (b: Uint8Array) => Promise.resolve(readXlsxNamedCells(b, zlibInflate))],
    ['the light reader (fflate, pane)', (b: Uint8Array) => Promise.resolve(readXlsxNamedCells(b, fflateInflate))],
    ['ExcelJS', async (b: Uint8Array) => readNamedCells(await loadWorkbook(b))],
  ])('gives readCarriedSet the set back exactly through %s', async (_label, read) => {
    const named = await read(bytes);
    expect(String(named.values[carriedPartName(1)])).toHaveLength(FIRST_PART.length);
    expect(named.addresses.CCHC_FORMSET_ID).toBe(`'${CARRIED_SET_SHEET}'!B2`);
    expect(readCarriedSet(named.values)).toEqual(CARRIED_TEST_SET);
  });
});
