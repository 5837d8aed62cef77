// `cchc demo`: the whole flow on the sample commune, into the folder asked for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE, sandbox, type Sandbox } from '../cli-harness';

// The whole flow, in-process: the first run loads ExcelJS and docx, which takes more than Jest's 5 s on a busy two-core machine.
jest.setTimeout(30_000);

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

describe('cchc demo', () => {
  it('writes the filled workbook, its data and the check result, and lists them', async () => {
    const r = await box.run('demo', '--out', 'thu');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(box.files()).toEqual(['thu']);
    const written = ['bao-cao-cchc-mau.xlsx', 'bao-cao-cchc-mau.json', 'ket-qua-kiem-tra.json'];
    for (const name of written) expect(r.stdout).toContain(`thu/${name}`);
    expect(JSON.parse(readFileSync(box.path(join('thu', 'bao-cao-cchc-mau.json')), 'utf-8'))).toEqual(JSON.parse(readFileSync(SAMPLE, 'utf-8')));
    const check = JSON.parse(readFileSync(box.path(join('thu', 'ket-qua-kiem-tra.json')), 'utf-8')) as { errors: number };
    expect(check.errors).toBe(0);
  });

  it('writes into out/ by default and can run again over its own files', async () => {
    expect((await box.run('demo')).code).toBe(0);
    expect((await box.run('demo')).code).toBe(0);
    expect(box.files()).toEqual(['out']);
  });
});
