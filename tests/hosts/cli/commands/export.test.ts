// `cchc export` and the round trip: report data → template --data → export gives the same data back, for every kind of value.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../../../src/hosts/shared/xlsx-named-cells';
import { FIXTURES, SAMPLE, expectOneLineError, sandbox, type Sandbox } from '../cli-harness';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf-8'));

describe('round trip template --data → export', () => {
  it.each([
    ['the sample commune', SAMPLE],
    ['every kind of value (0, empty, money with decimals, codes, text in a number cell, multi-line text, notes)', join(FIXTURES, 'every-kind.json')],
  ])('returns the same data for %s', async (_label, file) => {
    expect((await box.run('template', '--out', 'a.xlsx', '--data', file)).code).toBe(0);
    const r = await box.run('export', 'a.xlsx');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(readJson(file));
  });

  it('keeps each kind exactly: 0 stays 0, empty stays absent, text stays text', async () => {
    await box.run('template', '--out', 'a.xlsx', '--data', join(FIXTURES, 'every-kind.json'));
    const data = JSON.parse((await box.run('export', 'a.xlsx')).stdout) as { forms: Record<string, Record<string, unknown>> };
    expect(data.forms['1']?.['1']).toBe(0);
    expect(data.forms['1']).not.toHaveProperty('3.1');
    expect(data.forms['1']).not.toHaveProperty('2'); // computed rows are not exported
    expect(data.forms['2']?.['1.3']).toBe('Văn bản');
    expect(data.forms['6']?.['1']).toBe(3000.25);
    expect(data.forms['7']?.['4']).toBe(1);
    expect(data.forms).not.toHaveProperty('5');
  });

  it('keeps the Ghi chú notes: on section and computed rows, digits as text, line breaks', async () => {
    await box.run('template', '--out', 'a.xlsx', '--data', join(FIXTURES, 'every-kind.json'));
    const data = JSON.parse((await box.run('export', 'a.xlsx')).stdout) as { notes?: Record<string, Record<string, unknown>> };
    expect(data.notes).toEqual({
      '1': { '2.1': 'Kế hoạch điều chỉnh tháng 4', '3': 'Chưa tổ chức kiểm tra', '2': 'Lũy kế' },
      '6': { '1': '12' },
      '7': { '6.8.2': 'Dòng một\nDòng hai' },
    });
    // The sample has none, and its export has no notes field at all.
    await box.run('template', '--out', 'b.xlsx', '--data', SAMPLE);
    expect(JSON.parse((await box.run('export', 'b.xlsx')).stdout)).not.toHaveProperty('notes');
  });

  it('exports the notes typed into the Ghi chú column of a workbook saved in Excel', async () => {
    await box.run('template', '--out', 'a.xlsx', '--data', SAMPLE);
    const wb = await loadWorkbook(new Uint8Array(readFileSync(box.path('a.xlsx'))));
    const note = readNamedCells(wb).addresses.GC3_3_3_1; // "'Biểu mẫu 3'!E…"
    const a1 = note?.split('!')[1] ?? '';
    wb.getWorksheet('Biểu mẫu 3')!.getCell(a1).value = 'Gồm cả hồ sơ\r\nliên thông';
    wb.getWorksheet('Biểu mẫu 3')!.getCell('E5').value = 2026; // row 1, a section: a number typed in a note
    await wb.xlsx.writeFile(box.path('a.xlsx'));
    const data = JSON.parse((await box.run('export', 'a.xlsx')).stdout) as { notes?: unknown; forms: unknown };
    expect(data.notes).toEqual({ '3': { '1': '2026', '3.3.1': 'Gồm cả hồ sơ\nliên thông' } });
    expect(data.forms).toEqual((readJson(SAMPLE) as { forms: unknown }).forms);
  });

  it('writes --out atomically and says where', async () => {
    await box.run('template', '--out', 'a.xlsx', '--data', SAMPLE);
    const r = await box.run('export', 'a.xlsx', '--out', join('ra', 'du-lieu.json'));
    expect(r).toEqual({ code: 0, stdout: `Đã xuất dữ liệu: ${join('ra', 'du-lieu.json')}`, stderr: '' });
    expect(readJson(box.path(join('ra', 'du-lieu.json')))).toEqual(readJson(SAMPLE));
  });
});

describe('cchc export on bad input', () => {
  it('refuses an empty template: the header is not complete enough', async () => {
    await box.run('template', '--out', 'trong.xlsx');
    const r = await box.run('export', 'trong.xlsx');
    expectOneLineError(r, ['trong.xlsx', 'Thông tin chung']);
    // Each missing field is a clause of one sentence: no full stop inside, exactly one at the end.
    expect(r.stderr).toMatch(/chưa nhập “Tên đơn vị báo cáo”; .*chưa nhập “Năm báo cáo”\.$/u);
    expect(r.stderr).not.toMatch(/\.\./u);
  });

  it('fails in one line with exit 2', async () => {
    expectOneLineError(await box.run('export', 'khong-co.xlsx'), ['khong-co.xlsx']);
    expectOneLineError(await box.run('export', SAMPLE), ['xa-hoa-phong.json', 'Excel']);
    writeFileSync(box.path('rac.xlsx'), 'không phải zip');
    expectOneLineError(await box.run('export', 'rac.xlsx'), ['rac.xlsx', 'không phải sổ Excel .xlsx']);
    expectOneLineError(await box.run('export'), ['tệp']);
    expect(box.files()).toEqual(['rac.xlsx']);
  });
});
