// `cchc template`: writes a workbook (empty or filled), refuses to overwrite, and fails in one Vietnamese line on bad input.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../../../src/hosts/shared/xlsx-named-cells';
import { FIXTURES, SAMPLE, expectOneLineError, sandbox, type Sandbox } from '../cli-harness';
import { CLI_TEXT } from '../../../../src/core/i18n/cli';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

const namedValues = async (file: string) => readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(file)))).values;

describe('cchc template', () => {
  it('lays out an empty workbook with every sheet in the contract order', async () => {
    const r = await box.run('template', '--out', 'trong.xlsx');
    expect(r).toEqual({ code: 0, stdout: 'Đã tạo sổ Excel: trong.xlsx', stderr: '' });
    const wb = await loadWorkbook(new Uint8Array(readFileSync(box.path('trong.xlsx'))));
    expect(wb.worksheets.map((w) => w.name).slice(0, 9)).toEqual([
      'Thông tin chung',
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `Biểu mẫu ${n}`),
      'Thuyết minh',
    ]);
    const form1 = wb.getWorksheet('Biểu mẫu 1');
    expect(form1?.getCell('E1').isMerged).toBe(true); // the title spans the table
    expect(form1?.getCell('A1').font?.name).toBe('Times New Roman');
    const values = readNamedCells(wb).values;
    expect(values.BM1_2_1).toBeNull();
    expect(values.BM6_0).toBeNull();
  });

  it('fills the workbook from report data, computed cells holding the core value', async () => {
    const r = await box.run('template', '--out', 'mau.xlsx', '--data', SAMPLE);
    expect(r.code).toBe(0);
    const values = await namedValues(box.path('mau.xlsx'));
    expect(values.BM1_2_1).toBe(40);
    expect(values.BM1_2).toBe(67.5); // 27 ÷ 40
    expect(values.BM6_2).toBe(3187.5);
    expect(values.BM6_0).toBe(75); // 3187.5 ÷ 4250
    expect(values.BM7_6_6_1).toBe(126); // 68 + 58
  });

  it('refuses to overwrite an existing file without --force, and keeps it intact', async () => {
    writeFileSync(box.path('da-nhap.xlsx'), 'số liệu đã nhập');
    const r = await box.run('template', '--out', 'da-nhap.xlsx');
    expectOneLineError(r, ['da-nhap.xlsx', '--force']);
    expect(readFileSync(box.path('da-nhap.xlsx'), 'utf-8')).toBe('số liệu đã nhập');
    expect(box.files()).toEqual(['da-nhap.xlsx']);
    expect((await box.run('template', '--out', 'da-nhap.xlsx', '--force')).code).toBe(0);
    expect((await namedValues(box.path('da-nhap.xlsx'))).BM1_1).toBeNull();
  });

  it('creates missing folders of --out', async () => {
    expect((await box.run('template', '--out', join('a', 'b', 'c.xlsx'))).code).toBe(0);
    expect(readFileSync(box.path(join('a', 'b', 'c.xlsx'))).subarray(0, 2).toString()).toBe('PK');
  });

  it.each([
    [['template'], ['--out']],
    [['template', '--out'], ['--out']],
    [['template', '--out', 'x.xlsx', '--bogus'], ['--bogus']],
    [['template', '--out', 'x.json'], ['.xlsx']],
    [['template', '--out', 'x.xlsx', 'thua.json'], ['thua.json']],
  ])('rejects bad usage %j', async (argv, mentions) => {
    expectOneLineError(await box.run(...argv), mentions);
    expect(box.files()).toEqual([]);
  });

  it('rejects bad --data in one line naming the file, writing nothing', async () => {
    expectOneLineError(await box.run('template', '--out', 'x.xlsx', '--data', 'khong-co.json'), ['khong-co.json', 'không tìm thấy']);
    expectOneLineError(await box.run('template', '--out', 'x.xlsx', '--data', join(FIXTURES, 'not-json.json')), ['not-json.json', 'JSON', 'dòng 3']);
    expectOneLineError(await box.run('template', '--out', 'x.xlsx', '--data', join(FIXTURES, 'unknown-field.json')), ['unknown-field.json', 'mayor']);
    expectOneLineError(await box.run('template', '--out', 'x.xlsx', '--data', box.dir), ['thư mục']);
    await box.run('template', '--out', 'that.xlsx');
    expectOneLineError(await box.run('template', '--out', 'x.xlsx', '--data', 'that.xlsx'), ['that.xlsx', 'JSON']);
    expect(box.files()).toEqual(['that.xlsx']);
  });
});

describe('--data given a file named .xlsx that is no zip', () => {
  // An encrypted workbook is an OLE compound file (magic D0 CF 11 E0 A1 B1 1A E1, [MS-CFB] 2.2); an empty or cut file.
  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
  it.each([
    ['an encrypted workbook', OLE],
    ['an empty file', Buffer.alloc(0)],
  ])('%s is refused as a workbook given for data, as a real workbook is, not as broken JSON', async (_label, bytes) => {
    writeFileSync(box.path('khoa.xlsx'), bytes);
    const r = await box.run('template', '--out', 'o.xlsx', '--data', 'khoa.xlsx');
    expectOneLineError(r, [CLI_TEXT.dataMustBeJson('khoa.xlsx')]);
    expect(box.files()).not.toContain('o.xlsx');
  });
});
