// The lint rules that keep the architecture: a deliberate import cycle, a host importing another host's folder, and a core file importing a host, fail `npm run lint`;
// so does a test making its temp folder without tempDir.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
jest.setTimeout(120_000);

/** Writes the probe files (path relative to a fresh folder under `under`, which must sit in src/ or tests/), lints them, removes them. */
function lintProbe(under: string, files: Record<string, string>): { code: number | null; output: string } {
  const dir = mkdtempSync(join(ROOT, under, 'lint-probe-'));
  try {
    const paths = Object.entries(files).map(([name, text]) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return relative(ROOT, path);
    });
    const eslint = join(ROOT, 'node_modules/eslint/bin/eslint.js');
    const r = spawnSync(process.execPath, [eslint, '-c', 'tests/eslint.config.mjs', '--no-warn-ignored', ...paths], { cwd: ROOT, encoding: 'utf8' });
    return { code: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('lint', () => {
  it('refuses an import cycle', () => {
    const r = lintProbe('src/hosts/cli', {
      'a.ts': "// probe\nimport { b } from './b';\nexport const a = (): number => b() + 1;\n",
      'b.ts': "// probe\nimport { a } from './a';\nexport const b = (): number => (a.length > 0 ? 1 : 0);\n",
    });
    expect(r.output).toContain('import-x/no-cycle');
    expect(r.code).toBe(1);
  });

  it('accepts the same files without the cycle', () => {
    const r = lintProbe('src/hosts/cli', {
      'a.ts': "// probe\nimport { b } from './b';\nexport const a = (): number => b() + 1;\n",
      'b.ts': '// probe\nexport const b = (): number => 1;\n',
    });
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  });

  it('refuses a host import in the core', () => {
    const r = lintProbe('src/core', { 'a.ts': "// probe\nimport { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n" });
    expect(r.output).toContain('no-restricted-imports');
    expect(r.code).toBe(1);
  });

  it('keeps the message-format library to the one core file that formats templates', () => {
    const r = lintProbe('src/core', { 'a.ts': "// probe\nimport { IntlMessageFormat } from 'intl-messageformat';\nexport const a = IntlMessageFormat;\n" });
    expect(r.output).toContain('format-template.ts');
    expect(r.code).toBe(1);
  });

  it("refuses a host importing another host's folder, in any of them", () => {
    const cases: [string, string][] = [
      ['src/hosts/cli', "import { PaneController } from '../../pane/pane-controller';"],
      ['src/hosts/excel', "import { wordSupports } from '../../word/insert-report';"],
      ['src/hosts/apps-script', "import { runCli } from '../../cli/run-cli';"],
      ['src/hosts/word', "import { excelSupports } from '../../excel/office-support';"],
      ['src/hosts/shared', "import { excelSupports } from '../../excel/office-support';"],
      ['src/hosts/pane', "import { runCli } from '../../cli/run-cli';"],
    ];
    for (const [under, line] of cases) {
      const r = lintProbe(under, { 'a.ts': `// probe\n${line}\nexport const a = 1;\n` });
      expect(`${under}: ${r.output}`).toContain('no-restricted-imports');
      expect(r.code).toBe(1);
    }
  });

  it('refuses mkdtemp in a test, named or through the module, and names tempDir', () => {
    const r = lintProbe('tests/hosts', {
      'a.ts': "// probe\nimport * as fs from 'node:fs';\nimport { mkdtempSync } from 'node:fs';\nexport const a = [fs.mkdtempSync('x'), mkdtempSync('y')];\n",
    });
    expect(r.output).toContain('no-restricted-syntax');
    expect(r.output).toContain('no-restricted-properties');
    expect(r.output).toContain('tempDir (tests/helpers/temp-dir.ts)');
    expect(r.code).toBe(1);
  });

  it('lets the pane compose the Excel and Word adapters, and every host use shared/', () => {
    const r = lintProbe('src/hosts/pane', {
      'a.ts': "// probe\nimport { excelSupports } from '../../excel/office-support';\nimport { wordSupports } from '../../word/insert-report';\nimport { rangeAddresses } from '../../../core/layout/a1';\nimport { readNamedCells } from '../../shared/xlsx-named-cells';\nexport const a = [excelSupports, wordSupports, rangeAddresses, readNamedCells];\n",
    });
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  });
});
