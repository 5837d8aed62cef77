// End to end: `cchc template --data` → cached results stripped → LibreOffice recalculates every formula → each computed cell equals the core.
import { BUILTIN_CATALOGUE } from '../../src/core/forms/builtin';
import { buildWorkbookPlan } from '../../src/core/layout/build-workbook-plan';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormsData, ReportData } from '../../src/core/data/types';
import { definedName } from '../../src/core/forms/catalogue';
import { computeRow } from '../../src/core/forms/compute';
import { isComputedRow, isInputRow } from '../../src/core/forms/types';
import { loadWorkbook } from '../../src/hosts/cli/xlsx/load-workbook';
import { zlibInflate } from '../../src/hosts/cli/xlsx/zlib-inflate';
import { fflateInflate } from '../../src/hosts/shared/fflate-inflate';
import { readXlsxNamedCells } from '../../src/hosts/shared/read-xlsx-named-cells';
import { readNamedCells } from '../../src/hosts/shared/xlsx-named-cells';
import { ROOT, runBuiltCli } from './helpers/built-cli';
import { convertWithLibreOffice, sofficePath } from './helpers/libreoffice';
import { partXml, stripCachedResults } from './helpers/xlsx-xml';
import { tempDir } from '../helpers/temp-dir';

jest.setTimeout(300_000);

const sample = JSON.parse(readFileSync(join(ROOT, 'examples/xa-hoa-phong.json'), 'utf-8')) as ReportData;
const withForms = (forms: FormsData): ReportData => ({ ...sample, forms, narrative: {} });

/** Data sets that reach every branch of the formulas: normal, wholes 0, wholes empty, parts empty, halves to round, text in a number cell. */
const DATA_SETS: Readonly<Record<string, ReportData>> = {
  sample,
  'every-kind': JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/cli/every-kind.json'), 'utf-8')) as ReportData,
  'wholes-zero': withForms({
    '1': { '2.1': 0, '2.2': 0, '3.2.1': 0, '3.2.2': 0 },
    '2': { '1.1': 0, '1.2': 0, '1.3': 0, '2.2.1': 0, '2.2.2': 0, '3.2.1': 0, '3.2.2': 0 },
    '3': { '3.3.1': 0, '3.3.2': 0, '3.4.1': 0, '3.4.2': 0 },
    '4': { '3.1': 0, '3.2': 0, '4.1': 0, '4.2': 0 },
    '5': { '1.1': 0, '1.2': 0 },
    '6': { '1': 0, '2': 5 },
    '7': { '6.4.1': 0, '6.4.2': 0, '6.5.1': 0, '6.5.2': 0, '6.6.2': 0, '6.7.1': 0, '6.7.2': 0, '6.8.1': 0, '6.8.2': 0 },
  }),
  'all-empty': withForms({}),
  'parts-empty-and-halves': withForms({
    '1': { '2.1': 10, '3.2.1': 8, '3.2.2': 5 },
    '2': { '1.1': 1, '3.2.1': 3, '3.2.2': 2 },
    '3': { '3.3.1': 3, '3.3.2': 1, '3.4.1': 7 },
    '4': { '3.1': 9, '3.2': 10, '4.2': 4 },
    '6': { '1': 3000, '2': 3500 },
    '7': { '6.4.1': 62, '6.4.2': 61, '6.7.1': 400, '6.7.2': 227, '6.8.1': 6, '6.8.2': 1 },
  }),
};

interface Converted {
  readonly name: string;
  readonly data: ReportData;
  readonly written: Uint8Array;
  readonly recalculated: Uint8Array;
}

let converted: Converted[] = [];

