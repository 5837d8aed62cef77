// A command run from its bundle (issue 23): which argument finds a bundle, a bundle loaded as Node loads a module, and
// V8's compiled code kept beside it, used by the next run, refused and written anew when it is not V8's own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUNDLE_MANIFEST, bundleFor, cacheFileOf, inputKind, loadBundle, runBundled, UNOPTIMIZED_COMMANDS, WRAPPER_END, WRAPPER_START, writeWhole } from '../../../src/hosts/cli/bundled';
import { tempDir } from '../../helpers/temp-dir';

const BUNDLED = resolve(__dirname, '../../../src/hosts/cli/bundled.ts');

function bundlesWith(manifest: unknown, files: Record<string, string> = {}): string {
  const dir = tempDir('cchc-bundles-');
  writeFileSync(join(dir, BUNDLE_MANIFEST), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('the bundle a command line runs from', () => {
  const dir = bundlesWith({ commands: { check: 'check-ABC123.js', report: '../report.js', demo: 'sub/demo.js', export: 42 } });

  it('is the bundle the manifest names for the first argument', () => {
    expect(bundleFor(['check', 'a.xlsx'], dir, {})).toBe(join(dir, 'check-ABC123.js'));
  });

  it('is none for what the whole command table answers: no command, help, an unknown command', () => {
    expect(bundleFor([], dir, {})).toBeUndefined();
    expect(bundleFor(['--help'], dir, {})).toBeUndefined();
    expect(bundleFor(['help', 'check'], dir, {})).toBeUndefined();
    expect(bundleFor(['chek', 'a.xlsx'], dir, {})).toBeUndefined();
  });

  it('is none for names of the object itself, paths and non-strings in the manifest', () => {
    expect(bundleFor(['constructor'], dir, {})).toBeUndefined();
    expect(bundleFor(['__proto__'], dir, {})).toBeUndefined();
    expect(bundleFor(['toString'], dir, {})).toBeUndefined();
    expect(bundleFor(['report'], dir, {})).toBeUndefined();
    expect(bundleFor(['demo'], dir, {})).toBeUndefined();
    expect(bundleFor(['export'], dir, {})).toBeUndefined();
  });

  it('is none when CCHC_UNBUNDLED is set, and without bundles or with a broken manifest', () => {
    expect(bundleFor(['check'], dir, { CCHC_UNBUNDLED: '1' })).toBeUndefined();
    expect(bundleFor(['check'], join(dir, 'khong-co'), {})).toBeUndefined();
    expect(bundleFor(['check'], bundlesWith('{"commands": {"check": "check.js"'), {})).toBeUndefined();
    expect(bundleFor(['check'], bundlesWith({ commands: null }), {})).toBeUndefined();
  });
});

describe('the kind of input a run reads, which picks its cache', () => {
  it('is the first file named .xlsx or .json after the command, whatever its case; else other', () => {
    expect(inputKind(['check', 'xa.xlsx'])).toBe('xlsx');
    expect(inputKind(['check', 'XA.XLSX', '--previous', 'truoc.json'])).toBe('xlsx');
    expect(inputKind(['report', 'xa.json', '--out', 'bc.docx'])).toBe('json');
    expect(inputKind(['template', '--data', 'd.json', '--out', 'xa.xlsx'])).toBe('json');
    expect(inputKind(['forms', 'check', 'bo.xlsx'])).toBe('xlsx');
    expect(inputKind(['demo'])).toBe('other');
    expect(inputKind(['check', '--help'])).toBe('other');
    expect(inputKind(['xlsx.json'])).toBe('other');
  });
});

describe('a command run from its bundle', () => {
  it('is left to the whole command table when its bundle is gone or cut short', () => {
    const dir = bundlesWith({ commands: { check: 'check-1.js', export: 'export-1.js' } }, { 'export-1.js': 'exports.run = (argv) => { throw new Error(' });
    expect(runBundled(['check', 'a.xlsx'], dir, {})).toBe(false);
    expect(runBundled(['export', 'a.xlsx'], dir, {})).toBe(false);
    expect(existsSync(cacheFileOf(join(dir, 'export-1.js')))).toBe(false);
  });

  it("runs the bundle's command with the whole command line", () => {
    const dir = bundlesWith({ commands: { check: 'check-2.js' } });
    // The bundle runs in Node's own context, not the test's: it tells what it got through a file.
    writeFileSync(join(dir, 'check-2.js'), `exports.run = (argv) => { require('node:fs').writeFileSync(${JSON.stringify(join(dir, 'ran.json'))}, JSON.stringify(argv)); return Promise.resolve(0); };`);
    expect(runBundled(['check', 'a.xlsx', '--json'], dir, {})).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'ran.json'), 'utf-8'))).toEqual(['check', 'a.xlsx', '--json']);
  });
});

