// End to end: the pane tests share one production build of the add-in while nothing it reads has changed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDIN_STAMP, addinInputsHash, buildAddin } from './helpers/built-addin';
import { ADDIN_DIST } from './helpers/pane-harness';

jest.setTimeout(300_000);

describe('the add-in build shared by the pane tests', () => {
  it('is built once, stamped with the hash of its inputs, and used as it is by the next file', () => {
    buildAddin();
    expect(readFileSync(ADDIN_STAMP, 'utf8')).toBe(addinInputsHash());
    expect(existsSync(join(ADDIN_DIST, 'taskpane.html'))).toBe(true);
    expect(buildAddin()).toBe(false);
  });

  it('counts the URL the build is made for among its inputs', () => {
    const before = addinInputsHash();
    const saved = process.env.ADDIN_URL;
    process.env.ADDIN_URL = 'https://cchc.example.gov.vn/addin/';
    try {
      expect(addinInputsHash()).not.toBe(before);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
    expect(addinInputsHash()).toBe(before);
  });
});
