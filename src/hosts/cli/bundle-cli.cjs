// `npm run build:cli`, after tsc: bundles the built CLI (dist/cli) into one file per command in dist/cli/bundles, which
// main.js runs from (bundled.ts). A command then reads one file instead of ~90 modules, and V8 can keep its compiled
// code (issue 23). esbuild, not webpack: it bundles tsc's CommonJS as it is (require.resolve, __dirname, lazy require)
// in well under a second, where webpack would rewrite them; it is already installed for tsx.
/* global require, __dirname, console, process */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS build script run by node */
const fs = require('fs');
const path = require('path');

const DIST = path.resolve(__dirname, '../../../dist/cli');
const OUT = path.join(DIST, 'bundles');
const CLI = path.join(DIST, 'hosts/cli');
/** Files the commands start as worker threads, by a path beside their own module (join(__dirname, …)): in a bundle, beside the bundle. */
const WORKERS = ['commands/consolidate-worker.js', 'charts/chart-worker.js'];

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The packages stay where npm put them, loaded when a command needs them, as before.
  packages: 'external',
  outdir: OUT,
  logLevel: 'warning',
  metafile: true,
  // Without tsc's comments and indentation a bundle is about 40% smaller (check: 550 → 400 kB). Every run reads the whole
  // text and hands it to V8 (readFileUtf8 and vm.Script were ≈ 12 ms of a 100 ms check, issue 23), and touching memory is
  // what a start pays most for on a slow machine. Names are kept, so a stack trace still names the function.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
};

/** The export of a command's module that is the command named `name` (the table's `load` names it; we find it). */
function commandExport(name) {
  const file = path.join(CLI, 'commands', `${name}.js`);
  const mod = require(file);
  const key = Object.keys(mod).find((k) => mod[k] && mod[k].name === name && typeof mod[k].run === 'function');
  if (!key) throw new Error(`${file}: no exported command named "${name}"`);
  return { file, key };
}

/**
 * Rewrites a bundle with every non-ASCII character as its \u escape. esbuild escapes them in strings (its charset
 * 'ascii') but keeps them in regular expressions and in tsc's comments (Vietnamese, both), and then Node reads the bundle
 * as two-byte text: decoding it and handing V8 twice the bytes took 3–18 ms of every `cchc check`, by the load of the
 * machine (issue 23). The escape of a UTF-16 unit means the same character in a string, a regular expression (with or
 * without the u flag, where an escaped surrogate pair is one code point) and a comment; an identity escape of the
 * character (`\–` in a regular expression without the u flag) becomes the escape alone, which means the same. Template
 * literals, whose raw text would differ, esbuild has escaped already.
 */
function asciiOnly(file) {
  const text = fs.readFileSync(file, 'utf-8');
  const escaped = text.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes, c) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  if (escaped !== text) fs.writeFileSync(file, escaped);
}

/**
 * Writes a command bundle inside Node's CommonJS wrapper, as bundled.ts compiles it: V8 then gets the file's text as it
 * is, where joining it to the wrapper at each run made a second 630 kB string for V8 to flatten (issue 23: ≈ 2.5 ms of CPU of
 * `cchc check`). Only bundled.ts loads command bundles; the workers' files stay modules Node loads itself.
 */
function wrapped(file) {
  const { WRAPPER_START, WRAPPER_END } = require(path.join(CLI, 'bundled.js'));
  fs.writeFileSync(file, `${WRAPPER_START}${fs.readFileSync(file, 'utf-8')}${WRAPPER_END}`);
}

async function main() {
  // Bundles of an earlier build never outlive it: main.js would run them instead of what tsc just wrote.
  fs.rmSync(OUT, { recursive: true, force: true });
  let esbuild;
  try {
    esbuild = require('esbuild');
    await esbuild.transform(''); // starts its binary, which is where a missing one shows
  } catch (e) {
    // esbuild's binary comes as an optional package for each platform; without it `cchc` still works, from tsc's modules.
    const { CLI_TEXT } = require(path.join(DIST, 'core/i18n/cli.js'));
    console.warn(CLI_TEXT.build.noBundles(e.message.split('\n')[0]));
    return;
  }
  const { COMMANDS } = require(path.join(CLI, 'commands/registry.js'));
  const entries = COMMANDS.map(({ name }) => ({ name, ...commandExport(name) }));
  const virtual = {
    name: 'cchc-command-entries',
    setup(build) {
      build.onResolve({ filter: /^cchc-command:/ }, (args) => ({ path: args.path.slice('cchc-command:'.length), namespace: 'cchc-command' }));
      build.onLoad({ filter: /.*/, namespace: 'cchc-command' }, (args) => {
        const entry = entries.find((e) => e.name === args.path);
        return {
          resolveDir: CLI,
          loader: 'js',
          contents: [
            `const { runMain } = require(${JSON.stringify(path.join(CLI, 'run-main.js'))});`,
            `const { entriesOf } = require(${JSON.stringify(path.join(CLI, 'dispatch.js'))});`,
            `const { ${entry.key}: command } = require(${JSON.stringify(entry.file)});`,
            'exports.run = (argv) => runMain(argv, entriesOf([command]));',
          ].join('\n'),
        };
      });
    },
  };
  const commands = await esbuild.build({
    ...common,
    entryPoints: Object.fromEntries(entries.map((e) => [e.name, `cchc-command:${e.name}`])),
    entryNames: '[name]-[hash]',
    plugins: [virtual],
  });
  const workers = await esbuild.build({
    ...common,
    entryPoints: Object.fromEntries(WORKERS.map((w) => [path.basename(w, '.js'), path.join(CLI, w)])),
    entryNames: '[name]',
  });
  for (const file of fs.readdirSync(OUT)) if (file.endsWith('.js')) asciiOnly(path.join(OUT, file));
  const manifest = { commands: {} };
  for (const [out, meta] of Object.entries(commands.metafile.outputs)) {
    if (!meta.entryPoint) continue;
    manifest.commands[meta.entryPoint.slice('cchc-command:'.length)] = path.basename(out);
    wrapped(path.join(OUT, path.basename(out)));
  }
  for (const { name } of entries) if (!manifest.commands[name]) throw new Error(`no bundle was written for "${name}"`);
  // What each bundle holds, for the tests that pin what a command loads.
  const inputs = (metafile) =>
    Object.fromEntries(Object.entries(metafile.outputs).map(([out, meta]) => [path.basename(out), Object.keys(meta.inputs).map((i) => path.relative(DIST, path.resolve(i)))]));
  fs.writeFileSync(path.join(OUT, 'inputs.json'), JSON.stringify({ ...inputs(commands.metafile), ...inputs(workers.metafile) }, null, 1));
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