describe("the tiers of V8's compilers a bundled command runs in", () => {
  // A hot function in a command's bundle, run until TurboFan has compiled it or for at most a second (V8's own
  // %GetOptimizationStatus, bit 4: optimized by TurboFan); the bundle writes what it saw to a file.
  const HOT = (out: string) =>
    [
      'exports.run = () => {',
      '  const hot = (n) => { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; };',
      '  const start = Date.now(); let optimized = false;',
      '  while (!optimized && Date.now() - start < 1000) { hot(100000); optimized = (%GetOptimizationStatus(hot) & 16) !== 0; }',
      `  require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(optimized));`,
      '  return Promise.resolve(0);',
      '};',
    ].join('\n');
  const optimizedIn = (command: string): boolean => {
    const dir = tempDir('cchc-tiers-');
    const out = join(dir, 'optimized.json');
    writeFileSync(join(dir, BUNDLE_MANIFEST), JSON.stringify({ commands: { [command]: `${command}-1.js` } }));
    writeFileSync(join(dir, `${command}-1.js`), HOT(out));
    const script = `require(${JSON.stringify(BUNDLED)}).runBundled([${JSON.stringify(command)}, 'a.xlsx'], ${JSON.stringify(dir)}, {});`;
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '-e', script], { encoding: 'utf-8' });
    expect(r.stderr).toBe('');
    return JSON.parse(readFileSync(out, 'utf-8')) as boolean;
  };

  /**
   * Whether this Node lowers V8's top tier when told after start (v8.setFlagsFromString, as runBundled does): Node 20 and
   * 22 do; Node 24 (V8 13.6) keeps every tier however it is told after start, so there `cchc check` runs as the others do.
   */
  const lowersAfterStart = (): boolean => {
    const probe = [
      "require('node:v8').setFlagsFromString('--max-opt=1');",
      'const hot = (n) => { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; };',
      'const start = Date.now(); let optimized = false;',
      'while (!optimized && Date.now() - start < 1000) { hot(100000); optimized = (%GetOptimizationStatus(hot) & 16) !== 0; }',
      'process.stdout.write(String(!optimized));',
    ].join('\n');
    return spawnSync(process.execPath, ['--allow-natives-syntax', '-e', probe], { encoding: 'utf-8' }).stdout === 'true';
  };

  it('are the interpreter and the baseline compiler for `cchc check`, over before TurboFan pays, and every tier for the others', () => {
    expect(UNOPTIMIZED_COMMANDS).toEqual(new Set(['check']));
    const lowers = lowersAfterStart();
    // The Node the project is tested on (package.json engines, .ci/run) is one that does.
    if (Number(process.versions.node.split('.')[0]) <= 22) expect(lowers).toBe(true);
    expect(optimizedIn('check')).toBe(!lowers);
    expect(optimizedIn('report')).toBe(true);
  });
});

