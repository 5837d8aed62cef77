// `cchc upgrade` never loses nor misplaces an entry: a province set's workbook of version 2 that lost a form row's name is repaired by
// its cell's place (version 3 moved no form row, whatever the set); a workbook whose version cell lost its name is judged by the names it has.
import { readFileSync, writeFileSync } from 'node:fs';
import type { ReportData } from '../../../../src/core/data/types';
import { CLI_TEXT, DAMAGE_TEXT } from '../../../../src/core/i18n/messages';
import { SHEET_INFO, TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../../src/core/layout/names';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../../../src/hosts/shared/xlsx-named-cells';
import { TEST_SET } from '../../../fixtures/form-sets/test-set';
import { keptWorkbookPath } from '../../../fixtures/versions/kept-workbooks';
import { KNOWN_TEMPLATE_VERSIONS } from '../../../../src/core/layout/template-versions';
import { editWorkbookXml, nameAdded, nameDeleted, sheetDeleted } from '../../../helpers/damaged-xlsx';
import { SAMPLE, expectOneLineError, sandbox, type Sandbox } from '../cli-harness';

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
const keptBytes = (version: string): Uint8Array => new Uint8Array(readFileSync(keptWorkbookPath(version)));
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

describe('cchc upgrade on a workbook whose version cell lost its name (CCHC_TEMPLATE_VERSION)', () => {
  /** Every named value of `file` after `cchc upgrade`, and what it printed. */
  async function upgradedValues(file: string): Promise<{ values: Record<string, unknown>; stdout: string }> {
    const up = await box.run('upgrade', file);
    expect(up.stderr).toBe('');
    expect(up.code).toBe(0);
    return { values: await namedValues(file), stdout: up.stdout };
  }

  it.each<[string, readonly string[]]>([
    ['the version name alone', []],
    ['it and TTC_unit', ['TTC_unit']],
    ['it and BM3_1_1', ['BM3_1_1']],
  ])('repairs today’s kept workbook that lost %s as today’s (told by its names), every entry as the intact file holds it', async (_label, others) => {
    const intact = write('nguyen.xlsx', keptBytes(TEMPLATE_VERSION));
    expect((await box.run('upgrade', intact)).stdout).toBe(CLI_TEXT.upgradeNotNeeded(intact, TEMPLATE_VERSION));
    const expected = await namedValues(intact);
    const lost = [TEMPLATE_VERSION_NAME, ...others];
    const file = write('mat-ten.xlsx', edited(keptBytes(TEMPLATE_VERSION), ...lost.map((n) => nameDeleted(n))));

    const { values, stdout } = await upgradedValues(file);
    expect(stdout).toMatch(/^Đã lập lại biểu mẫu của mat-ten\.xlsx: /);
    expect(stdout).toContain(`Mất tên của ${lost.length} ô`);
    for (const name of lost) expect(stdout).toContain(name);
    expect(Object.keys(values).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, value] of Object.entries(expected)) expect({ name, value: values[name] }).toEqual({ name, value });
  });

  it('upgrades version 1’s kept workbook that lost it as version 1 (its TTC_signerAuthority no later version has), as the intact file upgrades', async () => {
    const intact = write('nguyen.xlsx', keptBytes('1'));
    const expected = (await upgradedValues(intact)).values;
    const file = write('mat-ten.xlsx', edited(keptBytes('1'), nameDeleted(TEMPLATE_VERSION_NAME)));
    const { values, stdout } = await upgradedValues(file);
    expect(stdout).toContain(`từ mẫu phiên bản 1 lên phiên bản ${TEMPLATE_VERSION}`);
    for (const [name, value] of Object.entries(expected)) expect({ name, value: values[name] }).toEqual({ name, value });
  });

  it.each(KNOWN_TEMPLATE_VERSIONS)(
    'claims no version for the kept workbook of version %s that lost Thông tin chung, and with it the version cell (its names leave it 1 to 3, its other sheets alike in each), as check claims none: laid out again, every form entry kept',
    async (version) => {
      // What the intact file holds once upgraded (today's: as it is), less Thông tin chung's: the entries the upgrade keeps.
      const intact = write('nguyen.xlsx', keptBytes(version));
      if (version !== TEMPLATE_VERSION) await upgradedValues(intact);
      const onInfo = (name: string): boolean => name.startsWith('TTC_') || name === TEMPLATE_VERSION_NAME;
      const expected = Object.entries(await namedValues(intact)).filter(([name]) => !onInfo(name));
      const file = write('mat-trang.xlsx', edited(keptBytes(version), sheetDeleted(SHEET_INFO)));
      const lost = DAMAGE_TEXT.workbookDamaged([SHEET_INFO], []);

      // check: damaged, of no version (the way to lay it out again, not to upgrade it).
      const checked = await box.run('check', file);
      expect(checked.stderr).toBe(`${file}: ${lost} ${CLI_TEXT.damageSheetsHint(file)}`);

      const { values, stdout } = await upgradedValues(file);
      const kept = Number(/Giữ nguyên (\d+) ô/.exec(stdout)?.[1]);
      expect(stdout).toBe(CLI_TEXT.repaired(file, lost, kept));
      expect(stdout).not.toMatch(/phiên bản|nâng cấp/);
      expect(kept).toBeGreaterThan(0);
      for (const [name, value] of expected) expect({ name, value: values[name] }).toEqual({ name, value });
      expect(values[TEMPLATE_VERSION_NAME]).toBe(TEMPLATE_VERSION);
    },
  );

  /** The refusal of a workbook the names of which leave it version 2 or 3 (Đơn vị cũ, on Thông tin chung, came with 3). */
  const versionLostLine = (file: string): string =>
    CLI_TEXT.upgradeRefused(file, DAMAGE_TEXT.versionNameLost(TEMPLATE_VERSION_NAME, 'Phiên bản mẫu', SHEET_INFO, '2', TEMPLATE_VERSION, [SHEET_INFO]), [TEMPLATE_VERSION_NAME]);

  it.each<[string, string, readonly string[]]>([
    // Version 2's version cell sits where version 3's Đơn vị cũ does: taken by its place, its “2” would become a former unit.
    ['version 2 that lost it', '2', []],
    // The same names as the one above: taken as version 2, its Đơn vị cũ would be dropped.
    ['today’s that lost it and TTC_formerUnits', TEMPLATE_VERSION, ['TTC_formerUnits']],
    ['version 2 that lost it and TTC_unit', '2', ['TTC_unit']],
  ])('refuses %s (its names say 2 or 3), in Vietnamese, the file untouched', async (_label, version, others) => {
    const file = write('cu.xlsx', edited(keptBytes(version), ...[TEMPLATE_VERSION_NAME, ...others].map((n) => nameDeleted(n))));
    const before = readFileSync(box.path(file));
    const r = await box.run('upgrade', file);
    expectOneLineError(r, [file, TEMPLATE_VERSION_NAME, 'Trình quản lý Tên']);
    expect(r.stderr).toBe(versionLostLine(file));
    expect(r.stderr).toContain('Ô “Phiên bản mẫu” (trang “Thông tin chung”) bị mất tên CCHC_TEMPLATE_VERSION nên không biết sổ tính được lập bằng mẫu phiên bản nào (từ 2 đến 3).');
    expect(readFileSync(box.path(file)).equals(before)).toBe(true);
    expect(box.files()).toEqual([file]);
  });

  it('refuses version 1 that lost it and TTC_year (version 1’s Thông tin chung rows moved since), naming TTC_year only, the file untouched', async () => {
    const file = write('cu.xlsx', edited(keptBytes('1'), nameDeleted(TEMPLATE_VERSION_NAME), nameDeleted('TTC_year')));
    const before = readFileSync(box.path(file));
    const r = await box.run('upgrade', file);
    expectOneLineError(r, [file, 'TTC_year']);
    expect(r.stderr).toBe(CLI_TEXT.upgradeLostMoved(file, '1', [{ sheet: SHEET_INFO, names: ['TTC_year'] }]));
    expect(readFileSync(box.path(file)).equals(before)).toBe(true);
  });
});

