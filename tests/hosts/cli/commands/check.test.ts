// `cchc check`: findings in Vietnamese or as the contract's JSON; exit 0 / 1 / 2; cells named for a workbook, null for JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { FIXTURES, SAMPLE, expectOneLineError, sandbox, type Sandbox } from '../cli-harness';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

interface JsonResult {
  findings: { form: number | null; row: string | null; cell: string | null; severity: string; rule: string; message: string }[];
  errors: number;
  warnings: number;
  infos: number;
}

describe('cchc check', () => {
  it('passes the sample commune (JSON) with exit 0 and says so in Vietnamese', async () => {
    const r = await box.run('check', SAMPLE);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('0 lỗi');
    expect(r.stdout).toContain('Không có lỗi nào');
  });

  it('reports an error with exit 1; --json gives the contract shape with cell null for JSON input', async () => {
    const file = join(FIXTURES, 'has-errors.json');
    const text = await box.run('check', file);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/\[lỗi\] .*2\.2.*40.*37/);
    const r = await box.run('check', file, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as JsonResult;
    expect(Object.keys(json)).toEqual(['findings', 'errors', 'warnings', 'infos']);
    expect(json.findings.every((x) => Object.keys(x).join() === 'form,row,cell,severity,rule,message')).toBe(true);
    const f = json.findings.find((x) => x.rule === 'part-exceeds-whole');
    expect(f).toMatchObject({ form: 1, row: '2.2', cell: null, severity: 'error' });
    expect(f?.message).toContain('40');
    expect(json.errors).toBe(json.findings.filter((x) => x.severity === 'error').length);
    expect(json.warnings).toBe(json.findings.filter((x) => x.severity === 'warning').length);
    expect(json.infos).toBe(json.findings.filter((x) => x.severity === 'info').length);
  });

  it('names the sheet cell of each finding in a workbook', async () => {
    expect((await box.run('template', '--out', 'loi.xlsx', '--data', join(FIXTURES, 'has-errors.json'))).code).toBe(0);
    const r = await box.run('check', 'loi.xlsx', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as JsonResult;
    const f = json.findings.find((x) => x.rule === 'part-exceeds-whole');
    expect(f?.cell).toMatch(/^'Biểu mẫu 1'!D\d+$/);
    // Every finding about a row points at its cell; form-level ones (row null) have none.
    expect(json.findings.filter((x) => x.row !== null && x.cell === null)).toEqual([]);
  });

  it('reports text typed where a number belongs as not-a-number, at its cell', async () => {
    expect((await box.run('template', '--out', 'chu.xlsx', '--data', join(FIXTURES, 'every-kind.json'))).code).toBe(0);
    const json = JSON.parse((await box.run('check', 'chu.xlsx', '--json')).stdout) as JsonResult;
    const f = json.findings.find((x) => x.rule === 'not-a-number');
    expect(f).toMatchObject({ form: 2, row: '1.3', severity: 'error' });
    expect(f?.cell).toMatch(/^'Biểu mẫu 2'!D\d+$/);
  });

  it('fails in one Vietnamese line with exit 2 on unreadable input', async () => {
    expectOneLineError(await box.run('check', 'khong-co.xlsx'), ['khong-co.xlsx', 'không tìm thấy']);
    expectOneLineError(await box.run('check', join(FIXTURES, 'not-json.json')), ['not-json.json', 'JSON']);
    expectOneLineError(await box.run('check', join(FIXTURES, 'unknown-field.json')), ['unknown-field.json', 'mayor']);
    writeFileSync(box.path('hong.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]));
    expectOneLineError(await box.run('check', 'hong.xlsx'), ['hong.xlsx', '.xlsx']);
    // Not a zip at all, yet named .xlsx: said to be a damaged workbook, not bad JSON.
    writeFileSync(box.path('doi-ten.xlsx'), 'Báo cáo năm trước');
    const renamed = await box.run('check', 'doi-ten.xlsx');
    expectOneLineError(renamed, ['doi-ten.xlsx', 'không phải sổ Excel .xlsx']);
    expect(renamed.stderr).not.toContain('JSON');
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Bảng lương').getCell('A1').value = 1;
    await other.xlsx.writeFile(box.path('khac.xlsx'));
    expectOneLineError(await box.run('check', 'khac.xlsx'), ['khac.xlsx', 'không phải mẫu']);
  });

  it('accepts JSON saved with a byte-order mark (Windows Notepad)', async () => {
    writeFileSync(box.path('bom.json'), `\uFEFF${readFileSync(SAMPLE, 'utf-8')}`);
    expect((await box.run('check', 'bom.json')).code).toBe(0);
  });

  it('rejects bad usage with exit 2', async () => {
    expectOneLineError(await box.run('check'), ['tệp']);
    expectOneLineError(await box.run('check', 'a.json', 'b.json'), ['b.json']);
    expectOneLineError(await box.run('check', SAMPLE, '--xml'), ['--xml']);
  });
});

describe('cchc check: the former units of the header (Đơn vị cũ)', () => {
  it('travel JSON → workbook → check: a former commune named in the text is no other unit, at its Thuyết minh cell otherwise', async () => {
    const base = JSON.parse(readFileSync(SAMPLE, 'utf-8')) as { meta: Record<string, unknown>; narrative: Record<string, string> };
    const narrative = { ...base.narrative, 'II.3': 'Hồ sơ của UBND xã Thái Học (cũ) đã được bàn giao đầy đủ sau sắp xếp.' };
    const rulesOf = async (meta: Record<string, unknown>): Promise<[string, string | null][]> => {
      writeFileSync(box.path('d.json'), JSON.stringify({ ...base, meta, narrative }));
      expect((await box.run('template', '--out', 'a.xlsx', '--data', 'd.json', '--force')).code).toBe(0);
      const out = JSON.parse((await box.run('check', 'a.xlsx', '--json')).stdout) as JsonResult;
      return out.findings.filter((f) => f.rule.startsWith('text-')).map((f) => [f.rule, f.cell]);
    };
    expect(await rulesOf(base.meta)).toEqual([['text-other-unit', "'Thuyết minh'!B14"]]);
    expect(await rulesOf({ ...base.meta, formerUnits: ['xã Thái Học'] })).toEqual([]);
  });
});
