// `cchc forms export`: the built-in set or a given one, as the authoring workbook or JSON; refuses to overwrite; one line on bad input.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_SET } from '../../../../src/core/forms/builtin';
import { memoryIo } from '../../../../src/hosts/cli/cli-io';
import { CliError } from '../../../../src/hosts/cli/cli-error';
import { formsExportCommand } from '../../../../src/hosts/cli/commands/forms-export';
import { readAuthoringWorkbook } from '../../../../src/hosts/cli/xlsx/read-authoring-workbook';
import { EVERY_FIELD_SET } from '../../../core/forms/every-field-set';
import { sandbox, type Sandbox } from '../cli-harness';

/** Runs the subcommand in-process (the `forms` dispatch is registered elsewhere); a CliError gives its exit code and line. */
async function run(box: Sandbox, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = memoryIo(box.dir);
  try {
    const code = await formsExportCommand.run(args, io);
    return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
  } catch (e) {
    if (e instanceof CliError) return { code: e.exitCode, stdout: io.stdout.join('\n'), stderr: e.message };
    throw e;
  }
}

describe('cchc forms export', () => {
  let box: Sandbox;
  beforeEach(() => {
    box = sandbox();
  });
  afterEach(() => box.dispose());

  it('writes the built-in set as the authoring workbook, which reads back as the built-in set', async () => {
    const r = await run(box, '--out', 'bo.xlsx');
    expect(r).toEqual({ code: 0, stdout: 'Đã ghi bộ biểu mẫu: bo.xlsx', stderr: '' });
    const read = await readAuthoringWorkbook(readFileSync(box.path('bo.xlsx')));
    expect('set' in read && read.set).toEqual(BUILTIN_SET);
    expect(box.files()).toEqual(['bo.xlsx']);
  });

  it('writes the built-in set as JSON, the same text as its data file', async () => {
    expect((await run(box, '--json', '--out', 'bo.json')).code).toBe(0);
    const written = readFileSync(box.path('bo.json'), 'utf-8');
    expect(JSON.parse(written)).toEqual(BUILTIN_SET);
    expect(written).toBe(readFileSync(join(__dirname, '../../../../src/core/forms/builtin-form-set.json'), 'utf-8').replace(/\s*$/, '\n'));
  });

  it('exports a given set: JSON to workbook, and that workbook back to JSON', async () => {
    writeFileSync(box.path('s0.json'), JSON.stringify(EVERY_FIELD_SET));
    expect((await run(box, '--forms', 's0.json', '--out', 's.xlsx')).code).toBe(0);
    expect((await run(box, '--forms', 's.xlsx', '--json', '--out', 's.json')).code).toBe(0);
    expect(JSON.parse(readFileSync(box.path('s.json'), 'utf-8'))).toEqual(EVERY_FIELD_SET);
  });

  it('refuses to overwrite a file unless --force', async () => {
    writeFileSync(box.path('bo.xlsx'), 'mine');
    const r = await run(box, '--out', 'bo.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bo.xlsx: tệp đã có');
    expect(readFileSync(box.path('bo.xlsx'), 'utf-8')).toBe('mine');
    expect((await run(box, '--out', 'bo.xlsx', '--force')).code).toBe(0);
    expect(box.files()).toEqual(['bo.xlsx']);
  });

  it('exit 2 with one line: bad usage, a missing or unreadable set, a set with problems', async () => {
    expect((await run(box)).stderr).toBe('cchc forms export: thiếu tùy chọn --out. Xem: cchc forms export --help');
    expect((await run(box, '--out', 'bo.json')).stderr).toContain('tên tệp ra phải có đuôi .xlsx');
    expect((await run(box, '--json', '--out', 'bo.xlsx')).stderr).toContain('với --json, tên tệp ra phải có đuôi .json');
    expect((await run(box, '--forms', 'none.json', '--out', 'a.xlsx')).stderr).toBe('none.json: không tìm thấy tệp.');
    writeFileSync(box.path('bad.json'), '{');
    expect((await run(box, '--forms', 'bad.json', '--out', 'a.xlsx')).stderr).toContain('bad.json: không phải JSON hợp lệ');
    writeFileSync(box.path('shape.json'), JSON.stringify({ ...EVERY_FIELD_SET, version: 0, extra: 1 }));
    const shape = await run(box, '--forms', 'shape.json', '--out', 'a.xlsx');
    expect(shape.code).toBe(2);
    expect(shape.stderr).toMatch(/^shape\.json: không đọc được bộ biểu mẫu \(2 vấn đề\) — version: Bộ biểu mẫu: trường “version” \(Phiên bản\) phải từ 1 trở lên\.; Bộ biểu mẫu: trường không được hỗ trợ: “extra”\.$/);
    writeFileSync(box.path('broken.xlsx'), Buffer.from('PK\x03\x04 not really'));
    expect((await run(box, '--forms', 'broken.xlsx', '--out', 'a.xlsx')).stderr).toBe('broken.xlsx: tệp hỏng hoặc không phải sổ Excel .xlsx.');
    expect(box.files()).toEqual(['bad.json', 'broken.xlsx', 'shape.json']);
  });

  it('names a problem of a workbook set at its sheet and cell', async () => {
    expect((await run(box, '--out', 'bo.xlsx')).code).toBe(0);
    const ExcelJS = (await import('../../../../src/hosts/cli/xlsx/exceljs')).ExcelJS;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(box.path('bo.xlsx'));
    const ws = wb.getWorksheet('Chỉ tiêu');
    if (!ws) throw new Error('sheet');
    ws.getCell('F3').value = 'tỉ lệ';
    await wb.xlsx.writeFile(box.path('bo.xlsx'));
    const r = await run(box, '--forms', 'bo.xlsx', '--out', 'b.json', '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'bo.xlsx: không đọc được bộ biểu mẫu (1 vấn đề) — \'Chỉ tiêu\'!F3: “Loại”: không hiểu “tỉ lệ”; chọn một trong “mục”, “số”, “tiền”, “phần trăm”, “mã”, “tỷ lệ”, “tổng”.',
    );
  });

  it('prints its help', async () => {
    const r = await run(box, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cchc forms export --out S.xlsx');
  });
});
