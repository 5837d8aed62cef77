// Header and narrative texts starting with "=", "+", "-" or "@" stay text when Sheets lays out a workbook from report data.
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { applyWorkbookPlan } from '../../../src/hosts/apps-script/apply-plan';
import { FORMULA_LIKE, formulaLikeData } from '../../fixtures/formula-like-data';
import { fakeEnv } from './fakes/fake-env';

describe('Sheets layout of formula-like header and narrative text', () => {
  it('stores each as the same text in a plain-text cell, formats written before values', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, buildWorkbookPlan(formulaLikeData()));
    for (const [name, text] of Object.entries(FORMULA_LIKE)) {
      const at = env.ss.nameCell(name)!;
      const cell = at.sheet.cellAt(at.a1);
      expect({ name, value: at.sheet.valueAt(at.a1), formula: cell?.formula, format: cell?.format }).toEqual({ name, value: text, formula: undefined, format: '@' });
    }
    // A text format only keeps what is written after it: the formats' batch goes before the values.
    const calls = env.log.calls.map((c) => c.method);
    expect(calls.indexOf('Spreadsheets.batchUpdate')).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf('Spreadsheets.batchUpdate')).toBeLessThan(calls.indexOf('Range.setValues'));
  });
});
