// End to end: a workbook carrying its form set, re-saved by LibreOffice, still carries it: the set read back exactly, its sheet hidden, its names in place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportData } from '../../src/core/data/types';
import { CARRIED_SET_SHEET, carriedPartName, readCarriedSet } from '../../src/core/forms/carried-set';
import { buildWorkbookPlan } from '../../src/core/layout/build-workbook-plan';
import { readWorkbookValues } from '../../src/core/read/read-workbook';
import { loadWorkbook } from '../../src/hosts/cli/xlsx/load-workbook';
import { writePlanFile } from '../../src/hosts/cli/xlsx/write-plan';
import { zlibInflate } from '../../src/hosts/cli/xlsx/zlib-inflate';
import { fflateInflate } from '../../src/hosts/shared/fflate-inflate';
import { readXlsxNamedCells } from '../../src/hosts/shared/read-xlsx-named-cells';
import { readNamedCells, type NamedCells } from '../../src/hosts/shared/xlsx-named-cells';
import { CARRIED_TEST_SET, FIRST_PART, planCarrying } from '../fixtures/carried-plan';
import { ROOT } from './helpers/built-cli';
import { convertWithLibreOffice, sofficePath } from './helpers/libreoffice';
import { partXml } from './helpers/xlsx-xml';
import { tempDir } from '../helpers/temp-dir';

jest.setTimeout(300_000);

const sample = JSON.parse(readFileSync(join(ROOT, 'examples/xa-hoa-phong.json'), 'utf-8')) as ReportData;
const NAMES = ['CCHC_FORMSET_ID', 'CCHC_FORMSET_VERSION', 'CCHC_FORMSET_CHECK', 'CCHC_FORMSET_PARTS', carriedPartName(1), carriedPartName(2)];

let resaved: Uint8Array;

beforeAll(async () => {
  sofficePath(); // fails the suite, with the fix in its message, when LibreOffice is missing
  const dir = tempDir('cchc-e2e-carried-');
  const file = join(dir, 'carried.xlsx');
  await writePlanFile(planCarrying(CARRIED_TEST_SET, sample), file);
  const [out] = convertWithLibreOffice([file], 'xlsx');
  resaved = new Uint8Array(readFileSync(out as string));
});

const READERS: readonly [string, (b: Uint8Array) => Promise<NamedCells>][] = [
  ['the light reader (zlib, CLI)', (b) => Promise.resolve(readXlsxNamedCells(b, zlibInflate))],
  ['the light reader (fflate, pane)', (b) => Promise.resolve(readXlsxNamedCells(b, fflateInflate))],
  ['ExcelJS', async (b) => readNamedCells(await loadWorkbook(b))],
];

describe('a workbook carrying its form set, re-saved by LibreOffice', () => {
  it('is the file LibreOffice wrote', async () => {
    expect(await partXml(resaved, 'docProps/app.xml')).toContain('LibreOffice');
  });

  it.each(READERS)('gives readCarriedSet the set back exactly through %s', async (_label, read) => {
    const named = await read(resaved);
    expect(String(named.values[carriedPartName(1)])).toHaveLength(FIRST_PART.length);
    expect(readCarriedSet(named.values)).toEqual(CARRIED_TEST_SET);
  });

  it.each(READERS)('keeps every name of the set pointing at its cell of the set sheet, through %s', async (_label, read) => {
    const named = await read(resaved);
    expect(NAMES.map((n) => named.addresses[n])).toEqual(NAMES.map((_, i) => `'${CARRIED_SET_SHEET}'!B${i + 2}`));
  });

  it('keeps the set sheet last and hidden (not very hidden), every template sheet visible', async () => {
    const wb = await loadWorkbook(resaved);
    const template = buildWorkbookPlan(null).sheets.map((s) => s.name);
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([...template.map((n) => [n, 'visible']), [CARRIED_SET_SHEET, 'hidden']]);
    const workbookXml = await partXml(resaved, 'xl/workbook.xml');
    expect(workbookXml).toMatch(new RegExp(`<sheet [^>]*name="${CARRIED_SET_SHEET}"[^>]*state="hidden"`));
    expect(workbookXml).not.toContain('veryHidden');
  });

  it('keeps the set sheet protected and its parts as text', async () => {
    const wb = await loadWorkbook(resaved);
    const ws = wb.getWorksheet(CARRIED_SET_SHEET);
    expect(ws?.getCell('B6').numFmt).toBe('@');
    expect(typeof ws?.getCell('B6').value).toBe('string');
    const sheetXml = await partXml(resaved, `xl/worksheets/sheet${wb.worksheets.length}.xml`);
    expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="(?:1|true)"/);
  });

  it('still reads as the commune’s report beside the set', async () => {
    const named = readXlsxNamedCells(resaved, zlibInflate);
    expect(readWorkbookValues(named.values).data?.meta.unit).toBe(sample.meta.unit);
  });
});
