// End to end (issue 23): the modules `cchc check` of a workbook loads, pinned one by one. Start-up is most of a check's time,
// so a module joining this path — a library above all — must be a decision: if it is one, add it here and say in the
// commit what it costs (`npm run bench`, the check line). The built CLI runs a command from its bundle (bundled.ts), which
// holds every module the command may load: the list is taken from the modules as tsc wrote them (CCHC_UNBUNDLED), and
// the bundled run must load nothing else from disk.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CLI_MAIN, ROOT, runBuiltCli } from './helpers/built-cli';
import { tempDir } from '../helpers/temp-dir';

jest.setTimeout(120_000);

/** Every module `cchc check tot.xlsx` loads, relative to dist/cli: the CLI's own, none from node_modules. */
const CHECK_MODULES = [
  'core/data/place-words.js',
  'core/data/types.js',
  'core/data/unit-key.js',
  'core/data/vi-number.js',
  'core/errors/user-error.js',
  'core/forms/across-periods.js',
  'core/forms/build-catalogue.js',
  'core/forms/builtin-form-set.json',
  'core/forms/builtin.js',
  'core/forms/carried-set.js',
  'core/forms/catalogue.js',
  'core/forms/choose-form-set.js',
  'core/forms/compute.js',
  'core/forms/form-set.js',
  'core/forms/set-problem.js',
  'core/forms/types.js',
  'core/i18n/cli.js',
  'core/i18n/common.js',
  'core/i18n/damage.js',
  'core/i18n/data.js',
  'core/i18n/form-sets.js',
  'core/i18n/layout.js',
  'core/i18n/periods.js',
  'core/i18n/read.js',
  'core/i18n/report.js',
  'core/i18n/rules.js',
  'core/i18n/sections.js',
  'core/layout/a1.js',
  'core/layout/info-sheet.js',
  'core/layout/names.js',
  'core/layout/row-height.js',
  'core/layout/sheet-grid.js',
  'core/layout/sheet-style.js',
  'core/layout/template-versions.js',
  'core/layout/vi-date.js',
  'core/read/check-named-values.js',
  'core/read/formula-audit.js',
  'core/read/host-value.js',
  'core/read/number-as-shown.js',
  'core/read/parse-date.js',
  'core/read/period-aliases.js',
  'core/read/read-header.js',
  'core/read/read-workbook.js',
  'core/read/template-version.js',
  'core/read/typed-percent.js',
  'core/read/workbook-damage.js',
  'core/read/workbook-format-error.js',
  'core/report/closing.js',
  'core/report/dates.js',
  'core/report/outline.js',
  'core/rules/check-across-periods.js',
  'core/rules/check-header.js',
  'core/rules/check-missing.js',
  'core/rules/check-percent-fraction.js',
  'core/rules/check-sections.js',
  'core/rules/check-staff-text.js',
  'core/rules/check-values.js',
  'core/rules/check.js',
  'core/rules/describe.js',
  'core/rules/evaluate-rule.js',
  'core/rules/rule-message.js',
  'core/rules/staff-text-patterns.js',
  'core/rules/staff-text-rows.js',
  'core/rules/types.js',
  'core/rules/validation-rule.js',
  'core/rules/word-bounds.js',
  'core/rules/values.js',
  'hosts/cli/cli-error.js',
  'hosts/cli/bundled.js',
  'hosts/cli/cli-io.js',
  'hosts/cli/commands/check.js',
  'hosts/cli/commands/registry.js',
  'hosts/cli/describe-result.js',
  'hosts/cli/help.js',
  'hosts/cli/load-input.js',
  'hosts/cli/load-previous.js',
  'hosts/cli/dispatch.js',
  'hosts/cli/main.js',
  'hosts/cli/parse-command-args.js',
  'hosts/cli/read-input-bytes.js',
  'hosts/cli/resolve-form-set.js',
  'hosts/cli/run-main.js',
  'hosts/cli/xlsx/zlib-inflate.js',
  'hosts/shared/inflate-entry.js',
  'hosts/shared/part-memo.js',
  'hosts/shared/read-xlsx-named-cells.js',
  'hosts/shared/xlsx-limits.js',
  'hosts/shared/xml-scan.js',
  'hosts/shared/zip-directory.js',
];

