// writeFileAtomic: all or nothing, never over an existing file unless asked, no temp file left on failure.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TargetExistsError, writeFileAtomic } from '../../../../src/hosts/cli/xlsx/atomic-write';
import { tempDir } from '../../../helpers/temp-dir';

let dir: string;
beforeEach(() => {
  dir = tempDir('cchc-atomic-');
});

describe('writeFileAtomic', () => {
  it('writes a new file, creating its folders', async () => {
    await writeFileAtomic(join(dir, 'a', 'b.json'), 'nội dung');
    expect(readFileSync(join(dir, 'a', 'b.json'), 'utf-8')).toBe('nội dung');
    expect(readdirSync(join(dir, 'a'))).toEqual(['b.json']);
  });

  it('keeps an existing file unless overwrite is asked', async () => {
    writeFileSync(join(dir, 'x.xlsx'), 'cũ');
    await expect(writeFileAtomic(join(dir, 'x.xlsx'), 'mới')).rejects.toBeInstanceOf(TargetExistsError);
    expect(readFileSync(join(dir, 'x.xlsx'), 'utf-8')).toBe('cũ');
    await writeFileAtomic(join(dir, 'x.xlsx'), 'mới', { overwrite: true });
    expect(readFileSync(join(dir, 'x.xlsx'), 'utf-8')).toBe('mới');
    expect(readdirSync(dir)).toEqual(['x.xlsx']);
  });

  it('leaves no temp file behind when the final step fails', async () => {
    mkdirSync(join(dir, 'la-thu-muc'));
    writeFileSync(join(dir, 'la-thu-muc', 'giu.txt'), 'giữ');
    await expect(writeFileAtomic(join(dir, 'la-thu-muc'), 'x', { overwrite: true })).rejects.toMatchObject({ code: expect.any(String) });
    expect(readdirSync(dir)).toEqual(['la-thu-muc']);
    expect(readFileSync(join(dir, 'la-thu-muc', 'giu.txt'), 'utf-8')).toBe('giữ');
  });
});