describe('a bundle loaded with V8 code kept beside it', () => {
  const MODULE = [
    "const { join } = require('node:path');",
    'exports.where = join(__dirname, "x") + "|" + __filename;',
    'exports.self = this === module.exports;',
    'exports.square = (n) => n * n;',
    'exports.words = "Kiểm tra số liệu";',
  ].join('\n');

  it('runs as a CommonJS module: its own require, __filename, __dirname and this', () => {
    const dir = bundlesWith({ commands: {} }, { 'm-1.js': MODULE });
    const file = join(dir, 'm-1.js');
    const got = loadBundle(file).exports as { where: string; self: boolean; square(n: number): number; words: string };
    expect(got.where).toBe(`${join(dir, 'x')}|${file}`);
    expect(got.self).toBe(true);
    expect(got.square(12)).toBe(144);
    expect(got.words).toBe('Kiểm tra số liệu');
  });

  it('runs a bundle written inside the module wrapper already (as bundle-cli.cjs writes them) as the same module', () => {
    const dir = bundlesWith({ commands: {} }, { 'w-1.js': `${WRAPPER_START}${MODULE}${WRAPPER_END}` });
    const file = join(dir, 'w-1.js');
    const got = loadBundle(file).exports as { where: string; self: boolean; square(n: number): number; words: string };
    expect(got.where).toBe(`${join(dir, 'x')}|${file}`);
    expect(got.self).toBe(true);
    expect(got.square(12)).toBe(144);
    expect(got.words).toBe('Kiểm tra số liệu');
  });

  // Each load in its own process, as each `cchc` run is: within one process V8 serves a script it compiled before from
  // memory and never looks at the cache given.
  const loadInChild = (file: string): { fromCache: boolean; square: number } => {
    const script = `const { loadBundle } = require(${JSON.stringify(BUNDLED)}); const b = loadBundle(${JSON.stringify(file)});
      console.log(JSON.stringify({ fromCache: b.fromCache, square: b.exports.square(9) })); b.keep();`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf-8' });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as { fromCache: boolean; square: number };
  };

  it('keeps V8 code after a first run, which the next runs use; one V8 refuses is written anew', () => {
    const dir = bundlesWith({ commands: {} }, { 'm-2.js': MODULE });
    const file = join(dir, 'm-2.js');
    expect(loadInChild(file)).toEqual({ fromCache: false, square: 81 });
    const kept = readFileSync(cacheFileOf(file));
    expect(kept.length).toBeGreaterThan(100);
    expect(loadInChild(file)).toEqual({ fromCache: true, square: 81 });
    expect(readFileSync(cacheFileOf(file)).equals(kept)).toBe(true);
    writeFileSync(cacheFileOf(file), 'not V8');
    expect(loadInChild(file)).toEqual({ fromCache: false, square: 81 });
    expect(loadInChild(file)).toEqual({ fromCache: true, square: 81 });
    expect(readdirSync(dir).sort()).toEqual(['m-2.js', 'm-2.js.other.cache', BUNDLE_MANIFEST]);
  });

  // V8 checks a cache against the source's length, its own version and flags, not the text: a bundle's name carries a
  // hash of its text (bundle-cli.cjs), so that a cache is only ever beside the bundle it was made from.
  it('refuses a cache kept for a bundle of another length, and runs the bundle it was given', () => {
    const dir = bundlesWith({ commands: {} }, { 'a.js': 'exports.n = 1;', 'b.js': 'exports.n = 22 + 20 * 1000;' });
    const a = loadBundle(join(dir, 'a.js'));
    a.keep();
    writeFileSync(cacheFileOf(join(dir, 'b.js')), readFileSync(cacheFileOf(join(dir, 'a.js'))));
    const b = loadBundle(join(dir, 'b.js'));
    expect(b.fromCache).toBe(false);
    expect((b.exports as { n: number }).n).toBe(20022);
  });
});

describe('a cache written whole or not at all', () => {
  it('replaces the file by renaming, leaving no temporary file', () => {
    const dir = tempDir('cchc-whole-');
    const path = join(dir, 'x.cache');
    writeWhole(path, new Uint8Array([1, 2, 3]));
    writeWhole(path, new Uint8Array([4, 5]));
    expect([...readFileSync(path)]).toEqual([4, 5]);
    expect(readdirSync(dir)).toEqual(['x.cache']);
  });

  it('is no error in a folder it cannot write, and leaves nothing there', () => {
    const dir = tempDir('cchc-whole-');
    const notAFolder = join(dir, 'tep');
    writeFileSync(notAFolder, 'x');
    expect(() => writeWhole(join(notAFolder, 'x.cache'), new Uint8Array([1]))).not.toThrow();
    const folder = join(dir, 'cache-is-a-folder');
    mkdirSync(folder);
    expect(() => writeWhole(folder, new Uint8Array([1]))).not.toThrow();
    expect(existsSync(join(dir, `cache-is-a-folder.${process.pid}.tmp`))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['cache-is-a-folder', 'tep']);
  });
});
