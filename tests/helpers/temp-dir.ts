// Temp folders for the tests: each made under the system temp folder and recorded, so that it is removed
// after the test file has run, passed or failed (by tests/helpers/temp-dir-environment.ts under Jest; at
// process exit for a script such as `npm run bench:pane`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Key of the list of recorded folders on the test file's global object (the environment creates it). */
export const TEMP_DIRS = '__cchcTempDirs';

type WithTempDirs = { [TEMP_DIRS]?: string[] };

/** The list this file's folders are recorded in; outside Jest a list of the process, emptied at exit. */
function recorded(): string[] {
  const g = globalThis as WithTempDirs;
  let dirs = g[TEMP_DIRS];
  if (!dirs) {
    const own: string[] = [];
    g[TEMP_DIRS] = dirs = own;
    process.once('exit', () => {
      const failed = removeTempDirs(own);
      if (failed.length > 0) process.stderr.write(`${failed.join('\n')}\n`);
    });
  }
  return dirs;
}

/** A fresh folder `<system temp>/<prefix>XXXXXX`, removed with everything in it after this test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  recorded().push(dir);
  return dir;
}

/**
 * Removes `dirs` and empties the list; returns one line per folder that could not be removed (an empty list:
 * all gone). Retries, as a process that just exited (Chromium, LibreOffice) may still be letting go of files.
 */
export function removeTempDirs(dirs: string[]): string[] {
  const failed: string[] = [];
  for (const dir of dirs.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch (e) {
      failed.push(`${dir}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return failed;
}