let dir: string;
beforeAll(() => {
  dir = tempDir('cchc-check-modules-');
  expect(runBuiltCli(['template', '--data', join(ROOT, 'examples/xa-hoa-phong.json'), '--out', join(dir, 'tot.xlsx')]).code).toBe(0);
});

/** The modules the built CLI loaded running `args`, as paths relative to dist/cli (a package's as node_modules/…). */
function modulesOf(args: readonly string[], bundled = false): string[] {
  const list = join(dir, 'modules.json');
  const preload = join(dir, 'modules-preload.js');
  writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));`);
  const env = { ...process.env, CCHC_UNBUNDLED: bundled ? '' : '1' };
  const r = spawnSync(process.execPath, ['-r', preload, CLI_MAIN, ...args], { cwd: dir, encoding: 'utf-8', env });
  expect(r.stderr).toBe('');
  const dist = join(ROOT, 'dist/cli');
  return (JSON.parse(readFileSync(list, 'utf-8')) as string[])
    .filter((m) => m !== preload)
    .map((m) => (m.includes('/node_modules/') ? m.slice(m.lastIndexOf('/node_modules/') + 1) : relative(dist, m)))
    .sort();
}

describe('what `cchc check` of a workbook loads (issue 23)', () => {
  it('is exactly the pinned list: the light reader, the checker and their messages, no library', () => {
    expect(modulesOf(['check', 'tot.xlsx'])).toEqual([...CHECK_MODULES].sort());
  });

  it('`cchc report` of the same workbook loads neither ExcelJS nor docx', () => {
    const loaded = modulesOf(['report', 'tot.xlsx', '--out', 'bc.docx']);
    expect(loaded.filter((m) => m.startsWith('node_modules/exceljs/') || m.startsWith('node_modules/docx/'))).toEqual([]);
    expect(loaded).toContain('render/render-docx.js');
  });

  it('bundled, as users run it: reads the launcher and the check bundle, which holds the pinned modules and no library', () => {
    expect(modulesOf(['check', 'tot.xlsx'], true)).toEqual(['hosts/cli/bundled.js', 'hosts/cli/main.js']);
    const bundles = join(ROOT, 'dist/cli/bundles');
    const manifest = JSON.parse(readFileSync(join(bundles, 'manifest.json'), 'utf-8')) as { commands: Record<string, string> };
    const inputs = JSON.parse(readFileSync(join(bundles, 'inputs.json'), 'utf-8')) as Record<string, string[]>;
    const check = inputs[manifest.commands.check ?? ''] ?? [];
    // The launcher, and the whole command table, which the bundle replaces by its one command.
    const launcher = ['hosts/cli/main.js', 'hosts/cli/bundled.js', 'hosts/cli/commands/registry.js'];
    expect(CHECK_MODULES.filter((m) => !launcher.includes(m) && !check.includes(m))).toEqual([]);
    expect(check.filter((m) => m.includes('node_modules'))).toEqual([]);
    // Every run reads the whole bundle: it holds the catalogue areas a check may say, not the whole catalogue (messages.js
    // re-exports every area: the pane's, Sheets', the charts'), which made it 100 kB larger.
    expect(check.filter((m) => /^core\/i18n\/(messages|ui|apps-script|charts|aggregate)\.js$/.test(m))).toEqual([]);
  });

  it('bundled, `cchc report` of the workbook loads neither ExcelJS nor docx', () => {
    const loaded = modulesOf(['report', 'tot.xlsx', '--out', 'bc2.docx'], true);
    expect(loaded.filter((m) => m.startsWith('node_modules/exceljs/') || m.startsWith('node_modules/docx/'))).toEqual([]);
    expect(loaded.filter((m) => !m.startsWith('node_modules/'))).toEqual(['hosts/cli/bundled.js', 'hosts/cli/main.js']);
  });
});
