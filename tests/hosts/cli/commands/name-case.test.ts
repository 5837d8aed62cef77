// A commune's workbook whose defined names another tool (or a hand in the XML) respelled in another case ("bm1_2_1" for "BM1_2_1"):
// Excel finds every name whatever its case, and so does every command. check, export, consolidate, upgrade and template over an existing
// --out read it as they read the untouched file: the same findings, data, totals and kept entries — never "để trống" for a cell that holds a number.
import { readFileSync, writeFileSync } from 'node:fs';
import type { CellValue, ReportData } from '../../../../src/core/data/types';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { zlibInflate } from '../../../../src/hosts/cli/xlsx/zlib-inflate';
import { readXlsxNamedCells } from '../../../../src/hosts/shared/read-xlsx-named-cells';
import { readNamedCells } from '../../../../src/hosts/shared/xlsx-named-cells';
import { editWorkbookXml, nameAtRef, namesRespelled } from '../../../helpers/damaged-xlsx';
import { commune } from '../../../core/aggregate/sample-units';
import { SAMPLE, laidOutSample, sandbox, type CliRun, type Sandbox } from '../cli-harness';

jest.setTimeout(60_000);

let laidOut: Uint8Array;
beforeAll(async () => {
  laidOut = await laidOutSample();
});

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

const read = (bytes: Uint8Array) => readXlsxNamedCells(bytes, zlibInflate);
const readFile = (file: string) => read(new Uint8Array(readFileSync(box.path(file))));
const lower = (names?: readonly string[]) => namesRespelled((n) => n.toLowerCase(), names);

const RESPELLED: readonly [string, (xml: string) => string][] = [
  ['one form row (BM1_2_1 → bm1_2_1)', lower(['BM1_2_1'])],
  ['every name in lower case', lower()],
  ['every name in capitals', namesRespelled((n) => n.toUpperCase())],
];

const runOn = (bytes: Uint8Array, argv: readonly string[]): Promise<CliRun> => box.runOnXlsx(bytes, argv);

describe('a workbook whose names were respelled in another case reads as the untouched one', () => {
  it('is the sample: BM1_2_1 holds 40, and the file test edits it', () => {
    expect(read(laidOut).values.BM1_2_1).toBe(40);
    expect(read(editWorkbookXml(laidOut, lower(['BM1_2_1']))).values.BM1_2_1).toBe(40);
  });

  it.each(RESPELLED)('check, check --json and export with %s: the same findings and data', async (_what, edit) => {
    const respelled = editWorkbookXml(laidOut, edit);
    for (const argv of [['check', 'xa.xlsx'], ['check', 'xa.xlsx', '--json'], ['export', 'xa.xlsx']]) {
      const before = await runOn(laidOut, argv);
      expect(before.stdout).not.toBe('');
      expect(await runOn(respelled, argv)).toEqual(before);
    }
  });

  it.each(RESPELLED)('consolidate with %s: the same totals, nothing counted as missing', async (_what, edit) => {
    const other = commune({ unit: 'Tịnh Kỳ' }, { '1': { '2.1': 10, '2.2': 10 } } as Readonly<Record<string, Readonly<Record<string, CellValue | undefined>>>>);
    writeFileSync(box.path('tinh-ky.json'), JSON.stringify(other as ReportData));
    const argv = ['consolidate', 'xa.xlsx', 'tinh-ky.json', '--out', 'tong-hop.xlsx', '--force'];
    const before = await runOn(laidOut, argv);
    expect(before.code).toBe(0);
    const totals = readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(box.path('tong-hop.xlsx'))))).values;
    expect(totals.TH1_2_1).toBe(50);
    const after = await runOn(editWorkbookXml(laidOut, edit), argv);
    expect(after).toEqual(before);
    expect(readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(box.path('tong-hop.xlsx'))))).values).toEqual(totals);
  });
});

describe('the ExcelJS paths read a respelled workbook by the template’s names too', () => {
  it('cchc upgrade lays a damaged workbook out again keeping the entries of its respelled names', async () => {
    // BM1_2_2 at #REF! (its cell still holds 27), the names around it respelled: every entry is kept.
    writeFileSync(box.path('hong.xlsx'), editWorkbookXml(laidOut, (xml) => nameAtRef('BM1_2_2')(lower(['BM1_2_1', 'BM3_1_1', 'TTC_unit', 'TTC_signerName'])(xml))));
    const up = await box.run('upgrade', 'hong.xlsx');
    expect(up.stderr).toBe('');
    expect(up.code).toBe(0);
    const repaired = readFile('hong.xlsx');
    expect(repaired.brokenNames).toEqual([]);
    expect(repaired.values).toEqual(read(laidOut).values);
    expect((await box.run('check', 'hong.xlsx')).stdout).toEqual((await runOn(laidOut, ['check', 'xa.xlsx'])).stdout.replace(/xa\.xlsx/g, 'hong.xlsx'));
  });

  it('cchc template --previous keeps what is typed in an existing --out whose names were respelled', async () => {
    const sample = JSON.parse(readFileSync(SAMPLE, 'utf-8')) as { meta: Record<string, unknown> };
    writeFileSync(box.path('q1.json'), JSON.stringify({ ...sample, meta: { ...sample.meta, period: 'Q1', year: 2026 } }));
    expect((await box.run('template', '--out', 'h1.xlsx')).code).toBe(0);
    // Typed as a person would in Excel, then the names respelled by another tool.
    const wb = await loadWorkbook(new Uint8Array(readFileSync(box.path('h1.xlsx'))));
    const named = readNamedCells(wb);
    const typed: Record<string, string | number> = { TTC_period: '6 tháng đầu năm', TTC_year: 2026, BM3_1_1: 160, TTC_superior: 'UBND thành phố Hải Phòng' };
    for (const [name, value] of Object.entries(typed)) {
      const [, sheet, a1] = /^'(.+)'!([A-Z]+\d+)$/.exec(named.addresses[name] ?? '') ?? [];
      wb.getWorksheet(sheet!)!.getCell(a1!).value = value;
    }
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    writeFileSync(box.path('h1.xlsx'), editWorkbookXml(bytes, lower(Object.keys(typed))));

    const r = await box.run('template', '--out', 'h1.xlsx', '--previous', 'q1.json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const now = readFile('h1.xlsx').values;
    for (const [name, value] of Object.entries(typed)) expect([name, now[name]]).toEqual([name, value]);
    // Carried where nothing was typed.
    expect(now.BM3_2_1).toBe(4);
  });
});
