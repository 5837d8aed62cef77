// The Office.js layout of a workbook carrying its form set: the set's sheet hidden within the same three syncs, its named cells read back whole.
import { CARRIED_SET_SHEET, carriedPartName, readCarriedSet } from '../../../src/core/forms/carried-set';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { applyWorkbookPlan, type LayoutDeps } from '../../../src/hosts/excel/apply-plan';
import { CARRIED_TEST_SET, FIRST_PART, planCarrying } from '../../fixtures/carried-plan';
import { cellValue, fakeExcel, findSheet, MAX_CELL_CHARS, newSheet, type FakeState } from './fake-excel';

const plain: LayoutDeps = { buildPlan: () => buildWorkbookPlan(null), readData: () => null, supports: () => true };
const carrying: LayoutDeps = { ...plain, buildPlan: () => planCarrying() };

/** Every defined name's value as Excel holds it: what the pane reads by name. */
function namedValues(state: FakeState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, at] of state.names) out[name] = cellValue(state, at.sheet, at.cell);
  return out;
}

describe('applyWorkbookPlan with the carried form set', () => {
  it('hides the set sheet, keeps every other visible, in as many syncs as without it (its writes all in the last)', async () => {
    const without = fakeExcel();
    await applyWorkbookPlan(without.asExcel, plain);
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, carrying);

    expect(state.syncs).toBe(3);
    expect(state.syncs).toBe(without.state.syncs);
    // A fresh workbook has nothing to read: the look and read syncs queue the same calls.
    expect(state.opsPerSync.slice(0, 2)).toEqual(without.state.opsPerSync.slice(0, 2));
    const template = buildWorkbookPlan(null).sheets.map((s) => s.name);
    expect(state.sheets.map((s) => [s.name, s.visibility])).toEqual([...template.map((n) => [n, 'Visible']), [CARRIED_SET_SHEET, 'Hidden']]);
    expect(findSheet(state, CARRIED_SET_SHEET)?.protected).toBe(true);
    expect(state.active).toBe(template[0]);
    expect(state.names.get('CCHC_FORMSET_ID')).toEqual({ sheet: CARRIED_SET_SHEET, cell: 'B2' });
  });

  it('gives readCarriedSet the set back from the named cells, a part of close to 30,000 characters as text', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, carrying);
    const values = namedValues(state);
    expect(typeof values[carriedPartName(1)]).toBe('string');
    expect(String(values[carriedPartName(1)])).toHaveLength(FIRST_PART.length);
    expect(readCarriedSet(values)).toEqual(CARRIED_TEST_SET);
  });

  it('hides the sheet again when laid out over a workbook where a person showed it, still three syncs', async () => {
    const { state, asExcel } = fakeExcel();
    await applyWorkbookPlan(asExcel, carrying);
    const sheet = findSheet(state, CARRIED_SET_SHEET);
    if (!sheet) throw new Error('no carried sheet');
    sheet.visibility = 'Visible';
    state.active = CARRIED_SET_SHEET;
    const before = state.syncs;
    await applyWorkbookPlan(asExcel, carrying);
    expect(state.syncs - before).toBe(3);
    expect(sheet.visibility).toBe('Hidden');
    expect(state.active).toBe(buildWorkbookPlan(null).sheets[0]?.name);
    expect(readCarriedSet(namedValues(state))).toEqual(CARRIED_TEST_SET);
  });
});

describe('the Office.js double', () => {
  it('refuses to hide the only visible sheet, as Excel does', async () => {
    const { state, context } = fakeExcel();
    state.sheets.push(newSheet('Một'), newSheet('Hai'));
    context.workbook.worksheets.getItem('Một').visibility = 'Hidden';
    await context.sync();
    context.workbook.worksheets.getItem('Hai').visibility = 'Hidden';
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(state.sheets.map((s) => s.visibility)).toEqual(['Hidden', 'Visible']);
  });

  it('takes 32,767 characters in a cell and refuses one more, failing the batch', async () => {
    const { state, context } = fakeExcel();
    state.sheets.push(newSheet('Một'));
    const ws = context.workbook.worksheets.getItem('Một');
    ws.getRange('A1').values = [['ư'.repeat(MAX_CELL_CHARS)]];
    await context.sync();
    expect(cellValue(state, 'Một', 'A1')).toHaveLength(MAX_CELL_CHARS);
    ws.getRange('A2').formulas = [['x'.repeat(MAX_CELL_CHARS + 1)]];
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(cellValue(state, 'Một', 'A2')).toBe('');
  });
});