beforeAll(async () => {
  sofficePath(); // fails the suite, with the fix in its message, when LibreOffice is missing
  const dir = tempDir('cchc-e2e-workbook-');
  mkdirSync(join(dir, 'bare'));
  const stripped: string[] = [];
  const written: Uint8Array[] = [];
  for (const [name, data] of Object.entries(DATA_SETS)) {
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(data));
    const r = runBuiltCli(['template', '--out', `${name}.xlsx`, '--data', `${name}.json`], dir);
    expect({ name, code: r.code, stderr: r.stderr }).toEqual({ name, code: 0, stderr: '' });
    const bytes = new Uint8Array(readFileSync(join(dir, `${name}.xlsx`)));
    written.push(bytes);
    const { bytes: bare, stripped: count } = await stripCachedResults(bytes);
    // The sample has a value in every computed cell: all their cached results must be gone.
    if (name === 'sample') expect(count).toBe(BUILTIN_CATALOGUE.forms.flatMap((f) => f.rows.filter(isComputedRow)).length);
    const path = join(dir, 'bare', `${name}.xlsx`);
    writeFileSync(path, bare);
    stripped.push(path);
  }
  const outputs = convertWithLibreOffice(stripped, 'xlsx');
  converted = Object.entries(DATA_SETS).map(([name, data], i) => ({
    name,
    data,
    written: written[i] as Uint8Array,
    recalculated: new Uint8Array(readFileSync(outputs[i] as string)),
  }));
});

describe('the light reader (CLI and pane) reads a workbook re-saved by LibreOffice as ExcelJS does', () => {
  it.each(Object.keys(DATA_SETS))('%s', async (name) => {
    const set = converted.find((c) => c.name === name) as Converted;
    const light = readXlsxNamedCells(set.recalculated, fflateInflate);
    expect(Object.keys(light.values).length).toBeGreaterThan(200);
    const { values, addresses, formulas } = light;
    expect({ values, addresses, formulas }).toEqual(readNamedCells(await loadWorkbook(set.recalculated)));
    // Re-saved by LibreOffice, it is not damaged: no name points nowhere, every sheet of the template is there.
    expect(light.brokenNames).toEqual([]);
    expect(light.sheets.slice(0, 9)).toEqual(buildWorkbookPlan(null).sheets.map((s) => s.name));
    expect(readXlsxNamedCells(set.recalculated, zlibInflate)).toEqual(light);
  });
});

