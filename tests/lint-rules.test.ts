// The lint rules that keep the architecture: a deliberate import cycle, a host importing another host's folder, and a core file importing a host, fail `npm run lint`;
// so does a test making its temp folder without tempDir.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
jest.setTimeout(120_000);

/** The probe files (path relative to a fresh folder under `under`, which must sit in src/ or tests/); what `npm run lint` says of them. */
interface Probe {
  readonly under: string;
  readonly files: Record<string, string>;
  result?: { code: number | null; output: string };
}

/** ESLint's JSON for one file: the parts a probe's output shows. */
interface LintResult {
  readonly filePath: string;
  readonly errorCount: number;
  readonly messages: readonly { readonly line?: number; readonly column?: number; readonly severity: number; readonly message: string; readonly ruleId: string | null }[];
}

const probes: Probe[] = [];

/**
 * A probe, linted with every other in one ESLint run (beforeAll): starting ESLint and its plugins costs seconds, each probe
 * only its files. Its output is what ESLint says of its own files (every message, warnings too, with its rule) and anything
 * the run printed on stderr; its code is ESLint's for those files alone (1 with an error, 0 without, 2 when ESLint itself failed).
 */
function lintProbe(under: string, files: Record<string, string>): Probe {
  const probe: Probe = { under, files };
  probes.push(probe);
  return probe;
}

function resultOf(probe: Probe): { code: number | null; output: string } {
  if (!probe.result) throw new Error(`probe under ${probe.under} was not linted`);
  return probe.result;
}

beforeAll(() => {
  const dirs: string[] = [];
  try {
    const paths = probes.map((probe) => {
      const dir = mkdtempSync(join(ROOT, probe.under, 'lint-probe-'));
      dirs.push(dir);
      return Object.entries(probe.files).map(([name, text]) => {
        const path = join(dir, name);
        writeFileSync(path, text);
        return path;
      });
    });
    const eslint = join(ROOT, 'node_modules/eslint/bin/eslint.js');
    const args = [eslint, '-c', 'tests/eslint.config.mjs', '--no-warn-ignored', '--format', 'json', ...paths.flat().map((p) => relative(ROOT, p))];
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`eslint failed (${r.status}):\n${r.stdout}${r.stderr}`);
    const results = JSON.parse(r.stdout) as LintResult[];
    // ESLint answers for every file it lints, messages or none: a probe file it did not answer for was not linted.
    const linted = new Set(results.map((f) => f.filePath));
    const missed = paths.flat().filter((p) => !linted.has(p));
    if (missed.length > 0) throw new Error(`eslint did not lint ${missed.join(', ')}`);
    probes.forEach((probe, i) => {
      const own = new Set(paths[i]);
      const mine = results.filter((f) => own.has(f.filePath));
      const lines = mine.flatMap((f) =>
        f.messages.map((m) => `${relative(ROOT, f.filePath)}:${m.line ?? 0}:${m.column ?? 0} ${m.severity === 2 ? 'error' : 'warning'} ${m.message} ${m.ruleId ?? ''}\n`),
      );
      probe.result = { code: mine.some((f) => f.errorCount > 0) ? 1 : 0, output: `${lines.join('')}${r.stderr}` };
    });
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
});

describe('lint', () => {
  const cycle = lintProbe('src/hosts/cli', {
    'a.ts': "// probe\nimport { b } from './b';\nexport const a = (): number => b() + 1;\n",
    'b.ts': "// probe\nimport { a } from './a';\nexport const b = (): number => (a.length > 0 ? 1 : 0);\n",
  });
  it('refuses an import cycle', () => {
    const r = resultOf(cycle);
    expect(r.output).toContain('import-x/no-cycle');
    expect(r.code).toBe(1);
  });

  const noCycle = lintProbe('src/hosts/cli', {
    'a.ts': "// probe\nimport { b } from './b';\nexport const a = (): number => b() + 1;\n",
    'b.ts': '// probe\nexport const b = (): number => 1;\n',
  });
  it('accepts the same files without the cycle', () => {
    const r = resultOf(noCycle);
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  });

  const coreHost = lintProbe('src/core', { 'a.ts': "// probe\nimport { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n" });
  it('refuses a host import in the core', () => {
    const r = resultOf(coreHost);
    expect(r.output).toContain('no-restricted-imports');
    expect(r.code).toBe(1);
  });

  const coreFormat = lintProbe('src/core', { 'a.ts': "// probe\nimport { IntlMessageFormat } from 'intl-messageformat';\nexport const a = IntlMessageFormat;\n" });
  it('keeps the message-format library to the one core file that formats templates', () => {
    const r = resultOf(coreFormat);
    expect(r.output).toContain('format-template.ts');
    expect(r.code).toBe(1);
  });

  const otherHosts = (
    [
      ['src/hosts/cli', "import { PaneController } from '../../pane/pane-controller';"],
      ['src/hosts/excel', "import { wordSupports } from '../../word/insert-report';"],
      ['src/hosts/apps-script', "import { runCli } from '../../cli/run-cli';"],
      ['src/hosts/word', "import { excelSupports } from '../../excel/office-support';"],
      ['src/hosts/shared', "import { excelSupports } from '../../excel/office-support';"],
      ['src/hosts/pane', "import { runCli } from '../../cli/run-cli';"],
    ] as const
  ).map(([under, line]) => [under, lintProbe(under, { 'a.ts': `// probe\n${line}\nexport const a = 1;\n` })] as const);
  it("refuses a host importing another host's folder, in any of them", () => {
    for (const [under, probe] of otherHosts) {
      const r = resultOf(probe);
      expect(`${under}: ${r.output}`).toContain('no-restricted-imports');
      expect(r.code).toBe(1);
    }
  });

  const mkdtemp = lintProbe('tests/hosts', {
    'a.ts': "// probe\nimport * as fs from 'node:fs';\nimport { mkdtempSync } from 'node:fs';\nexport const a = [fs.mkdtempSync('x'), mkdtempSync('y')];\n",
  });
  it('refuses mkdtemp in a test, named or through the module, and names tempDir', () => {
    const r = resultOf(mkdtemp);
    expect(r.output).toContain('no-restricted-syntax');
    expect(r.output).toContain('no-restricted-properties');
    expect(r.output).toContain('tempDir (tests/helpers/temp-dir.ts)');
    expect(r.code).toBe(1);
  });

  const paneComposes = lintProbe('src/hosts/pane', {
    'a.ts': "// probe\nimport { excelSupports } from '../../excel/office-support';\nimport { wordSupports } from '../../word/insert-report';\nimport { rangeAddresses } from '../../../core/layout/a1';\nimport { readNamedCells } from '../../shared/xlsx-named-cells';\nexport const a = [excelSupports, wordSupports, rangeAddresses, readNamedCells];\n",
  });
  it('lets the pane compose the Excel and Word adapters, and every host use shared/', () => {
    const r = resultOf(paneComposes);
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  });
});
