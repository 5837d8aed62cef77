// `cchc upgrade` never loses nor misplaces an entry: a province set's workbook of version 2 that lost a form row's name is repaired by
// its cell's place (version 3 moved no form row, whatever the set); a workbook whose version cell lost its name is judged by the names it has.
import { readFileSync, writeFileSync } from 'node:fs';
import type { ReportData } from '../../../../src/core/data/types';
import { DAMAGE_TEXT } from '../../../../src/core/i18n/messages';
import { SHEET_INFO, TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../../src/core/layout/names';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../../../src/hosts/shared/xlsx-named-cells';
import { TEST_SET } from '../../../fixtures/form-sets/test-set';
import { editWorkbookXml, nameAdded, nameDeleted } from '../../../helpers/damaged-xlsx';
import { SAMPLE, sandbox, type Sandbox } from '../cli-harness';

jest.setTimeout(60_000);

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

const bytesOf = (file: string): Uint8Array => new Uint8Array(readFileSync(box.path(file)));
const write = (file: string, bytes: Uint8Array): string => {
  writeFileSync(box.path(file), bytes);
  return file;
};
async function namedValues(file: string): Promise<Record<string, unknown>> {
  return readNamedCells(await loadWorkbook(bytesOf(file))).values;
}
const edited = (bytes: Uint8Array, ...edits: ((xml: string) => string)[]): Uint8Array => edits.reduce((b, edit) => editWorkbookXml(b, edit), bytes);

/** The sample commune as data of the test set (a province's own set: no Biểu mẫu 5, a Biểu mẫu 8), with its former units. */
function provinceData(): ReportData {
  const base = JSON.parse(readFileSync(SAMPLE, 'utf-8')) as ReportData;
  const { '5': _five, ...forms } = base.forms as Record<string, unknown>;
  return { ...base, forms: { ...forms, '8': { '1': 1000, '1.1': 400, '3': 1 } }, formSet: { id: TEST_SET.id, version: TEST_SET.version } } as ReportData;
}

/**
 * A workbook of the test set as template version 2 laid it out: version 3 added “Đơn vị cũ” (TTC_formerUnits) on row 21 of
 * Thông tin chung, below the recipients, and moved the version cell from row 21 to row 22; nothing else moved (the kept
 * template-v2.xlsx and template-v3.xlsx differ only there). So: row 21 the version cell saying 2, no row 22, no TTC_formerUnits.
 */
async function provinceWorkbookOfVersion2(file: string): Promise<void> {
  writeFileSync(box.path('bo.json'), JSON.stringify(TEST_SET));
  writeFileSync(box.path('d.json'), JSON.stringify(provinceData()));
  expect(await box.run('template', '--out', file, '--data', 'd.json', '--forms', 'bo.json')).toMatchObject({ code: 0, stderr: '' });
  const wb = await loadWorkbook(bytesOf(file));
  const info = wb.getWorksheet(SHEET_INFO)!;
  expect([info.getCell('A22').value, info.getCell('B22').value]).toEqual(['Phiên bản mẫu', TEMPLATE_VERSION]);
  ['A', 'B', 'C'].forEach((col) => {
    info.getCell(`${col}21`).value = info.getCell(`${col}22`).value;
    info.getCell(`${col}22`).value = null;
  });
  info.getCell('B21').value = '2';
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  write(file, edited(bytes, nameDeleted('TTC_formerUnits'), nameDeleted(TEMPLATE_VERSION_NAME), nameAdded(TEMPLATE_VERSION_NAME, `'${SHEET_INFO}'!$B$21`)));
}

describe('cchc upgrade on a province set’s workbook of version 2', () => {
  it('repairs a form row’s name lost on the set’s own Biểu mẫu 8 by its cell’s place (version 3 moved no form row), the value kept', async () => {
    await provinceWorkbookOfVersion2('tinh.xlsx');
    const before = await namedValues('tinh.xlsx');
    expect([before[TEMPLATE_VERSION_NAME], before.BM8_1, before.BM8_1_1]).toEqual(['2', 1000, 400]);
    write('tinh.xlsx', edited(bytesOf('tinh.xlsx'), nameDeleted('BM8_1')));

    const up = await box.run('upgrade', 'tinh.xlsx');
    expect(up.stderr).toBe('');
    expect(up.code).toBe(0);
    expect(up.stdout).toContain(`từ mẫu phiên bản 2 lên phiên bản ${TEMPLATE_VERSION}`);
    expect(up.stdout).toContain(DAMAGE_TEXT.workbookDamaged([], ['BM8_1']));
    const after = await namedValues('tinh.xlsx');
    for (const [name, value] of Object.entries(before)) {
      if (name === TEMPLATE_VERSION_NAME) continue;
      expect({ name, value: after[name] }).toEqual({ name, value });
    }
    expect(after[TEMPLATE_VERSION_NAME]).toBe(TEMPLATE_VERSION);
    // The version 2 cell sat where Đơn vị cũ sits now: its “2” is no entry of the user's.
    expect(after.TTC_formerUnits ?? null).toBeNull();
    expect(after.CCHC_FORMSET_ID).toBe(TEST_SET.id);
    const checked = await box.run('check', 'tinh.xlsx');
    expect(checked.stderr).toBe('');
    expect([0, 1]).toContain(checked.code);
  });
});
