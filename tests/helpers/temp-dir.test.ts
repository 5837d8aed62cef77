// tempDir's folders are gone once a test file has run, whether its tests passed or failed, under the
// environment both Jest projects use; and at exit when a script (not Jest) made them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from './temp-dir';

const ROOT = resolve(__dirname, '../..');
const ENVIRONMENT = '<rootDir>/tests/helpers/temp-dir-environment.ts';
const projects = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { jest: { projects: Record<string, unknown>[] } }).jest.projects;
const lines = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter(Boolean);

describe('tempDir', () => {
  it('is removed by the environment of both Jest projects', () => {
    expect(projects.map((p) => [p.displayName, p.testEnvironment])).toEqual([
      ['unit', ENVIRONMENT],
      ['e2e', ENVIRONMENT],
    ]);
  });

  it("leaves no folder behind once a file's tests ran, one of them failing, its afterAll writing into one", () => {
    const record = join(tempDir('cchc-probe-record-'), 'made.txt');
    const [unit] = projects;
    const config = { ...unit, rootDir: ROOT, testMatch: ['<rootDir>/tests/helpers/fixtures/temp-dir-probe.ts'], testPathIgnorePatterns: [] };
    const run = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--config', JSON.stringify(config), '--runInBand', '--ci'], {
      cwd: ROOT,
      env: { ...process.env, CCHC_PROBE_RECORD: record },
      encoding: 'utf8',
      timeout: 120_000,
    });
    // The probe ran to its end: one test passed, the other failed as it means to.
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('✓ passes');
    expect(run.stderr).toContain('✕ fails on purpose');
    const made = lines(record);
    expect(made.map((d) => /cchc-probe-(\w+)-/.exec(d)?.[1])).toEqual(['load', 'before', 'pass', 'fail', 'after']);
    expect(made.filter((d) => existsSync(d))).toEqual([]);
  }, 120_000);

  it('outside Jest, removes its folders when the process exits', () => {
    const record = join(tempDir('cchc-probe-record-'), 'made.txt');
    const script = `const { tempDir } = require(${JSON.stringify(join(__dirname, 'temp-dir'))});
      require('node:fs').writeFileSync(${JSON.stringify(record)}, tempDir('cchc-probe-script-'));
      process.exit(3);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 3, stderr: '' });
    const [made] = lines(record);
    expect(made).toMatch(/cchc-probe-script-/);
    expect(existsSync(made as string)).toBe(false);
  }, 60_000);
});
