// The manifest: every FunctionName bound with Office.actions.associate, every resid defined, every URL https, the build's URL swap.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { BUILD_TEXT } from '../../../src/core/i18n/build';
import { registerCommands } from '../../../src/hosts/pane/commands';

const ROOT = join(__dirname, '../../..');
const xml = readFileSync(join(ROOT, 'manifest/manifest.xml'), 'utf8');
const tree: unknown = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);

/** Every [key, value] pair anywhere in the parsed tree. */
function walk(node: unknown, out: [string, unknown][] = []): [string, unknown][] {
  if (Array.isArray(node)) node.forEach((n) => walk(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      out.push([k, v]);
      walk(v, out);
    }
  }
  return out;
}
const pairs = walk(tree);
const values = (key: string): string[] => pairs.filter(([k]) => k === key).flatMap(([, v]) => (Array.isArray(v) ? v : [v])).map(String);

/**
 * The add-in's webpack config as webpack loads it, in plain Node (it reads the catalogue through tsx, whose module names
 * Jest's require cannot resolve): its factory run for a production build with `env`, and what it printed; a rejection's
 * message is printed on standard error, exit code 3.
 */
function runConfig(env: object, vars: NodeJS.ProcessEnv): { status: number | null; stdout: string; stderr: string } {
  const script = `require(${JSON.stringify(join(ROOT, 'src/hosts/pane/webpack.addin.cjs'))})(JSON.parse(process.argv[1]), { mode: 'production' }).then(
    () => undefined,
    (e) => { console.error(e.message); process.exitCode = 3; },
  );`;
  const { ADDIN_URL: _url, ADDIN_FORMS: _forms, ...rest } = process.env;
  const r = spawnSync(process.execPath, ['-e', script, JSON.stringify(env)], { cwd: ROOT, encoding: 'utf8', env: { ...rest, ...vars } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('manifest/manifest.xml', () => {
  it('binds every FunctionName with Office.actions.associate', () => {
    const bound: string[] = [];
    registerCommands((name) => bound.push(name), new Promise(() => undefined));
    const names = values('FunctionName');
    expect(names.sort()).toEqual(['cchcCheck', 'cchcGenerate', 'cchcLayout']);
    expect(bound.sort()).toEqual(names);
  });

  it('resolves every resid to a resource', () => {
    const ids = new Set(values('@id'));
    const resids = values('@resid');
    expect(resids.length).toBeGreaterThan(20);
    for (const r of resids) expect(ids).toContain(r);
  });

  it('uses https for every URL and ships the 16/32/80 px icons', () => {
    const urls = [...values('@DefaultValue'), ...values('AppDomain')].filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    const images = pairs.filter(([k]) => k === 'bt:Image').flatMap(([, v]) => (Array.isArray(v) ? v : [v])) as Record<string, string>[];
    const sizes = new Set(images.map((i) => i['@size']).filter(Boolean));
    expect([...sizes].sort()).toEqual(['16', '32', '80']);
    for (const i of images.filter((x) => x['@DefaultValue'])) {
      const file = String(i['@DefaultValue']).replace(/^https:\/\/[^/]+\//, '');
      expect(existsSync(join(ROOT, 'manifest', file))).toBe(true);
    }
  });

  it('points SupportUrl and LearnMoreUrl to the help page, not the pane, and lists no AppDomain (the add-in\'s own origin needs none)', () => {
    // AppDomains lists *other* domains the pane may navigate to; SourceLocation's own domain is trusted without it
    // (https://learn.microsoft.com/javascript/api/manifest/appdomain). SupportUrl: "a URL to a page that provides
    // support information" (https://learn.microsoft.com/javascript/api/manifest/supporturl).
    const app = (tree as { OfficeApp: Record<string, unknown> }).OfficeApp;
    expect(app.AppDomains).toBeUndefined();
    expect(values('AppDomain')).toEqual([]);
    expect((app.SupportUrl as Record<string, string>)['@DefaultValue']).toBe('https://localhost:3000/help.html');
    const urls = pairs.filter(([k]) => k === 'bt:Url').flatMap(([, v]) => (Array.isArray(v) ? v : [v])) as Record<string, string>[];
    const byId = new Map(urls.map((u) => [u['@id'], u['@DefaultValue']]));
    expect(byId.get('Help.Url')).toBe('https://localhost:3000/help.html');
    const learnMore = pairs.filter(([k]) => k === 'LearnMoreUrl').map(([, v]) => (v as Record<string, string>)['@resid']);
    expect(learnMore).toEqual(['Help.Url', 'Help.Url']);
    expect(existsSync(join(ROOT, 'src/hosts/pane/help.html'))).toBe(true);
  });

  it('declares both hosts, the shared runtime and a CCHC tab with Vietnamese labels', () => {
    expect(values('@Name')).toEqual(expect.arrayContaining(['Workbook', 'Document', 'SharedRuntime']));
    expect(values('@lifetime')).toEqual(['long', 'long']);
    const strings = pairs.filter(([k]) => k === 'bt:String').flatMap(([, v]) => (Array.isArray(v) ? v : [v])) as Record<string, string>[];
    const text = new Map(strings.map((s) => [s['@id'], s['@DefaultValue']]));
    expect(text.get('Tab.Label')).toBe('CCHC');
    expect([text.get('Layout.Label'), text.get('Check.Label'), text.get('Generate.Label'), text.get('Pane.Label')]).toEqual([
      'Lập biểu mẫu', 'Kiểm tra', 'Tạo báo cáo', 'Bảng điều khiển',
    ]);
    for (const s of strings) expect(s['@DefaultValue']).toBe(String(s['@DefaultValue']).normalize('NFC'));
    expect(values('@xsi:type')).toEqual(expect.arrayContaining(['ExecuteFunction', 'ShowTaskpane']));
  });

  it('asks for the shared runtime only where the ribbon needs it, so that Office without it still gets the pane', () => {
    // A base-manifest <Requirements> keeps the add-in out of any Office lacking the set (Requirements element,
    // learn.microsoft.com/javascript/api/manifest/requirements); SharedRuntime 1.1 is missing in Word before 2205,
    // Word 2021, Excel 2016/2019 and on iPad (shared-runtime-requirement-sets). Inside <VersionOverrides> it only
    // withholds the ribbon there.
    const app = (tree as { OfficeApp: Record<string, unknown> }).OfficeApp;
    expect(app.Requirements).toBeUndefined();
    const overrides = app.VersionOverrides as Record<string, unknown>;
    // Inside VersionOverrides the sets are in the basic-types namespace (bt:Sets / bt:Set, TaskPaneAppVersionOverridesV1_0.xsd
    // imports them from OfficeAppBasicTypesV1_0.xsd); unprefixed they fail the schema and Office refuses the manifest.
    const requirements = overrides.Requirements as Record<string, unknown>;
    expect(Object.keys(requirements)).toEqual(['bt:Sets']);
    const sets = (requirements['bt:Sets'] as { 'bt:Set': unknown })['bt:Set'] as Record<string, string>;
    expect(sets).toEqual({ '@Name': 'SharedRuntime', '@MinVersion': '1.1' });
    // Schema order of VersionOverrides (TaskPane 1.0): Description?, Requirements?, Hosts, Resources.
    expect(Object.keys(overrides).filter((k) => !k.startsWith('@'))).toEqual(['Requirements', 'Hosts', 'Resources']);
  });

  it('keeps resids within 32 characters, ids within 125, short strings within 125 and long strings within 250', () => {
    for (const r of values('@resid')) expect(r.length).toBeLessThanOrEqual(32);
    for (const id of values('@id')) expect(id.length).toBeLessThanOrEqual(125);
    const res = (tree as { OfficeApp: { VersionOverrides: { Resources: Record<string, { 'bt:String': Record<string, string>[] }> } } })
      .OfficeApp.VersionOverrides.Resources;
    const short = res['bt:ShortStrings']?.['bt:String'] ?? [];
    const long = res['bt:LongStrings']?.['bt:String'] ?? [];
    expect(short.length).toBeGreaterThan(5);
    expect(long.length).toBeGreaterThan(3);
    for (const s of short) expect(String(s['@DefaultValue']).length).toBeLessThanOrEqual(125);
    for (const s of long) expect(String(s['@DefaultValue']).length).toBeLessThanOrEqual(250);
  });

  it('is copied to dist with the production URL in place of localhost', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require('../../../src/hosts/pane/webpack.addin.cjs') as (env: object, argv: object) => Promise<{ plugins: unknown[] }>;
    const config = await factory({ url: 'https://cchc.example.vn/addin' }, { mode: 'production' });
    const copy = config.plugins.find((p) => (p as { constructor: { name: string } }).constructor.name === 'CopyPlugin') as {
      patterns: { from: string; transform?: (c: Buffer) => string }[];
    };
    const pattern = copy.patterns.find((p) => p.from.endsWith('manifest.xml'));
    const out = pattern?.transform?.(Buffer.from(xml)) ?? '';
    expect(out).not.toContain('localhost');
    expect(out).toContain('<SourceLocation DefaultValue="https://cchc.example.vn/addin/taskpane.html"/>');
  });

  it('says in Vietnamese, from the catalogue, what a build without ADDIN_URL is for, and why a plain-http URL stops it', () => {
    const dev = runConfig({}, {});
    expect(dev.status).toBe(0);
    expect(dev.stderr).toBe(`${BUILD_TEXT.devUrl('https://localhost:3000/')}\n`);
    expect(dev.stderr).toBe(
      'dist/manifest.xml trỏ tới https://localhost:3000/ (chưa đặt ADDIN_URL): dùng được khi nạp thử phần bổ trợ trên máy này, không dùng để triển khai (ADDIN_URL=https://…/ npm run build).\n',
    );
    // A production URL: nothing to say.
    expect(runConfig({}, { ADDIN_URL: 'https://cchc.example.vn/addin/' })).toEqual({ status: 0, stdout: '', stderr: '' });
    const insecure = runConfig({ url: 'http://insecure.example' }, {});
    expect(insecure.status).toBe(3);
    expect(insecure.stderr).toBe(`${BUILD_TEXT.urlNotHttps('http://insecure.example')}\n`);
    expect(insecure.stderr).toBe('Địa chỉ của phần bổ trợ (ADDIN_URL) phải bắt đầu bằng https://: http://insecure.example\n');
  });
});
