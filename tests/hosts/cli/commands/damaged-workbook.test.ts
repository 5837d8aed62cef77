// A damaged workbook (a name at #REF! or deleted, a sheet renamed or deleted) read by the light reader and refused by every command as Excel's
// Kiểm tra refuses it: one Vietnamese line naming the file and what it lacks, exit 2, nothing written; consolidation rejects it, never totals it;
// `cchc upgrade` lays a damaged workbook of today's version out again, keeping its entries.
import { readFileSync, writeFileSync } from 'node:fs';
import { CLI_TEXT, DAMAGE_TEXT, READ_TEXT } from '../../../../src/core/i18n/messages';
import { TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../../src/core/layout/names';
import { FIRST_TEMPLATE_VERSION, KNOWN_TEMPLATE_VERSIONS } from '../../../../src/core/layout/template-versions';
import { readXlsxNamedCells } from '../../../../src/hosts/shared/read-xlsx-named-cells';
import { zlibInflate } from '../../../../src/hosts/cli/xlsx/zlib-inflate';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { keptWorkbookPath } from '../../../fixtures/versions/kept-workbooks';
import { editWorkbookXml, nameAtRef, nameDeleted, sheetDeleted, sheetRenamed, sheetRenamedInFile } from '../../../helpers/damaged-xlsx';
import { expectOneLineError, laidOutSample, sandbox, type Sandbox } from '../cli-harness';

jest.setTimeout(60_000);

let box: Sandbox;
let laidOut: Uint8Array;
beforeAll(async () => {
  laidOut = await laidOutSample();
});
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

const write = (file: string, bytes: Uint8Array): string => {
  writeFileSync(box.path(file), bytes);
  return file;
};
const damaged = (file: string, edit: (xml: string) => string): string => write(file, editWorkbookXml(laidOut, edit));
const keptBytes = (version: string): Uint8Array => new Uint8Array(readFileSync(keptWorkbookPath(version)));
/** Every version before today's: each has its kept workbook. */
const OLDER = KNOWN_TEMPLATE_VERSIONS.filter((v) => v !== TEMPLATE_VERSION);
/**
 * How every command refuses a damaged workbook of an older version: older, what it lacks (and, for a name lost on
 * version 1's Thông tin chung, whose rows moved since, that upgrading would lose its entry), and `cchc upgrade`.
 */
function olderLine(file: string, version: string, sheets: readonly string[], names: readonly string[]): string {
  const moved = version === '1' && names.some((n) => n.startsWith('TTC_')) ? [DAMAGE_TEXT.lostWhereMoved('1', ['Thông tin chung'])] : [];
  const said = [DAMAGE_TEXT.olderTemplate(version, TEMPLATE_VERSION), DAMAGE_TEXT.workbookDamaged(sheets, names), ...moved, CLI_TEXT.damageUpgradeHint(file)];
  return CLI_TEXT.notTemplate(file, said.join(' '));
}
const read = (bytes: Uint8Array) => readXlsxNamedCells(bytes, zlibInflate);

describe('the .xlsx reader reports what it dropped as broken, and the sheets there are', () => {
  it('reports nothing broken in a workbook as laid out, and every sheet', () => {
    const named = read(laidOut);
    expect(named.brokenNames).toEqual([]);
    expect(named.sheets).toEqual(['Thông tin chung', 'Biểu mẫu 1', 'Biểu mẫu 2', 'Biểu mẫu 3', 'Biểu mẫu 4', 'Biểu mẫu 5', 'Biểu mẫu 6', 'Biểu mẫu 7', 'Thuyết minh']);
  });

  it('reports a name at #REF! as broken, not as a value', () => {
    const named = read(editWorkbookXml(laidOut, nameAtRef('BM1_2_1')));
    expect(named.brokenNames).toEqual(['BM1_2_1']);
    expect('BM1_2_1' in named.values).toBe(false);
  });

  it('does not report a name deleted (it is simply not there)', () => {
    const named = read(editWorkbookXml(laidOut, nameDeleted('BM1_2_1')));
    expect(named.brokenNames).toEqual([]);
    expect('BM1_2_1' in named.values).toBe(false);
  });

  it('reports the names into a sheet renamed in the file as broken, and the sheet by its new name', () => {
    const named = read(editWorkbookXml(laidOut, sheetRenamedInFile('Biểu mẫu 2', 'BM hai')));
    expect(named.sheets).toContain('BM hai');
    expect(named.sheets).not.toContain('Biểu mẫu 2');
    expect(named.brokenNames.length).toBeGreaterThan(0);
    expect(named.brokenNames.every((n) => /^(BM2_|GC2_)/.test(n))).toBe(true);
  });

  it('keeps the names of a sheet Excel renamed (they follow it), and reports those of a sheet deleted (#REF!$D$6) as broken', () => {
    const renamed = read(editWorkbookXml(laidOut, sheetRenamed('Biểu mẫu 2', 'BM hai')));
    expect(renamed.brokenNames).toEqual([]);
    expect(renamed.addresses.BM2_1_1).toMatch(/^'BM hai'!D\d+$/);
    const deleted = read(editWorkbookXml(laidOut, sheetDeleted('Biểu mẫu 2')));
    expect(deleted.sheets).not.toContain('Biểu mẫu 2');
    expect(deleted.brokenNames).toContain('BM2_1_1');
  });
});

describe('every command refuses a damaged workbook, naming the file and what it lacks (exit 2)', () => {
  const cases: readonly [string, (xml: string) => string, readonly string[], readonly string[]][] = [
    ['a name at #REF!', nameAtRef('BM1_2_1'), [], ['BM1_2_1']],
    ['a name deleted', nameDeleted('BM1_2_1'), [], ['BM1_2_1']],
    ['a sheet renamed in the file', sheetRenamedInFile('Biểu mẫu 2', 'BM hai'), ['Biểu mẫu 2'], []],
    ['a sheet renamed by Excel', sheetRenamed('Biểu mẫu 2', 'BM hai'), ['Biểu mẫu 2'], []],
    ['a sheet deleted', sheetDeleted('Biểu mẫu 2'), ['Biểu mẫu 2'], []],
  ];

  it.each(cases)('check, check --json, export and report refuse %s', async (_label, edit, sheets, names) => {
    const file = damaged('hong.xlsx', edit);
    const hint = sheets.length > 0 ? CLI_TEXT.damageSheetsHint(file) : CLI_TEXT.damageRepairHint(file);
    const line = CLI_TEXT.notTemplate(file, `${DAMAGE_TEXT.workbookDamaged(sheets, names)} ${hint}`);
    for (const argv of [['check', file], ['check', file, '--json'], ['export', file, '--out', 'du-lieu.json'], ['report', file, '--out', 'bao-cao.docx', '--draft']]) {
      const r = await box.run(...argv);
      expectOneLineError(r, [file]);
      expect(r.stderr).toBe(line);
    }
    // Nothing written.
    expect(box.files()).toEqual(['hong.xlsx']);
  });

  it('tells an older version that lost a sheet as older, naming the sheet, with the command that upgrades it', async () => {
    const file = write('cu.xlsx', editWorkbookXml(keptBytes(FIRST_TEMPLATE_VERSION), sheetDeleted('Biểu mẫu 2')));
    const r = await box.run('check', file);
    expectOneLineError(r, [file]);
    expect(r.stderr).toBe(olderLine(file, FIRST_TEMPLATE_VERSION, ['Biểu mẫu 2'], []));
  });

  it.each(OLDER)('still reads the kept workbook of version %s as it is, where it only lacks the names later versions added', async (version) => {
    const r = await box.run('check', write('cu.xlsx', keptBytes(version)));
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
  });

  it.each(OLDER.flatMap((v) => ['BM3_1_1', 'TTC_year', v === '1' ? 'TTC_signerAuthority' : 'TTC_signerForm'].map((name) => [v, name] as const)))(
    'check, check --json, export and report refuse version %s with %s deleted (a name its own version had), told as older and naming it',
    async (version, name) => {
      const file = write('cu.xlsx', editWorkbookXml(keptBytes(version), nameDeleted(name)));
      for (const argv of [['check', file], ['check', file, '--json'], ['export', file, '--out', 'du-lieu.json'], ['report', file, '--out', 'bao-cao.docx', '--draft']]) {
        const r = await box.run(...argv);
        expectOneLineError(r, [file]);
        expect(r.stderr).toBe(olderLine(file, version, [], [name]));
      }
      expect(box.files()).toEqual(['cu.xlsx']);
    },
  );

  it('refuses a damaged workbook of a newer version as newer, and one of no template as not ours', async () => {
    const newer = String(Number(TEMPLATE_VERSION) + 1);
    const wb = await loadWorkbook(laidOut);
    const at = read(laidOut).addresses[TEMPLATE_VERSION_NAME] ?? '';
    const m = /^'(.+)'!([A-Z]+\d+)$/.exec(at);
    if (!m) throw new Error(`no version cell: ${at}`);
    wb.getWorksheet(m[1]!)!.getCell(m[2]!).value = newer;
    const file = write('moi.xlsx', editWorkbookXml(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), nameAtRef('BM1_2_1')));
    const r = await box.run('check', file);
    expectOneLineError(r, [file]);
    expect(r.stderr).toBe(CLI_TEXT.notTemplate(file, READ_TEXT.newerTemplate(newer, TEMPLATE_VERSION)));

    const foreign = write('khac.xlsx', editWorkbookXml(laidOut, (xml) => xml.replace(/<definedNames>[\s\S]*<\/definedNames>/, '')));
    const other = await box.run('check', foreign);
    expectOneLineError(other, [foreign]);
    expect(other.stderr).toBe(CLI_TEXT.notTemplate(foreign, READ_TEXT.notTemplate));
  });
});

