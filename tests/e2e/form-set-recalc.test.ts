// A set unlike the built-in one laid out as a workbook: LibreOffice recalculates its formulas (an eighth form, a sum inserted, a ratio across forms) and each equals the core's computation by that set.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormsData, ReportData } from '../../src/core/data/types';
import { computeRow } from '../../src/core/forms/compute';
import { isComputedRow } from '../../src/core/forms/types';
import { definedName } from '../../src/core/forms/catalogue';
import { buildWorkbookPlan } from '../../src/core/layout/build-workbook-plan';
import { loadWorkbook } from '../../src/hosts/cli/xlsx/load-workbook';
import { planToWorkbook } from '../../src/hosts/cli/xlsx/write-plan';
import { readNamedCells } from '../../src/hosts/shared/xlsx-named-cells';
import { TEST_CATALOGUE } from '../fixtures/form-sets/test-set';
import { ROOT } from './helpers/built-cli';
import { convertWithLibreOffice, sofficePath } from './helpers/libreoffice';
import { stripCachedResults } from './helpers/xlsx-xml';
import { tempDir } from '../helpers/temp-dir';

jest.setTimeout(300_000);

const sample = JSON.parse(readFileSync(join(ROOT, 'examples/xa-hoa-phong.json'), 'utf-8')) as ReportData;
const { '5': _form5, ...sampleForms } = sample.forms;

/** The test set's data: the sample without Biểu mẫu 5, the inserted rows and the eighth form filled, or its wholes 0 and empty. */
const DATA_SETS: Readonly<Record<string, FormsData>> = {
  filled: {
    ...sampleForms,
    '1': { ...sampleForms['1'], '2.3': 3 },
    '8': { '1': 400, '1.1': 227, '3': 2, '4': 12.5 },
  },
  'wholes-zero-or-empty': {
    '1': { '2.1': 0, '2.2': 0, '2.3': 0 },
    '7': { '6.7.1': 0, '6.7.2': 0 },
    '8': { '1': 0, '1.1': 0 },
  },
  'halves-and-parts-alone': {
    '1': { '2.1': 8, '2.2': 5 },
    '7': { '6.7.1': 800 },
    '8': { '1': 454, '1.1': 227 },
  },
};

describe('a set unlike the built-in one: formulas recalculated by LibreOffice equal the core', () => {
  const recalculated = new Map<string, Readonly<Record<string, unknown>>>();
  let dir: string;

  beforeAll(async () => {
    sofficePath();
    dir = tempDir('cchc-e2e-set-');
    mkdirSync(join(dir, 'bare'));
    const paths: string[] = [];
    for (const [name, forms] of Object.entries(DATA_SETS)) {
      const plan = buildWorkbookPlan({ ...sample, forms, narrative: {} }, TEST_CATALOGUE);
      const wb = await planToWorkbook(plan);
      const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
      const { bytes: bare } = await stripCachedResults(bytes);
      const path = join(dir, 'bare', `${name}.xlsx`);
      writeFileSync(path, bare);
      paths.push(path);
    }
    const outputs = convertWithLibreOffice(paths, 'xlsx');
    for (const [i, name] of Object.keys(DATA_SETS).entries()) {
      recalculated.set(name, readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(outputs[i] as string)))).values);
    }
  });
  it.each(Object.keys(DATA_SETS))('%s', (name) => {
    const forms = DATA_SETS[name] as FormsData;
    const values = recalculated.get(name) ?? {};
    const mismatches: string[] = [];
    let compared = 0;
    for (const form of TEST_CATALOGUE.forms) {
      for (const row of form.rows) {
        if (!isComputedRow(row)) continue;
        const expected = computeRow(form.number, row, forms[`${form.number}`] ?? {}, TEST_CATALOGUE, forms);
        const got = values[definedName(form.number, row.key)];
        compared++;
        const same = expected === null ? got === null || got === '' || got === undefined : typeof got === 'number' && Math.abs(got - expected) < 1e-9;
        if (!same) mismatches.push(`Biểu mẫu ${form.number} ${row.key}: core ${String(expected)}, LibreOffice ${JSON.stringify(got)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBe(TEST_CATALOGUE.forms.flatMap((f) => f.rows.filter(isComputedRow)).length);
  });

  it('computes what the set adds: the inserted sum, the eighth form, the ratio across forms', () => {
    const filled = recalculated.get('filled') ?? {};
    expect(filled.BM1_2_4).toBe(Number(sampleForms['1']?.['2.1']) + 3);
    expect(filled.BM8_2).toBe(56.8); // 227 ÷ 400 = 56.75, half away from zero
    expect(typeof filled.BM8_5).toBe('number');
    expect(filled.BM5_1_1).toBeUndefined(); // no Biểu mẫu 5 in this set
    const zero = recalculated.get('wholes-zero-or-empty') ?? {};
    expect([null, '']).toContain(zero.BM8_2);
    expect([null, '']).toContain(zero.BM8_5); // whole (Biểu mẫu 7, 6.7.1) is 0
    const halves = recalculated.get('halves-and-parts-alone') ?? {};
    expect(halves.BM8_5).toBe(56.8); // 454 ÷ 800
    expect(halves.BM8_2).toBe(50);
  });
});