describe('formulas recalculated by LibreOffice equal the core computation', () => {
  it.each(Object.keys(DATA_SETS))('%s', async (name) => {
    const set = converted.find((c) => c.name === name);
    if (!set) throw new Error(`not converted: ${name}`);
    const values = readNamedCells(await loadWorkbook(set.recalculated)).values;
    const mismatches: string[] = [];
    let compared = 0;
    for (const form of BUILTIN_CATALOGUE.forms) {
      const inputs = set.data.forms[`${form.number}`] ?? {};
      for (const row of form.rows) {
        if (!isComputedRow(row)) continue;
        const expected = computeRow(form.number, row, inputs, BUILTIN_CATALOGUE);
        const got = values[definedName(form.number, row.key)];
        compared++;
        const same = expected === null ? got === null || got === '' : typeof got === 'number' && Math.abs(got - expected) < 1e-9;
        if (!same) mismatches.push(`Biểu mẫu ${form.number} ${row.key}: core ${String(expected)}, LibreOffice ${JSON.stringify(got)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBe(BUILTIN_CATALOGUE.forms.flatMap((f) => f.rows.filter(isComputedRow)).length);
  });

  it('covers the cases that matter: an empty ratio for a whole of 0, half rounded away from zero, text ignored by a sum', async () => {
    const get = async (name: string) =>
      readNamedCells(await loadWorkbook((converted.find((c) => c.name === name) as Converted).recalculated)).values;
    const zero = await get('wholes-zero');
    expect([null, '']).toContain(zero.BM1_2);
    expect(zero.BM2_1).toBe(0);
    const halves = await get('parts-empty-and-halves');
    expect(halves.BM7_6_7).toBe(56.8); // 227 ÷ 400 = 56.75
    expect(halves.BM1_3_2).toBe(62.5);
    expect([null, '']).toContain(halves.BM1_2); // part empty
    expect(halves.BM7_6_6_1).toBe(61); // 6.4.2 + (empty 6.5.2)
    const kinds = await get('every-kind');
    expect(kinds.BM2_1).toBe(1); // 0 + 1 + "Văn bản"
    expect(kinds.BM2_1_3).toBe('Văn bản');
    expect(kinds.BM6_0).toBe(116.7);
  });
});

describe('a workbook saved by LibreOffice is still read in full', () => {
  it.each(Object.keys(DATA_SETS))('%s: export gives the data back and check finds the same as on the JSON', async (name) => {
    const set = converted.find((c) => c.name === name) as Converted;
    const dir = tempDir('cchc-e2e-resaved-');
    writeFileSync(join(dir, 'lo.xlsx'), set.recalculated);
    writeFileSync(join(dir, 'data.json'), JSON.stringify(set.data));
    const exported = runBuiltCli(['export', 'lo.xlsx'], dir);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual(set.data);
    const onWorkbook = runBuiltCli(['check', 'lo.xlsx', '--json'], dir);
    const onJson = runBuiltCli(['check', 'data.json', '--json'], dir);
    expect(onWorkbook.code).toBe(onJson.code);
    const strip = (out: string) =>
      (JSON.parse(out) as { findings: { cell: string | null }[] }).findings.map((f) => ({ ...f, cell: null }));
    expect(strip(onWorkbook.stdout)).toEqual(strip(onJson.stdout));
  });
});

describe('protection, unlocked inputs and validation in the written file', () => {
  it('protects every form sheet; inputs and Ghi chú unlocked, labels and computed cells locked', async () => {
    const set = converted.find((c) => c.name === 'sample') as Converted;
    const wb = await loadWorkbook(set.written);
    const named = readNamedCells(wb);
    for (const form of BUILTIN_CATALOGUE.forms) {
      const ws = wb.getWorksheet(`Biểu mẫu ${form.number}`);
      if (!ws) throw new Error(`no sheet Biểu mẫu ${form.number}`);
      expect((ws as unknown as { sheetProtection: { sheet?: boolean } | null }).sheetProtection?.sheet).toBe(true);
      for (const row of form.rows) {
        if (row.kind === 'section') continue;
        const a1 = named.addresses[definedName(form.number, row.key)]?.split('!')[1];
        if (!a1) throw new Error(`no name for Biểu mẫu ${form.number} ${row.key}`);
        const cell = ws.getCell(a1);
        const locked = cell.protection?.locked ?? true;
        expect({ form: form.number, key: row.key, locked }).toEqual({ form: form.number, key: row.key, locked: !isInputRow(row) });
        expect(ws.getCell(cell.row, 5).protection?.locked).toBe(false); // Ghi chú
        expect(ws.getCell(cell.row, 2).protection?.locked ?? true).toBe(true); // label
      }
    }
  });

  it('keeps every form sheet protected after LibreOffice has opened and saved it', async () => {
    // ExcelJS reads only sheet="1", LibreOffice writes sheet="true": look at the XML itself.
    const set = converted.find((c) => c.name === 'sample') as Converted;
    for (const form of BUILTIN_CATALOGUE.forms) {
      const xml = await partXml(set.recalculated, `xl/worksheets/sheet${form.number + 1}.xml`);
      expect(xml).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/);
      expect(xml).toMatch(/<dataValidation /);
    }
  });

  it('gives every input cell a validation with a Vietnamese prompt and error message', async () => {
    const set = converted.find((c) => c.name === 'sample') as Converted;
    const wb = await loadWorkbook(set.written);
    const named = readNamedCells(wb);
    for (const form of BUILTIN_CATALOGUE.forms) {
      const ws = wb.getWorksheet(`Biểu mẫu ${form.number}`);
      for (const row of form.rows.filter(isInputRow)) {
        const a1 = named.addresses[definedName(form.number, row.key)]?.split('!')[1] ?? '';
        const dv = ws?.getCell(a1).dataValidation;
        expect(dv?.showErrorMessage).toBe(true);
        expect(dv?.prompt ?? '').toMatch(/[àáảãạăâđêôơư]/i);
        expect(dv?.error ?? '').toMatch(/[àáảãạăâđêôơư]/i);
        expect((dv?.prompt ?? '').normalize('NFC')).toBe(dv?.prompt);
        if (row.kind === 'code') {
          expect(dv?.type).toBe('list');
          expect(String(dv?.formulae?.[0])).toBe(`"${row.codes.map((c) => c.value).join(',')}"`);
        } else {
          expect(['whole', 'decimal']).toContain(dv?.type);
        }
      }
    }
  });

  it('keeps the defined names and protection in the raw XML that Excel reads', async () => {
    const set = converted.find((c) => c.name === 'sample') as Converted;
    const workbookXml = await partXml(set.written, 'xl/workbook.xml');
    expect(workbookXml).toContain('<definedName name="BM1_2_1">');
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const sheetXml = await partXml(set.written, 'xl/worksheets/sheet2.xml');
    expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(sheetXml).toMatch(/<pageSetup [^>]*paperSize="9"/);
  });
});
