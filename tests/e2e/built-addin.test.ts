// End to end: the pane tests share one production build of the add-in while nothing it reads has changed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

  it('ships ExcelJS’s browser build as its authors minified it (minifying it again was half the build) and minifies every other chunk', () => {
    buildAddin();
    const shipped = readFileSync(require.resolve('exceljs/dist/exceljs.min.js'), 'utf8');
    const js = readdirSync(ADDIN_DIST).filter((f) => f.endsWith('.js'));
    const xlsx = js.filter((f) => f.startsWith('xlsx.'));
    expect(xlsx).toHaveLength(1);
    const chunk = readFileSync(join(ADDIN_DIST, xlsx[0] ?? ''), 'utf8');
    // Stretches of the file as shipped (its start webpack rewrites, knowing `typeof exports`), which terser would rename.
    const stretch = (at: number) => shipped.slice(Math.floor(shipped.length * at), Math.floor(shipped.length * at) + 2000);
    expect([0.25, 0.5, 0.75].filter((at) => !chunk.includes(stretch(at)))).toEqual([]);
    expect(chunk.includes('/*! ExcelJS ')).toBe(true);
    for (const file of js) {
      const text = readFileSync(join(ADDIN_DIST, file), 'utf8');
      // The line naming ExcelJS's source map, which is not shipped, is dropped.
      expect([file, text.includes('sourceMappingURL')]).toEqual([file, false]);
      // webpack's unminified module markers: only in the chunk left as shipped.
      if (file !== xlsx[0]) expect([file, text.includes('/***/')]).toEqual([file, false]);
    }
  });
});
