// End to end (issue 23): the built `cchc` runs each command from its bundle (dist/cli/bundles, bundled.ts) and says and
// writes exactly what the modules as tsc wrote them say and write (CCHC_UNBUNDLED=1); V8's code is kept beside the bundle
// after a real run, one cache for each kind of input, used by the next run, and a cache V8 refuses is written anew.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { CLI_MAIN, ROOT } from './helpers/built-cli';
import { WRAPPER_END, WRAPPER_START } from '../../src/hosts/cli/bundled';
import { tempDir } from '../helpers/temp-dir';

jest.setTimeout(180_000);

const SAMPLE = join(ROOT, 'examples/xa-hoa-phong.json');
const BUNDLES = join(ROOT, 'dist/cli/bundles');

let box: string;
beforeAll(() => {
  box = tempDir('cchc-e2e-bundled-');
  const data = JSON.parse(readFileSync(SAMPLE, 'utf-8')) as { forms: Record<string, Record<string, unknown>> };
  data.forms['1'] = { ...data.forms['1'], '2.1': -5 };
  writeFileSync(join(box, 'loi.json'), JSON.stringify(data));
  const other = JSON.parse(readFileSync(SAMPLE, 'utf-8')) as { meta: Record<string, unknown> };
  writeFileSync(join(box, 'xa-khac.json'), JSON.stringify({ ...other, meta: { ...other.meta, unit: 'Tân Lập', place: 'Tân Lập' } }));
});

function cchc(args: readonly string[], unbundled: boolean): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, CCHC_UNBUNDLED: unbundled ? '1' : '' };
  const r = spawnSync(process.execPath, [CLI_MAIN, ...args], { cwd: box, encoding: 'utf-8', env, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A zip's entries as text, whatever the time stamps its directory carries. */
const entries = (file: string): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(readFileSync(file))).map(([name, bytes]) => [name, name.endsWith('.png') ? String(bytes.length) : strFromU8(bytes)]));

describe('the bundled CLI and the modules as tsc wrote them', () => {
  it('has a bundle for every command', () => {
    const manifest = JSON.parse(readFileSync(join(BUNDLES, 'manifest.json'), 'utf-8')) as { commands: Record<string, string> };
    expect(Object.keys(manifest.commands).sort()).toEqual(['check', 'consolidate', 'demo', 'export', 'forms', 'report', 'template', 'upgrade']);
    for (const file of Object.values(manifest.commands)) {
      expect(existsSync(join(BUNDLES, file))).toBe(true);
      // Written inside the module wrapper, as bundled.ts compiles it: V8 gets the text as read (issue 23).
      const text = readFileSync(join(BUNDLES, file), 'utf-8');
      expect([text.startsWith(WRAPPER_START), text.endsWith(WRAPPER_END)]).toEqual([true, true]);
    }
  });

  it('are ASCII only, so that Node reads them as one-byte text (bundle-cli.cjs escapes the rest; the runs below say the same)', () => {
    const bundles = readdirSync(BUNDLES).filter((f) => f.endsWith('.js'));
    expect(bundles.length).toBeGreaterThan(8);
    for (const file of bundles) {
      const text = readFileSync(join(BUNDLES, file), 'utf-8');
      expect({ file, nonAscii: text.match(/[\u0080-\uffff]/g)?.length ?? 0 }).toEqual({ file, nonAscii: 0 });
    }
  });

  it.each([
    [['template', '--data', SAMPLE, '--out', 'xa.xlsx', '--force']],
    [['check', 'xa.xlsx']],
    [['check', 'xa.xlsx', '--json']],
    [['check', 'loi.json']],
    [['check', 'khong-co.xlsx']],
    [['check', '--khong-co']],
    [['check', '--help']],
    [['export', 'xa.xlsx']],
    [['upgrade', 'xa.xlsx']],
    [['forms', 'export', '--out', 'bo.xlsx', '--force']],
  ])('say the same: cchc %j', (args) => {
    const a = cchc(args, false);
    const b = cchc(args, true);
    expect(a).toEqual(b);
    expect(a.stdout + a.stderr).not.toBe('');
  });

  it('write the same report, workbook and consolidation', () => {
    expect(cchc(['template', '--data', SAMPLE, '--out', 'xa.xlsx', '--force'], false).code).toBe(0);
    for (const [unbundled, tag] of [[false, 'b'], [true, 'u']] as const) {
      expect(cchc(['report', 'xa.xlsx', '--out', `bc-${tag}.docx`], unbundled).code).toBe(0);
      expect(cchc(['consolidate', SAMPLE, 'xa-khac.json', '--out', `th-${tag}.xlsx`, '--report', `th-${tag}.docx`], unbundled).code).toBe(0);
    }
    // Every part the same but the time each file was made (docProps/core.xml).
    const made = (file: string) => ({ ...entries(join(box, file)), 'docProps/core.xml': '' });
    for (const file of ['bc', 'th']) expect(made(`${file}-b.docx`)).toEqual(made(`${file}-u.docx`));
    expect(made('th-b.xlsx')).toEqual(made('th-u.xlsx'));
  });
});