describe('cchc upgrade --forms on a damaged workbook (the move carries entries by name only)', () => {
  it('refuses a workbook that lost a form row’s name, the file untouched; repaired by cchc upgrade first, it moves with that entry', async () => {
    writeFileSync(box.path('bo.json'), JSON.stringify(TEST_SET));
    writeFileSync(box.path('bo2.json'), JSON.stringify({ ...TEST_SET, version: TEST_SET.version + 1 }));
    writeFileSync(box.path('d.json'), JSON.stringify(provinceData()));
    expect(await box.run('template', '--out', 'a.xlsx', '--data', 'd.json', '--forms', 'bo.json')).toMatchObject({ code: 0, stderr: '' });
    const typed = (await namedValues('a.xlsx')).BM1_2_1;
    expect(typed).toEqual(expect.any(Number));
    write('a.xlsx', edited(bytesOf('a.xlsx'), nameDeleted('BM1_2_1')));
    const before = readFileSync(box.path('a.xlsx'));

    const refused = await box.run('upgrade', 'a.xlsx', '--forms', 'bo2.json');
    expectOneLineError(refused, ['a.xlsx', 'BM1_2_1', 'cchc upgrade a.xlsx']);
    expect(refused.stderr).toBe(CLI_TEXT.upgradeFormsDamaged('a.xlsx', DAMAGE_TEXT.workbookDamaged([], ['BM1_2_1'])));
    expect(readFileSync(box.path('a.xlsx')).equals(before)).toBe(true);

    expect((await box.run('upgrade', 'a.xlsx')).code).toBe(0);
    const moved = await box.run('upgrade', 'a.xlsx', '--forms', 'bo2.json');
    expect(moved).toMatchObject({ code: 0, stderr: '' });
    const after = await namedValues('a.xlsx');
    expect([after.BM1_2_1, Number(after.CCHC_FORMSET_VERSION)]).toEqual([typed, TEST_SET.version + 1]);
  });
});