describe('cchc consolidate rejects a damaged commune file, never totals it', () => {
  it('names it with its damage among the rejected (exit 1), and writes nothing', async () => {
    write('xa.xlsx', laidOut);
    const file = damaged('hong.xlsx', nameAtRef('BM1_2_1'));
    const r = await box.run('consolidate', 'xa.xlsx', file, '--out', 'tong-hop.xlsx');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain(`${DAMAGE_TEXT.workbookDamaged([], ['BM1_2_1'])} ${CLI_TEXT.damageRepairHint(file)}`);
    expect(box.files()).toEqual(['hong.xlsx', 'xa.xlsx']);
  });

  it('rejects an older commune file that lost a name its version had, never totalling the district without its number', async () => {
    write('xa.xlsx', laidOut);
    const file = write('cu.xlsx', editWorkbookXml(keptBytes('2'), nameDeleted('BM3_1_1')));
    const r = await box.run('consolidate', 'xa.xlsx', file, '--out', 'tong-hop.xlsx');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain(`${DAMAGE_TEXT.olderTemplate('2', TEMPLATE_VERSION)} ${DAMAGE_TEXT.workbookDamaged([], ['BM3_1_1'])} ${CLI_TEXT.damageUpgradeHint(file)}`);
    expect(box.files()).toEqual(['cu.xlsx', 'xa.xlsx']);
  });

  it('is 2 when the damaged file is the only one (no file readable)', async () => {
    const r = await box.run('consolidate', damaged('hong.xlsx', sheetDeleted('Biểu mẫu 2')), '--out', 'tong-hop.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(DAMAGE_TEXT.workbookDamaged(['Biểu mẫu 2'], []));
  });
});

describe('cchc upgrade lays a damaged workbook of today’s version out again, as Lập biểu mẫu does', () => {
  it.each<[string, (xml: string) => string]>([
    ['a name at #REF! (its cell still holds 40)', nameAtRef('BM1_2_1')],
    ['a name deleted', nameDeleted('BM1_2_1')],
  ])('repairs %s, keeping every entry, so that check passes again', async (_label, edit) => {
    const file = damaged('hong.xlsx', edit);
    const up = await box.run('upgrade', file);
    expect(up.stderr).toBe('');
    expect(up.code).toBe(0);
    expect(up.stdout).toContain(DAMAGE_TEXT.workbookDamaged([], ['BM1_2_1']));
    const repaired = read(new Uint8Array(readFileSync(box.path(file))));
    expect(repaired.brokenNames).toEqual([]);
    expect(repaired.values).toEqual(read(laidOut).values);
    expect((await box.run('check', file)).code).toBe(0);
    // Once repaired, nothing to do.
    expect((await box.run('upgrade', file)).stdout).toBe(CLI_TEXT.upgradeNotNeeded(file, TEMPLATE_VERSION));
  });

  it('lays a deleted sheet out again (its entries are gone with it); a renamed one is refused as a sheet of its own, the file untouched', async () => {
    const deleted = damaged('xoa.xlsx', sheetDeleted('Biểu mẫu 2'));
    const up = await box.run('upgrade', deleted);
    expect(up.code).toBe(0);
    expect(read(new Uint8Array(readFileSync(box.path(deleted)))).sheets).toContain('Biểu mẫu 2');
    expect((await box.run('check', deleted)).stderr).not.toContain(DAMAGE_TEXT.workbookDamaged(['Biểu mẫu 2'], []));

    const renamed = damaged('doi-ten.xlsx', sheetRenamed('Biểu mẫu 2', 'BM hai'));
    const before = readFileSync(box.path(renamed));
    const refused = await box.run('upgrade', renamed);
    expectOneLineError(refused, [renamed, 'BM hai']);
    expect(readFileSync(box.path(renamed)).equals(before)).toBe(true);
  });
});

describe('cchc upgrade on a damaged workbook of an older version', () => {
  const valuesOf = (file: string) => read(new Uint8Array(readFileSync(box.path(file)))).values;

  it.each<[string, string]>([
    ['2', 'BM3_1_1'],
    ['2', 'TTC_year'],
    ['1', 'BM3_1_1'],
    ['1', 'TM_I_1'],
  ])('upgrades version %s that lost %s and lays it out again, the entry taken from its cell’s place (kept since), so that check passes', async (version, name) => {
    const original = read(keptBytes(version)).values;
    expect(original[name]).not.toBeNull();
    const file = write('cu.xlsx', editWorkbookXml(keptBytes(version), nameDeleted(name)));
    const up = await box.run('upgrade', file);
    expect(up.stderr).toBe('');
    expect(up.code).toBe(0);
    expect(up.stdout).toMatch(/^Đã nâng cấp cu\.xlsx từ mẫu phiên bản \d lên phiên bản \d và lập lại biểu mẫu: /);
    expect(up.stdout).toContain(`từ mẫu phiên bản ${version} lên phiên bản ${TEMPLATE_VERSION}`);
    expect(up.stdout).toContain(DAMAGE_TEXT.workbookDamaged([], [name]));
    const after = valuesOf(file);
    expect(after[name]).toEqual(original[name]);
    expect(after[TEMPLATE_VERSION_NAME]).toBe(TEMPLATE_VERSION);
    const checked = await box.run('check', file);
    expect(checked.stderr).toBe('');
    expect([0, 1]).toContain(checked.code);
  });

  it.each<[string]>([['TTC_year'], ['TTC_signerAuthority']])(
    'refuses version 1 that lost %s on Thông tin chung (its rows moved since), saying so in Vietnamese, the file untouched',
    async (name) => {
      const file = write('cu.xlsx', editWorkbookXml(keptBytes(FIRST_TEMPLATE_VERSION), nameDeleted(name)));
      const before = readFileSync(box.path(file));
      const r = await box.run('upgrade', file);
      expectOneLineError(r, [file, name]);
      expect(r.stderr).toBe(CLI_TEXT.upgradeLostMoved(file, FIRST_TEMPLATE_VERSION, [{ sheet: 'Thông tin chung', names: [name] }]));
      expect(readFileSync(box.path(file)).equals(before)).toBe(true);
      expect(box.files()).toEqual(['cu.xlsx']);
    },
  );

  it('upgrades an intact older version as before, saying nothing of damage', async () => {
    const file = write('cu.xlsx', keptBytes('2'));
    const up = await box.run('upgrade', file);
    expect(up.code).toBe(0);
    expect(up.stdout).toMatch(new RegExp(`^Đã nâng cấp cu\\.xlsx từ mẫu phiên bản 2 lên phiên bản ${TEMPLATE_VERSION}; giữ nguyên \\d+ ô số liệu đã nhập\\.$`));
  });
});
