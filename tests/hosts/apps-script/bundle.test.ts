// The built Apps Script bundle, loaded in a Node vm with the fakes as its globals: onOpen and every menu function end to end.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import * as acorn from 'acorn';
import { fakeEnv } from './fakes/fake-env';
import type { FakeEnv } from './fakes/fake-env';
import { GAS_TEXT } from '../../../src/core/i18n/messages';
import { DISTRICT_FUNCTIONS } from '../../../src/hosts/apps-script/district-commands';
import { cliInputs, cliTotals, dataOf, NO_ACCESS, OTHER_PERIOD, sheetTotals } from './district-compare';
import { communeId, communeSpreadsheet, fillUnitList, linkOf } from './fakes/fake-communes';
import { sidebarPayload } from './sidebar-payload';
import { readCarriedSet, CARRIED_SET_SHEET } from '../../../src/core/forms/carried-set';
import { canonical } from '../../../src/core/forms/choose-form-set';
import { readNamedValues } from '../../../src/hosts/apps-script/read-named-values';
import { TEST_SET } from '../../fixtures/form-sets/test-set';
import { shareAuthoring } from './fakes/fake-form-sets';
import { tempDir } from '../../helpers/temp-dir';

const ROOT = path.resolve(__dirname, '../../..');
let outDir = '';

beforeAll(() => {
  // Built once for the whole file: webpack takes seconds on this machine.
  outDir = tempDir('cchc-gas-');
  const run = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--env', 'gas', '--env', `outDir=${outDir}`], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`webpack failed:\n${run.stdout}\n${run.stderr}`);
}, 240_000);

/**
 * Built-ins newer than ECMAScript 2020, removed from the sandbox: the bundle must not need them
 * (Array.prototype.at is ES2022, and Apps Script names no level for its V8 runtime).
 */
const NEWER_BUILTINS = `
  delete Array.prototype.at; delete String.prototype.at; delete Object.hasOwn;
  delete Array.prototype.findLast; delete Array.prototype.findLastIndex;
  delete String.prototype.replaceAll; delete Promise.any; delete globalThis.WeakRef; delete globalThis.AggregateError;
  delete Array.prototype.toSorted; delete Array.prototype.toReversed; delete Array.prototype.with;
`;

/** Counts every Map and every RegExp built through their constructors, from before the script loads. */
const EVALUATION_PROBE = `
  var __built = { maps: 0, regexps: 0 };
  (function () {
    var M = Map;
    globalThis.Map = class extends M { constructor(entries) { super(entries); __built.maps++; } };
    globalThis.RegExp = new Proxy(RegExp, { construct: function (target, args) { __built.regexps++; return new target(...args); } });
  })();
`;

