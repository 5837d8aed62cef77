// The add-in's production build for the end-to-end tests that load the pane: made once for as many test files as need
// it. A stamp beside the build holds the hash of everything the build reads (the sources, the manifest, webpack's
// configuration, the lock file); a test file whose stamp matches uses the build as it is, any change builds it again.
// A build with the province's forms (ADDIN_FORMS) is another build, made in a folder of its own.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './built-cli';
import { ADDIN_DIST } from './pane-harness';

/** Where the build's stamp is kept: in the build's own folder, so that `rm -rf dist` forgets it too. */
export const ADDIN_STAMP = join(ADDIN_DIST, '.e2e-build-stamp');

/** What the add-in's build reads, besides node_modules (which the lock file stands for). */
const INPUTS = ['src', 'manifest', 'webpack.config.js', 'package.json', 'package-lock.json', 'tsconfig.json'];

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** The hash of every input file's path and bytes, and of the variables the build reads (a different URL is another build). */
export function addinInputsHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => filesUnder(join(ROOT, input)))) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  hash.update(`ADDIN_URL=${process.env.ADDIN_URL ?? ''}`);
  return hash.digest('hex');
}

function stampOf(): string | null {
  try {
    return readFileSync(ADDIN_STAMP, 'utf8');
  } catch {
    return null;
  }
}

/**
 * webpack's persistent cache of the tests' builds (ADDIN_WEBPACK_CACHE, webpack.addin.cjs), beside the builds so that
 * `rm -rf dist` forgets it too: the build with the province's forms takes from the plain build every module and minified
 * chunk they share, and makes the same files it would make alone.
 */
export const ADDIN_WEBPACK_CACHE = join(ROOT, 'dist', 'addin-webpack-cache');

/** Runs the production build; returns what it printed (standard output). */
function webpack(env: NodeJS.ProcessEnv, extra: readonly string[] = []): string {
  return execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production', ...extra], {
    cwd: ROOT,
    stdio: 'pipe',
    encoding: 'utf8',
    env: { ...env, ADDIN_WEBPACK_CACHE },
  });
}

/** The production build, as deployed, in dist/addin: built unless the stamp says this very build is there. Returns whether it built. */
export function buildAddin(): boolean {
  const hash = addinInputsHash();
  if (stampOf() === hash) return false;
  const env = { ...process.env };
  delete env.ADDIN_FORMS;
  // The stamp goes first: a build that fails half-way leaves none, and the next file builds again.
  rmSync(ADDIN_STAMP, { force: true });
  webpack(env);
  writeFileSync(ADDIN_STAMP, hash);
  return true;
}

/**
 * The production build shipping the province's forms found in `forms`, made in `out` (webpack's --output-path, for both
 * of the add-in's compilations): dist/addin and its stamp are left as they are. Returns what the build printed.
 */
export function buildAddinWithForms(forms: string, out: string): string {
  return webpack({ ...process.env, ADDIN_FORMS: forms }, ['--output-path', out]);
}
