// An output path that cannot be written (a part of it is a file, or it is a folder) gives one Vietnamese line with the
// reason in words — never Node's errno code (EEXIST, EISDIR…) — and leaves no file, temp or partial, behind.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SAMPLE, expectOneLineError, sandbox, type Sandbox } from '../cli-harness';
import { CLI_TEXT } from '../../../../src/core/i18n/cli';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  writeFileSync(box.path('ghi-chu.txt'), 'x');
  for (const ext of ['docx', 'xlsx', 'json']) mkdirSync(box.path(`thu-muc.${ext}`));
  const sample = JSON.parse(readFileSync(SAMPLE, 'utf-8')) as { meta: { unit: string } };
  writeFileSync(box.path('a.json'), JSON.stringify(sample));
  writeFileSync(box.path('b.json'), JSON.stringify({ ...sample, meta: { ...sample.meta, unit: 'Tịnh Kỳ' } }));
});
afterEach(() => box.dispose());

const R = CLI_TEXT.writeReason;
const BEFORE = ['a.json', 'b.json', 'ghi-chu.txt', 'thu-muc.docx', 'thu-muc.json', 'thu-muc.xlsx'];

describe.each([
  ['report', 'docx', (out: string) => ['report', 'a.json', '--out', out]],
  ['export', 'json', (out: string) => ['export', 'x.xlsx', '--out', out]],
  ['template', 'xlsx', (out: string) => ['template', '--out', out, '--force']],
  ['consolidate', 'xlsx', (out: string) => ['consolidate', 'a.json', 'b.json', '--out', out, '--force']],
])('cchc %s with an output that cannot be written', (name, ext, argv) => {
  beforeEach(async () => {
    if (name === 'export') expect((await box.run('template', '--out', 'x.xlsx', '--data', SAMPLE)).code).toBe(0);
  });
  const before = (): string[] => (name === 'export' ? [...BEFORE, 'x.xlsx'].sort() : BEFORE);

  it('a folder on the path is a file: says so in words, writes nothing', async () => {
    const r = await box.run(...argv(`ghi-chu.txt/ra.${ext}`));
    expectOneLineError(r, [`ghi-chu.txt/ra.${ext}`, R.parentIsFile]);
    expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
    expect(box.files()).toEqual(before());
  });

  it('the output is a folder: says so in words, leaves no temp file', async () => {
    const r = await box.run(...argv(`thu-muc.${ext}`));
    expectOneLineError(r, [`thu-muc.${ext}`, R.isDirectory]);
    expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
    expect(box.files()).toEqual(before());
  });
});