describe('the bundling step without esbuild', () => {
  it('says so in Vietnamese, writes no bundle and leaves cchc running from the modules tsc wrote', () => {
    // A copy of tsc's output with the bundling script beside it where it sits in the repository (src/hosts/cli), so that the
    // run removes and writes only the copy's bundles; esbuild made unloadable as when npm skipped its platform binary.
    const box = tempDir('cchc-no-esbuild-');
    cpSync(join(ROOT, 'dist/cli'), join(box, 'dist/cli'), { recursive: true, filter: (from) => !from.includes(`${join('dist', 'cli', 'bundles')}`) });
    cpSync(join(ROOT, 'src/hosts/cli/bundle-cli.cjs'), join(box, 'src/hosts/cli/bundle-cli.cjs'));
    writeFileSync(
      join(box, 'no-esbuild.cjs'),
      "const M = require('node:module'); const load = M._load; M._load = function (id, ...rest) { if (id === 'esbuild') throw new Error('The package \"@esbuild/linux-x64\" could not be found'); return load.call(this, id, ...rest); };",
    );
    const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules') };
    const r = spawnSync(process.execPath, ['-r', join(box, 'no-esbuild.cjs'), join(box, 'src/hosts/cli/bundle-cli.cjs')], { encoding: 'utf-8', env });
    expect({ code: r.status, stdout: r.stdout }).toEqual({ code: 0, stdout: '' });
    expect(r.stderr).toBe(
      'Không nạp được esbuild (The package "@esbuild/linux-x64" could not be found): không đóng gói các lệnh; cchc vẫn chạy được từ các mô-đun tsc đã biên dịch, chỉ khởi động chậm hơn.\n',
    );
    expect(existsSync(join(box, 'dist/cli/bundles'))).toBe(false);
    const check = spawnSync(process.execPath, [join(box, 'dist/cli/hosts/cli/main.js'), 'check', SAMPLE], { encoding: 'utf-8', env });
    expect({ code: check.status, stderr: check.stderr }).toEqual({ code: 0, stderr: '' });
  });
});

describe("V8's code kept beside a bundle", () => {
  // A copy of the bundles beside the built ones (so that the packages are found as they are from there), run as main.js
  // runs them, so that the cache of the real bundles, which the other tests use, is left alone.
  let copy: string;
  let check: string;
  beforeAll(() => {
    copy = join(ROOT, 'dist/cli', `bundles-e2e-${process.pid}`);
    cpSync(BUNDLES, copy, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf-8')) as { commands: Record<string, string> };
    check = join(copy, manifest.commands.check ?? '');
    for (const file of readdirSync(copy)) if (file.endsWith('.cache')) rmSync(join(copy, file));
    expect(cchc(['template', '--data', SAMPLE, '--out', 'xa.xlsx', '--force'], false).code).toBe(0);
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  const run = (args: readonly string[]) => {
    const script = `require(${JSON.stringify(join(ROOT, 'dist/cli/hosts/cli/bundled.js'))}).runBundled(${JSON.stringify(args)}, ${JSON.stringify(copy)}, {})`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: box, encoding: 'utf-8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('is not written by help or a usage error, is written by a check, one for workbooks and one for JSON, each then used as it is', () => {
    const xlsx = `${check}.xlsx.cache`;
    const json = `${check}.json.cache`;
    expect(run(['check', '--help']).code).toBe(0);
    expect(run(['check', '--khong-co']).code).toBe(2);
    expect(readdirSync(copy).filter((f) => f.endsWith('.cache'))).toEqual([]);
    const first = run(['check', 'xa.xlsx']);
    expect(first.code).toBe(0);
    const kept = readFileSync(xlsx);
    expect(kept.length).toBeGreaterThan(10_000);
    const stamp = statSync(xlsx).mtimeMs;
    expect(existsSync(json)).toBe(false);
    expect(run(['check', 'loi.json'])).toEqual(cchc(['check', 'loi.json'], true));
    expect(readFileSync(json).length).toBeGreaterThan(10_000);
    const jsonStamp = statSync(json).mtimeMs;
    expect(run(['check', 'xa.xlsx'])).toEqual(first);
    expect(run(['check', 'loi.json'])).toEqual(cchc(['check', 'loi.json'], true));
    expect(statSync(xlsx).mtimeMs).toBe(stamp);
    expect(readFileSync(xlsx).equals(kept)).toBe(true);
    expect(statSync(json).mtimeMs).toBe(jsonStamp);
  });

  it('is written anew when V8 refuses it, and the check says the same', () => {
    const xlsx = `${check}.xlsx.cache`;
    writeFileSync(xlsx, 'không phải mã V8');
    const r = run(['check', 'xa.xlsx']);
    expect(r).toEqual(cchc(['check', 'xa.xlsx'], true));
    expect(readFileSync(xlsx).length).toBeGreaterThan(10_000);
  });
});
