// Jest's node environment, plus the removal of every folder tests/helpers/temp-dir.ts made for the test file.
// Environment teardown runs once the file's tests and every afterAll hook are done, passed or failed; an
// afterAll in a setupFilesAfterEnv file would not do: jest-circus runs afterAll hooks in the order they were
// declared, so it would remove a Chromium profile before the test file's own afterAll closed the browser.
import { TestEnvironment } from 'jest-environment-node';
import { removeTempDirs, TEMP_DIRS } from './temp-dir';

class TempDirEnvironment extends TestEnvironment {
  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    this.global[TEMP_DIRS] = [];
  }

  override async teardown(): Promise<void> {
    const dirs = this.global[TEMP_DIRS];
    const failed = Array.isArray(dirs) ? removeTempDirs(dirs as string[]) : [];
    await super.teardown();
    // A folder left behind fails the file, rather than piling up unseen in the temp folder.
    if (failed.length > 0) throw new Error(`Temp folders not removed:\n${failed.join('\n')}`);
  }
}

export = TempDirEnvironment;
