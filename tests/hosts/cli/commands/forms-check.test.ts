// `cchc forms check S.json`: exit 0 for a valid set, 1 with every problem at its place (text or --json), 2 for input that is not a set.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_SET } from '../../../../src/core/forms/builtin';
import { FIXTURES, SAMPLE, expectOneLineError, sandbox, type Sandbox } from '../cli-harness';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

interface LooseSet {
  id: string;
  forms: { rows: Record<string, unknown>[] }[];
  sentences: Record<string, unknown>[];
}

/** Writes the built-in set, changed by `edit`, as `name` in the sandbox. */
function writeSet(name: string, edit: (set: LooseSet) => void = () => undefined): string {
  // Without the built-in sentences, so that the problems listed are only the ones a test makes.
  const set = { ...structuredClone(BUILTIN_SET), id: 'thu-nghiem', sentences: [] } as unknown as LooseSet;
  edit(set);
  writeFileSync(box.path(name), JSON.stringify(set, null, 2));
  return name;
}

const broken = (s: LooseSet): void => {
  s.id = 'bộ mới';
  const ratio = s.forms[2]?.rows[7];
  if (ratio) ratio.part = '3.3.9';
  s.sentences.push({ section: 'I.1', order: 1, form: 9, rows: [], template: 'Câu.' });
};

describe('cchc forms check', () => {
  it('says a valid set is valid, with exit 0', async () => {
    const r = await box.run('forms', 'check', writeSet('bo.json'));
    expect(r).toEqual({ code: 0, stdout: 'Kiểm tra bộ biểu mẫu bo.json:\nBộ biểu mẫu thu-nghiem, phiên bản 1 hợp lệ: 7 biểu mẫu, 100 chỉ tiêu.', stderr: '' });
  });

  it('prints every problem on its own line, place then message, with exit 1', async () => {
    const r = await box.run('forms', 'check', writeSet('bo.json', broken));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual([
      'Kiểm tra bộ biểu mẫu bo.json:',
      'id: Thông tin (Mã bộ biểu mẫu): Mã bộ biểu mẫu “bộ mới” chỉ được gồm chữ cái không dấu (a–z, A–Z), chữ số và dấu gạch ngang “-”, không có khoảng trắng (ví dụ: quang-ngai-2026).',
      'forms[2].rows[7].part: Chỉ tiêu (Biểu mẫu 3, mã 3.3): Tử số “3.3.9” không phải là dòng nào của Biểu mẫu 3.',
      'sentences[0].form: Câu văn thứ 1 (mục I.1, thứ tự 1): không có Biểu mẫu 9 trong bộ biểu mẫu (trang Biểu mẫu).',
      '3 vấn đề: cần sửa trước khi dùng bộ biểu mẫu này.',
    ]);
  });

  it('prints {problems:[{sheet,cell,message}]} with --json', async () => {
    const bad = await box.run('forms', 'check', writeSet('bo.json', broken), '--json');
    expect(bad.code).toBe(1);
    const { problems } = JSON.parse(bad.stdout) as { problems: { sheet: string | null; cell: string | null; message: string }[] };
    expect(problems).toHaveLength(3);
    expect(problems[1]).toEqual({ sheet: null, cell: 'forms[2].rows[7].part', message: 'Chỉ tiêu (Biểu mẫu 3, mã 3.3): Tử số “3.3.9” không phải là dòng nào của Biểu mẫu 3.' });
    const good = await box.run('forms', 'check', '--json', writeSet('ok.json'));
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toEqual({ problems: [] });
  });

  it('lists shape problems of a hand-written set in Vietnamese (exit 1), never zod’s English', async () => {
    const name = writeSet('bo.json', (s) => {
      const row = s.forms[0]?.rows[0];
      if (row) row.kind = 'number';
    });
    const r = await box.run('forms', 'check', name);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'forms[0].rows[0].kind: Chỉ tiêu (Biểu mẫu 1, mã 1): trường “kind” (Loại) “number” không có; dùng một trong: section, count, money, percent, code, ratio, sum.',
    );
    expect(r.stdout).not.toMatch(/Invalid|expected/);
  });

  it('refuses input that is not a set with one line and exit 2', async () => {
    expectOneLineError(await box.run('forms', 'check', join(FIXTURES, 'not-json.json')), ['not-json.json', 'không phải JSON hợp lệ (lỗi cú pháp ở dòng 3, cột 3)']);
    expectOneLineError(await box.run('forms', 'check', SAMPLE), ['xa-hoa-phong.json: không phải bộ biểu mẫu']);
    expectOneLineError(await box.run('forms', 'check', 'khong-co.json'), ['khong-co.json: không tìm thấy tệp.']);
    writeFileSync(box.path('hong.xlsx'), 'not a zip');
    expectOneLineError(await box.run('forms', 'check', 'hong.xlsx'), ['hong.xlsx: tệp hỏng hoặc không phải sổ Excel .xlsx.']);
  });

  it('refuses bad usage with exit 2', async () => {
    expectOneLineError(await box.run('forms'), ['cchc forms: chưa chọn lệnh con (check hoặc export)']);
    expectOneLineError(await box.run('forms', 'kiem'), ['cchc forms: không có lệnh con “kiem” (dùng check hoặc export)']);
    expectOneLineError(await box.run('forms', 'check'), ['cchc forms check: thiếu tên tệp']);
    expectOneLineError(await box.run('forms', 'check', 'a.json', '--out', 'x'), ['cchc forms check: không có tùy chọn --out']);
  });

  it('prints the help of forms and of forms check', async () => {
    const forms = await box.run('forms', '--help');
    expect(forms.code).toBe(0);
    expect(forms.stdout).toContain('cchc forms check S.xlsx|S.json [--json]');
    const check = await box.run('forms', 'check', '--help');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('Mã thoát: 0 bộ biểu mẫu hợp lệ; 1 có vấn đề (liệt kê từng vấn đề); 2 không đọc được tệp hoặc dùng sai lệnh');
  });
});
