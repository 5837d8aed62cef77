// An earlier report of another form set than the current one (a province moved to a new year's set): `check --previous`,
// `report --compare` and `template --previous` read it by its own set — the one its workbook carries, the one its data names —
// as the pane and Apps Script do, and compare or carry it by row keys; data of a set the command does not have is refused.
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { ReportData } from '../../../../src/core/data/types';
import { commune } from '../../../core/aggregate/sample-units';
import { sampleQ1 } from '../../../core/rules/sample-pair';
import { asTestSetData, TEST_SET } from '../../../fixtures/form-sets/test-set';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../../../src/hosts/shared/xlsx-named-cells';
import { expectOneLineError, sandbox, type Sandbox } from '../cli-harness';

// Each case lays out and reads whole workbooks: seconds apiece on a shared machine.
jest.setTimeout(60_000);

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  writeFileSync(box.path('bo.json'), JSON.stringify(TEST_SET));
});
afterEach(() => box.dispose());

function write(file: string, data: unknown): string {
  writeFileSync(box.path(file), JSON.stringify(data));
  return file;
}

const ofTestSet = (data: ReportData): ReportData => asTestSetData(data);

/** A workbook of the test set (it carries the set) filled with `data`. */
async function testWorkbook(file: string, data: ReportData): Promise<string> {
  write(`${file}.json`, ofTestSet(data));
  expect(await box.run('template', '--out', file, '--data', `${file}.json`, '--forms', 'bo.json')).toMatchObject({ code: 0, stderr: '' });
  return file;
}

/** A workbook of the built-in set filled with `data`. */
async function builtinWorkbook(file: string, data: ReportData): Promise<string> {
  write(`${file}.json`, data);
  expect(await box.run('template', '--out', file, '--data', `${file}.json`)).toMatchObject({ code: 0, stderr: '' });
  return file;
}

interface JsonResult {
  findings: { form: number | null; row: string | null; cell: string | null; rule: string; message: string }[];
}
const across = (stdout: string): string[] =>
  (JSON.parse(stdout) as JsonResult).findings.filter((f) => ['plan-changed', 'cumulative-shrank', 'standing-jump'].includes(f.rule)).map((f) => `${f.rule} ${f.form}:${f.row}`);

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(box.path(file)));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

/** H1 2026 with the year's plan changed and a standing count jumped, against sampleQ1. */
const H1_EDITS = { '1': { '2.1': 44 }, '3': { '1.1': 300 } };
const EXPECTED_ACROSS = ['plan-changed 1:2.1', 'standing-jump 3:1.1'];

describe('cchc check --previous with an earlier report of another set', () => {
  it('a built-in report checked against last period’s workbook of the province’s set (read by the set it carries)', async () => {
    await testWorkbook('q1.xlsx', sampleQ1());
    write('h1.json', commune({}, H1_EDITS));
    const r = await box.run('check', 'h1.json', '--previous', 'q1.xlsx', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(across(r.stdout)).toEqual(EXPECTED_ACROSS);
  });

  it('a workbook of the province’s set checked against last period’s built-in data and workbook', async () => {
    await testWorkbook('h1.xlsx', commune({}, H1_EDITS));
    write('q1.json', sampleQ1());
    await builtinWorkbook('q1b.xlsx', sampleQ1());
    for (const previous of ['q1.json', 'q1b.xlsx']) {
      const r = await box.run('check', 'h1.xlsx', '--previous', previous, '--json');
      expect({ previous, stderr: r.stderr, code: r.code }).toEqual({ previous, stderr: '', code: 0 });
      expect(across(r.stdout)).toEqual(EXPECTED_ACROSS);
      // At the cells of the current workbook, by the current set's rows.
      expect((JSON.parse(r.stdout) as JsonResult).findings.filter((f) => f.rule === 'plan-changed').map((f) => f.cell)).toEqual([expect.stringMatching(/^'Biểu mẫu 1'!D\d+$/)]);
    }
  });

  it('refuses data of a set the command does not have, and a previous workbook without its header: exit 2, one line', async () => {
    write('h1.json', commune({}, H1_EDITS));
    write('q1t.json', ofTestSet(sampleQ1()));
    expectOneLineError(await box.run('check', 'h1.json', '--previous', 'q1t.json'), ['q1t.json', '“thu-nghiem” phiên bản 1', 'sổ .xlsx']);
    expect((await box.run('template', '--out', 'empty.xlsx', '--forms', 'bo.json')).code).toBe(0);
    expectOneLineError(await box.run('check', 'h1.json', '--previous', 'empty.xlsx'), ['empty.xlsx', 'Thông tin chung']);
  });
});

describe('cchc report --compare with last year’s report of another set', () => {
  const LAST_YEAR = { '3': { '3.3.1': 1100, '3.3.2': 1078 } };
  const COMPARED = '1.234 hồ sơ thủ tục hành chính (tăng 12,2% so với cùng kỳ năm 2025)';

  it('last year’s workbook of the province’s set, this year’s built-in report', async () => {
    await testWorkbook('h1-2025.xlsx', commune({ year: 2025 }, LAST_YEAR));
    write('h1.json', commune({}));
    const r = await box.run('report', 'h1.json', '--out', 'r.docx', '--compare', 'h1-2025.xlsx');
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(await docxText('r.docx')).toContain(COMPARED);
  });

  it('last year’s built-in data, this year’s workbook of the province’s set', async () => {
    await testWorkbook('h1.xlsx', commune({}));
    write('h1-2025.json', commune({ year: 2025 }, LAST_YEAR));
    const r = await box.run('report', 'h1.xlsx', '--out', 'r.docx', '--compare', 'h1-2025.json');
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(await docxText('r.docx')).toContain(COMPARED);
  });
});

describe('cchc template --previous with last period’s report of another set', () => {
  async function values(file: string): Promise<Record<string, unknown>> {
    return readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(box.path(file))))).values;
  }
  const Q1 = sampleQ1();
  // Standing rows (carried) and a period row (never carried), as sampleQ1 has them.
  const standing = { BM3_1_1: Q1.forms['3']?.['1.1'], BM1_2_1: Q1.forms['1']?.['2.1'] };

  it('a built-in template carried from last period’s workbook of the province’s set', async () => {
    await testWorkbook('q1.xlsx', Q1);
    const r = await box.run('template', '--out', 'h1.xlsx', '--previous', 'q1.xlsx');
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const v = await values('h1.xlsx');
    expect({ BM3_1_1: v.BM3_1_1, BM1_2_1: v.BM1_2_1 }).toEqual(standing);
    expect(v.BM1_2_2 ?? null).toBeNull();
    expect(v.CCHC_FORMSET_ID).toBeUndefined();
  });

  it('a template of the province’s set carried from last period’s built-in data', async () => {
    write('q1.json', Q1);
    const r = await box.run('template', '--out', 'h1.xlsx', '--forms', 'bo.json', '--previous', 'q1.json');
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const v = await values('h1.xlsx');
    expect({ BM3_1_1: v.BM3_1_1, BM1_2_1: v.BM1_2_1 }).toEqual(standing);
    expect(v.CCHC_FORMSET_ID).toBe(TEST_SET.id);
  });

  it('refuses data of a set the command does not have: exit 2, one line, nothing written', async () => {
    write('q1t.json', ofTestSet(Q1));
    expectOneLineError(await box.run('template', '--out', 'h1.xlsx', '--previous', 'q1t.json'), ['q1t.json', '“thu-nghiem” phiên bản 1']);
    expect(box.files()).not.toContain('h1.xlsx');
  });
});
