// Layout through the fakes of a spreadsheet carrying its form set: the set's sheet hidden by the layout's batch whatever its rows, its named ranges read back whole.
import { CARRIED_SET_SHEET, carriedPartName, readCarriedSet } from '../../../src/core/forms/carried-set';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import type { WorkbookPlan } from '../../../src/core/layout/types';
import { applyWorkbookPlan } from '../../../src/hosts/apps-script/apply-plan';
import { readNamedValues } from '../../../src/hosts/apps-script/read-named-values';
import { CARRIED_TEST_SET, FIRST_PART, planCarrying } from '../../fixtures/carried-plan';
import { fakeEnv, type FakeEnv } from './fakes/fake-env';
import { MAX_CELL_CHARS } from './fakes/fake-spreadsheet';

function laidOut(plan: WorkbookPlan): FakeEnv {
  const env = fakeEnv();
  applyWorkbookPlan(env, env.ss, plan);
  return env;
}

const calls = (env: FakeEnv): string[] => env.log.calls.map((c) => `${c.service}:${c.method}`);

describe('applyWorkbookPlan with the carried form set', () => {
  it('hides the set sheet and no other', () => {
    const env = laidOut(planCarrying());
    expect(env.ss.sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual([CARRIED_SET_SHEET]);
    expect(env.ss.sheet(CARRIED_SET_SHEET).protections).toHaveLength(1);
    // One request of the layout's batch: SheetProperties.hidden.
    const hides = env.ss.apiBatches.flat().filter((r) => r.updateSheetProperties?.fields === 'hidden');
    expect(hides.map((r) => r.updateSheetProperties?.properties?.sheetId)).toEqual([env.ss.sheet(CARRIED_SET_SHEET).id]);
  });

  it('gives readCarriedSet the set back from the named ranges, a part of close to 30,000 characters as text', () => {
    const env = laidOut(planCarrying());
    const { byName, refs } = readNamedValues(env, env.ss);
    expect(refs.CCHC_FORMSET_ID).toBe(`'${CARRIED_SET_SHEET}'!B2`);
    expect(String(byName[carriedPartName(1)])).toHaveLength(FIRST_PART.length);
    expect(readCarriedSet(byName)).toEqual(CARRIED_TEST_SET);
  });

  it('costs a constant number of service calls more than the template alone, however long the set', () => {
    const plain = calls(laidOut(buildWorkbookPlan(null)));
    const carrying = calls(laidOut(planCarrying()));
    // Five parts instead of two: three more rows and names, no more calls.
    const long: FormSetDef = { ...CARRIED_TEST_SET, name: 'Bộ biểu mẫu của tỉnh '.repeat(5_000) };
    const longer = calls(laidOut(planCarrying(long)));
    expect(longer).toEqual(carrying);
    // One sheet's values (its formats, protection and hidden state ride in the layout's one batch).
    const extra = [...carrying];
    for (const c of plain) extra.splice(extra.indexOf(c), 1);
    expect(extra.length).toBe(carrying.length - plain.length);
    expect(extra.filter((c) => c === 'SpreadsheetApp:Range.setValues')).toHaveLength(1);
    expect(extra.length).toBeLessThanOrEqual(4);
  });

  it('hides the sheet again when laid out over a spreadsheet where a person showed it, the set intact', () => {
    const env = laidOut(planCarrying());
    env.ss.sheet(CARRIED_SET_SHEET).show();
    applyWorkbookPlan(env, env.ss, planCarrying());
    expect(env.ss.sheet(CARRIED_SET_SHEET).hidden).toBe(true);
    expect(readCarriedSet(readNamedValues(env, env.ss).byName)).toEqual(CARRIED_TEST_SET);
  });
});

describe('the Sheets fakes', () => {
  it('refuse to hide the last visible sheet', () => {
    const env = fakeEnv();
    const [only] = env.ss.sheets;
    expect(() => only?.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    env.ss.insertSheet('Hai', 1).hideSheet();
    expect(env.ss.sheets.map((s) => s.hidden)).toEqual([false, true]);
  });

  it('take 50,000 characters in a cell and refuse one more', () => {
    const env = fakeEnv();
    const sheet = env.ss.insertSheet('Một', 0);
    sheet.getRange(1, 1, 1, 1).setValues([['ư'.repeat(MAX_CELL_CHARS)]]);
    expect(String(sheet.valueAt('A1'))).toHaveLength(MAX_CELL_CHARS);
    expect(() => sheet.getRange(2, 1, 1, 1).setValues([['x'.repeat(MAX_CELL_CHARS + 1)]])).toThrow('more than the maximum of 50000 characters in a single cell');
  });
});
