// LibreOffice headless for the end-to-end tests: found or a clear failure, run with its own throw-away profile, made to recalculate on load.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from '../../helpers/temp-dir';

/** Path of soffice; throws (the test fails, never skips) when LibreOffice is not installed. */
export function sofficePath(): string {
  for (const candidate of ['soffice', 'libreoffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${candidate}`], { encoding: 'utf-8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  throw new Error('LibreOffice (soffice) is not installed: run .ci/run, or apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui');
}

/** The test file's profile, made on its first conversion (Jest loads this module afresh for each test file). */
let profileOfFile: string | null = null;

/**
 * A throw-away user profile where Calc recalculates every formula of an .xlsx on load, whatever the file caches; one a
 * test file, shared by its conversions (a fresh profile costs each start about 1.4 s of first-run setup); removed after
 * the test file (tempDir), when soffice has long exited (execFileSync returns only then).
 */
function recalcProfile(): string {
  if (profileOfFile !== null) return profileOfFile;
  const dir = tempDir('cchc-lo-profile-');
  profileOfFile = dir;
  mkdirSync(join(dir, 'user'), { recursive: true });
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n${item('OOXMLRecalcMode')}\n${item('ODFRecalcMode')}\n</oor:items>\n`,
  );
  return dir;
}

/**
 * Converts the inputs with one LibreOffice run (it starts slowly) to `format` in a fresh folder;
 * returns the converted files' paths in the inputs' order. Input names must differ. The folder is removed
 * after the test file (tempDir).
 */
export function convertWithLibreOffice(inputs: readonly string[], format: string): string[] {
  const soffice = sofficePath();
  const outDir = tempDir('cchc-lo-out-');
  const profile = recalcProfile();
  execFileSync(
    soffice,
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...inputs],
    { stdio: 'pipe', timeout: 300_000 },
  );
  const produced = readdirSync(outDir);
  return inputs.map((input) => {
    const stem = basename(input).replace(/\.[^.]+$/, '');
    const file = produced.find((f) => f.replace(/\.[^.]+$/, '') === stem);
    if (!file) throw new Error(`LibreOffice produced nothing for ${input}`);
    return join(outDir, file);
  });
}
