// The real entry point in a child process: exit codes reach the shell, errors are one line without a stack trace.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const MAIN = resolve(ROOT, 'src/hosts/cli/main.ts');

// tsx runs the TypeScript entry as is, so this test needs no build.
const cchc = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, encoding: 'utf-8' });

describe('main', () => {
  it('prints the Vietnamese help with exit 0', () => {
    const r = cchc('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Các lệnh:');
  });

  it('exits 2 with one line naming the missing file, and no stack trace', () => {
    const r = cchc('check', 'khong-co.json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('khong-co.json: không tìm thấy tệp.\n');
  });

  it('exits 1 when the data has errors', () => {
    expect(cchc('check', 'tests/fixtures/cli/has-errors.json').status).toBe(1);
  });
});