/** Loads Code.js as Apps Script does: one global scope holding the services. */
function load(env: FakeEnv, prelude = ''): vm.Context {
  const context = vm.createContext({
    SpreadsheetApp: env.SpreadsheetApp,
    Sheets: env.Sheets,
    Docs: env.Docs,
    Utilities: env.Utilities,
    HtmlService: env.HtmlService,
    Session: env.Session,
    PropertiesService: env.PropertiesService,
    DocumentApp: env.DocumentApp,
    DriveApp: env.DriveApp,
    Drive: env.Drive,
    UrlFetchApp: env.UrlFetchApp,
    ScriptApp: env.ScriptApp,
    LockService: env.LockService,
    console,
  });
  vm.runInContext(NEWER_BUILTINS, context);
  if (prelude) vm.runInContext(prelude, context);
  expect(vm.runInContext('typeof [].at', context)).toBe('undefined');
  vm.runInContext(fs.readFileSync(path.join(outDir, 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
  return context;
}

function call(context: vm.Context, fn: string, ...args: unknown[]): unknown {
  const f: unknown = context[fn];
  if (typeof f !== 'function') throw new Error(`${fn} is not a top-level function`);
  return f(...args);
}

describe('apps-script/dist', () => {
  it('holds a plain script with top-level entry functions, the manifest and the sidebar', () => {
    const code = fs.readFileSync(path.join(outDir, 'Code.js'), 'utf8');
    for (const fn of ['onOpen', 'cchcLayout', 'cchcCarryPrevious', 'cchcCheck', 'cchcReport', 'cchcReportDraft', 'cchcChoosePrevious', 'cchcHelp', 'cchcGoToCell', 'cchcFormSet', 'cchcConsolidatePrevious', ...Object.values(DISTRICT_FUNCTIONS)]) {
      expect(code).toMatch(new RegExp(`^function ${fn}\\(`, 'm'));
    }
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    // The report styles its Doc through the Docs advanced service; the layout uses the Sheets one; Bộ biểu mẫu… converts an .xlsx through the Drive one (v3).
    expect(manifest.dependencies.enabledAdvancedServices.map((s: { userSymbol: string; version: string }) => `${s.userSymbol} ${s.version}`)).toEqual(['Sheets v4', 'Docs v1', 'Drive v3']);
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/documents',
      'https://www.googleapis.com/auth/drive',
      'https://www.googleapis.com/auth/script.external_request',
      // Tổng hợp resumes by a time-based trigger: ScriptApp.newTrigger needs this scope.
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
    expect(fs.existsSync(path.join(outDir, 'sidebar.html'))).toBe(true);
  });

  it('parses as ECMAScript 2018 (the syntax the V8 runtime page shows, and the RegExp features V8 had before Apps Script ran on it)', () => {
    const code = fs.readFileSync(path.join(outDir, 'Code.js'), 'utf8');
    expect(() => acorn.parse(code, { ecmaVersion: 2018, sourceType: 'script' })).not.toThrow();
    // The parser does refuse newer syntax: the test would catch `a ?? b` or `a?.b` (ES2020).
    expect(() => acorn.parse('a ?? b', { ecmaVersion: 2018 })).toThrow();
    expect(() => acorn.parse('a?.b', { ecmaVersion: 2018 })).toThrow();
  });

  it('holds no zod at all, and onOpen evaluates no core (only the menu)', () => {
    const code = fs.readFileSync(path.join(outDir, 'Code.js'), 'utf8');
    // Neither zod's code (it registers itself as __zod_globalRegistry) nor its locales' words (Arabic, Japanese, Russian messages).
    expect(code).not.toContain('__zod_globalRegistry');
    expect(code).not.toMatch(/حرف|文字|символ/);
    // About 650 KB: the core with the district's Tổng hợp (grouping, totals, its layout and report, last year's totals read
    // back), the form sets' reader and checker (Bộ biểu mẫu…), no zod, and the sentence templates' intl-messageformat, after
    // the build drops the code nothing calls (names and lines kept, comments dropped, one-space indentation). The guard is
    // for a library creeping in (zod took it to 1.3 MB), not for the project's own code.
    expect(code.length).toBeLessThan(704 * 1024);
    const env = fakeEnv({ htmlDir: outDir });
    const context = load(env, EVALUATION_PROBE);
    call(context, 'onOpen');
    expect(env.app.ui.menus).toHaveLength(1);
    // The core builds Maps and RegExps as it is evaluated (the forms' index, the staff-text patterns):
    // loading the script and opening the menu build none; the first command evaluates the core.
    expect(vm.runInContext('JSON.stringify(__built)', context)).toBe('{"maps":0,"regexps":0}');
    call(context, 'cchcHelp');
    const built = JSON.parse(vm.runInContext('JSON.stringify(__built)', context) as string) as { maps: number; regexps: number };
    expect(built.maps + built.regexps).toBeGreaterThan(0);
  });

  it('runs onOpen and every menu function end to end', () => {
    const env = fakeEnv({ htmlDir: outDir });
    const context = load(env);

    call(context, 'onOpen');
    const menu = env.app.ui.menus[0]!;
    expect(menu.caption).toBe('CCHC');
    for (const item of menu.items) expect(typeof context[item.fn]).toBe('function');

    call(context, 'cchcLayout');
    expect(env.ss.sheets.map((s) => s.name).slice(0, 9)).toEqual([
      'Thông tin chung', 'Biểu mẫu 1', 'Biểu mẫu 2', 'Biểu mẫu 3', 'Biểu mẫu 4', 'Biểu mẫu 5', 'Biểu mẫu 6', 'Biểu mẫu 7', 'Thuyết minh',
    ]);

    const put = (name: string, v: unknown): void => {
      const at = env.ss.nameCell(name)!;
      at.sheet.type(at.a1, v);
    };
    put('TTC_unit', 'Hòa Phong');
    put('TTC_unitKind', 'xã');
    put('TTC_superior', 'UBND tỉnh Quảng Ngãi');
    put('TTC_period', '6 tháng đầu năm');
    put('TTC_year', 2026);
    put('BM1_2_1', 40);
    put('BM1_2_2', 45);

    call(context, 'cchcCheck');
    const checked = sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());
    const err = checked.findings!.find((f) => f.severity === 'error' && f.cell?.startsWith("'Biểu mẫu 1'!"));
    expect(err?.message).toMatch(/45/);

    // An editor the protection leaves out: marks go on the open cells run by run (the code that used Array.prototype.at).
    env.ss.currentUser = 'colleague@example.com';
    call(context, 'cchcCheck');
    expect(env.app.ui.alerts).toEqual([]);
    env.ss.currentUser = 'staff@example.com';

    call(context, 'cchcGoToCell', err!.cell);
    expect(env.ss.active?.sheet).toBe('Biểu mẫu 1');

    call(context, 'cchcReport');
    expect(env.documents.docs).toHaveLength(0);
    expect(sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent()).lead).toMatch(/^Chưa tạo được báo cáo/);

    put('BM1_2_2', 27);
    // No error left, but most compulsory inputs are empty: no final report, the empty inputs listed with their cells.
    call(context, 'cchcReport');
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.documents.docs).toHaveLength(0);
    const refused = sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());
    expect(refused.lead).toMatch(/^Chưa lập được báo cáo chính thức: còn \d+ chỉ tiêu bắt buộc để trống/);
    expect(refused.findings?.[0]).toMatchObject({ cell: "'Biểu mẫu 1'!D5", message: 'Biểu mẫu 1, dòng 1 “Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)”' });

    // Tạo báo cáo dự thảo: the draft says "chưa có số liệu" and is marked DỰ THẢO.
    call(context, 'cchcReportDraft');
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.documents.docs).toHaveLength(1);
    expect(env.documents.docs[0]!.body.plainText()).toContain('Hòa Phong');
    expect(env.documents.docs[0]!.body.plainText()).toContain('DỰ THẢO');
    expect(env.documents.docs[0]!.body.plainText()).toMatch(/chưa có số liệu/iu);
    expect(env.drive.folder.files.some((f) => f.name.endsWith('.docx'))).toBe(true);

    call(context, 'cchcHelp');
    expect(sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent()).title).toBe('Hướng dẫn');
  });

  it('lays out the test set chosen with CCHC › Bộ biểu mẫu…, and Kiểm tra follows it', () => {
    const env = fakeEnv({ htmlDir: outDir });
    const link = shareAuthoring(env, TEST_SET);
    const context = load(env);
    call(context, 'onOpen');
    expect(env.app.ui.menus[0]!.items.map((i) => i.fn)).toContain('cchcFormSet');
    call(context, 'cchcLayout');
    env.app.ui.answers.push({ text: link, button: 'OK' });
    call(context, 'cchcFormSet');
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.ss.sheets.map((s) => s.name)).toEqual([
      'Thông tin chung', 'Biểu mẫu 1', 'Biểu mẫu 2', 'Biểu mẫu 3', 'Biểu mẫu 4', 'Biểu mẫu 6', 'Biểu mẫu 7', 'Biểu mẫu 8', 'Thuyết minh', CARRIED_SET_SHEET, 'Trang tính1',
    ]);
    expect(env.ss.sheet(CARRIED_SET_SHEET).hidden).toBe(true);
    expect(canonical(readCarriedSet(readNamedValues(env, env.ss).byName))).toBe(canonical(TEST_SET));
    expect(sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent()).formSet).toBe(`Bộ biểu mẫu: ${TEST_SET.name}, phiên bản 1.`);
    const put = (name: string, v: unknown): void => {
      const at = env.ss.nameCell(name)!;
      at.sheet.type(at.a1, v);
    };
    put('BM8_1', 10);
    put('BM7_6_7_1', 5);
    call(context, 'cchcCheck');
    const checked = sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());
    expect(checked.formSet).toBe(`Bộ biểu mẫu: ${TEST_SET.name}, phiên bản 1.`);
    expect(checked.findings!.some((f) => f.severity === 'error' && f.cell?.startsWith("'Biểu mẫu 8'!"))).toBe(true);
  });

  it('runs Tổng hợp end to end in the district copy: its TH sheets read back equal to cchc consolidate --skip-rejected on the same data', async () => {
    const env = fakeEnv({ htmlDir: outDir });
    const n = 6;
    for (let i = 1; i <= n; i++) env.remote.set(communeId(i), i === NO_ACCESS ? 403 : communeSpreadsheet(env.log, communeId(i), dataOf(i)));
    const context = load(env);
    call(context, 'onOpen');
    expect(env.app.ui.menus[0]!.items.map((i) => i.fn)).toEqual(expect.arrayContaining([DISTRICT_FUNCTIONS.consolidate, DISTRICT_FUNCTIONS.report]));
    // The district's copy is the template laid out like any commune's.
    call(context, 'cchcLayout');
    const template = env.ss.sheet('Biểu mẫu 1').computedValues();

    call(context, DISTRICT_FUNCTIONS.consolidate);
    expect(env.app.ui.alerts.at(-1)?.prompt).toBe(GAS_TEXT.district.listCreated);
    fillUnitList(env, Array.from({ length: n }, (_, i) => [`Xã Thử ${i + 1}`, linkOf(communeId(i + 1))] as const));
    call(context, DISTRICT_FUNCTIONS.consolidate);

    const done = sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());
    expect(done.lead).toBe(GAS_TEXT.district.done(n - 2, n));
    expect(done.findings!.map((f) => f.message.split(':')[0])).toEqual([`Xã Thử ${NO_ACCESS}`, `Xã Thử ${OTHER_PERIOD}`]);
    expect(sheetTotals(env.ss)).toEqual(await cliTotals(cliInputs(n)));
    // Beside the copy's own Biểu mẫu sheets, never over them.
    expect(env.ss.sheet('Biểu mẫu 1').computedValues()).toEqual(template);
    expect((call(context, DISTRICT_FUNCTIONS.status) as { lead: string }).lead).toBe(done.lead);

    call(context, DISTRICT_FUNCTIONS.report);
    expect(env.documents.docs).toHaveLength(1);
    expect(env.documents.docs[0]!.body.plainText()).toContain(`Đã tổng hợp số liệu của ${n - 2}/${n} đơn vị`);
    expect(env.app.ui.alerts.filter((a) => a.prompt !== GAS_TEXT.district.listCreated)).toEqual([]);
  }, 120_000);
});
