// Files picked in the pane: a workbook laid out from the sample, its data file, and files that cannot be used.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import { DAMAGE_TEXT, UI_TEXT } from '../../../src/core/i18n/messages';
import { editWorkbookXml, nameAtRef, nameDeleted, namesRespelled, sheetDeleted, sheetRenamed } from '../../helpers/damaged-xlsx';
import { rasteriseChart } from '../../../src/hosts/cli/charts/chart-png';
import { commune } from '../../core/aggregate/sample-units';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { planToWorkbook } from '../../../src/hosts/cli/xlsx/write-plan';
import ExcelJS from 'exceljs';
import { loadWorkbook } from '../../../src/hosts/cli/xlsx/load-workbook';
import { InputFileError, readInputFile, type PickedFile } from '../../../src/hosts/pane/read-input-file';
import { readXlsxNames } from '../../../src/hosts/pane/read-xlsx-names';
import { loadSetFile } from '../../../src/hosts/pane/load-set-file';
import { consolidatePicked } from '../../../src/hosts/pane/consolidate-files';
import { readNamedCells } from '../../../src/hosts/shared/xlsx-named-cells';
import { TEMPLATE_VERSION } from '../../../src/core/layout/names';
import { KNOWN_TEMPLATE_VERSIONS } from '../../../src/core/layout/template-versions';
import { keptWorkbookPath } from '../../fixtures/versions/kept-workbooks';

const json = readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'));
const parsed = parseReportData(JSON.parse(json.toString('utf8')));
if (!parsed.ok) throw new Error('sample');
const sample = parsed.data;

const picked = (name: string, bytes: Uint8Array): PickedFile => ({
  name,
  arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});

describe('readInputFile', () => {
  it('reads a filled workbook by its names: no errors, the sample data back, cells named', async () => {
    const plan = buildWorkbookPlan({ ...sample, forms: { ...sample.forms, '1': { ...sample.forms['1'], '2.2': 41 } } });
    const wb = await planToWorkbook(plan);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const check = await readInputFile(picked('xa.xlsx', bytes));
    expect(check.data?.meta.unit).toBe('Hòa Phong');
    expect(check.data?.forms['3']?.['3.3.1']).toBe(1234);
    const f = check.result.findings.find((x) => x.rule === 'part-exceeds-whole' && x.form === 1 && x.row === '2.2');
    expect(f?.cell).toMatch(/^'Biểu mẫu 1'!D\d+$/);
    expect(check.result.errors).toBe(1);
  });

  it('reads report data (.json) and checks it', async () => {
    const check = await readInputFile(picked('xa.json', json));
    expect(check.result.errors).toBe(0);
    expect(check.data).toEqual(sample);
  });

  it('refuses other files with a Vietnamese message naming them', async () => {
    await expect(readInputFile(picked('bao-cao.docx', new Uint8Array([1])))).rejects.toThrow(UI_TEXT.unsupportedFile('bao-cao.docx'));
    await expect(readInputFile(picked('hong.json', new TextEncoder().encode('{')))).rejects.toThrow(InputFileError);
    await expect(readInputFile(picked('hong.xlsx', new TextEncoder().encode('không phải zip')))).rejects.toThrow(
      UI_TEXT.unreadableFile('hong.xlsx', UI_TEXT.consolidate.damaged),
    );
  });

  it('refuses a file larger than any workbook by its size, without reading its bytes (a tab holding 1.27 GB would crash)', async () => {
    const huge: PickedFile = {
      name: 'khong-nen.xlsx',
      size: 1_270_000_000,
      arrayBuffer: () => Promise.reject(new Error('read although refused by its size')),
    };
    await expect(readInputFile(huge)).rejects.toThrow(/^Không đọc được tệp khong-nen\.xlsx: Tệp nặng 1211 MiB, quá giới hạn 100 MiB/);
  });
});

describe('the pane and the CLI read a workbook alike', () => {
  it('read a formula whose cached result is 0 as 0 (ExcelJS cell.value drops it), not as empty', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu mẫu 1');
    ws.getCell('B1').value = 5;
    ws.getCell('D8').value = { formula: 'B1-B1', result: 0 };
    ws.getCell('D9').value = { formula: 'B1*2', result: 10 };
    wb.definedNames.add("'Biểu mẫu 1'!$D$8", 'ZERO');
    wb.definedNames.add("'Biểu mẫu 1'!$D$9", 'TEN');
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

    const pane = await readXlsxNames({ size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    const cli = readNamedCells(await loadWorkbook(bytes));
    expect(pane.values).toEqual({ ZERO: 0, TEN: 10 });
    // The light reader gives the sheets and the names it dropped as broken besides (the damage check's): the cells alike.
    expect(cli).toEqual({ values: pane.values, addresses: pane.addresses, formulas: pane.formulas });
    expect({ sheets: pane.sheets, brokenNames: pane.brokenNames }).toEqual({ sheets: ['Biểu mẫu 1'], brokenNames: [] });
    expect(pane.addresses.ZERO).toBe("'Biểu mẫu 1'!D8");
  });
});

describe('a picked file the browser can no longer read', () => {
  // Reading a File fails with a DOMException — NotFoundError when it was deleted since it was picked, NotReadableError
  // for a lock or a permission (https://developer.mozilla.org/docs/Web/API/FileReaderSync/readAsArrayBuffer); its message
  // is the browser's, in English.
  const gone = (name: string): PickedFile => ({
    name,
    arrayBuffer: () => Promise.reject(new DOMException('A requested file or directory could not be found at the time an operation was processed.', 'NotFoundError')),
  });
  const said = (name: string): string => UI_TEXT.unreadableFile(name, UI_TEXT.fileGone);

  it.each(['xa.xlsx', 'xa.json'])('checking %s says so in Vietnamese', async (name) => {
    await expect(readInputFile(gone(name))).rejects.toThrow(new InputFileError(said(name)));
  });

  it.each(['bo.xlsx', 'bo.json'])('loading %s as a form set says so in Vietnamese, not as an Excel/Word error', async (name) => {
    await expect(loadSetFile(gone(name))).rejects.toThrow(new InputFileError(said(name)));
  });

  it.each(['xa.xlsx', 'xa.json'])('consolidating %s rejects it for that reason, not as damaged or not JSON', async (name) => {
    const r = await consolidatePicked([gone(name)], false, () => undefined);
    expect(r.ok).toBe(false);
    expect(r.lines.join('\n')).toContain(UI_TEXT.fileGone);
  });
});

describe('the pane refuses a damaged workbook as Excel and the CLI do', () => {
  const laidOut = async (): Promise<Uint8Array> => new Uint8Array(await (await planToWorkbook(buildWorkbookPlan(sample))).xlsx.writeBuffer());

  it.each<[string, (xml: string) => string, readonly string[], readonly string[], string]>([
    ['a name at #REF!', nameAtRef('BM1_2_1'), [], ['BM1_2_1'], UI_TEXT.damageHint.file.repair],
    ['a name deleted', nameDeleted('BM3_1_1'), [], ['BM3_1_1'], UI_TEXT.damageHint.file.repair],
    ['a sheet renamed', sheetRenamed('Biểu mẫu 4', 'BM bốn'), ['Biểu mẫu 4'], [], UI_TEXT.damageHint.file.repairSheets],
    ['a sheet deleted', sheetDeleted('Biểu mẫu 4'), ['Biểu mẫu 4'], [], UI_TEXT.damageHint.file.repairSheets],
  ])('in its file check: %s, named with the file and how to repair it', async (_label, edit, sheets, names, hint) => {
    const reading = readInputFile(picked('hong.xlsx', editWorkbookXml(await laidOut(), edit)));
    await expect(reading).rejects.toThrow(InputFileError);
    await expect(reading).rejects.toThrow(UI_TEXT.unreadableFile('hong.xlsx', `${DAMAGE_TEXT.workbookDamaged(sheets, names)} ${hint}`));
  });

  it.each<[string, string]>([
    ['1', 'BM3_1_1'],
    ['2', 'TTC_signerForm'],
  ])('in its file check and its Tổng hợp: a workbook of version %s that lost %s (a name its version had), told as older, naming it', async (version, name) => {
    const bytes = editWorkbookXml(new Uint8Array(readFileSync(keptWorkbookPath(version))), nameDeleted(name));
    const said = `${DAMAGE_TEXT.olderTemplate(version, TEMPLATE_VERSION)} ${DAMAGE_TEXT.workbookDamaged([], [name])} ${UI_TEXT.damageHint.file.upgrade}`;
    await expect(readInputFile(picked('cu.xlsx', bytes))).rejects.toThrow(UI_TEXT.unreadableFile('cu.xlsx', said));
    const r = await consolidatePicked([picked('xa.xlsx', await laidOut()), picked('cu.xlsx', bytes)], false, () => undefined);
    expect(r.ok).toBe(false);
    expect(r.workbook).toBeNull();
    expect(r.lines).toContain(UI_TEXT.consolidate.rejectedLine('cu.xlsx', said));
  });

  it('in its file check: the kept workbook of every older version, intact, is read as it is', async () => {
    for (const version of KNOWN_TEMPLATE_VERSIONS) {
      const check = await readInputFile(picked('cu.xlsx', new Uint8Array(readFileSync(keptWorkbookPath(version)))));
      expect(check.data).not.toBeNull();
    }
  });

  it('in its Tổng hợp: rejected with its damage named, never totalled', async () => {
    const good = await laidOut();
    const r = await consolidatePicked([picked('xa.xlsx', good), picked('hong.xlsx', editWorkbookXml(good, nameAtRef('BM1_2_1')))], false, () => undefined);
    expect(r.ok).toBe(false);
    expect(r.workbook).toBeNull();
    expect(r.lines).toContain(UI_TEXT.consolidate.rejectedLine('hong.xlsx', `${DAMAGE_TEXT.workbookDamaged([], ['BM1_2_1'])} ${UI_TEXT.damageHint.file.repair}`));
  });
});

describe('the pane reads a workbook whose names another tool respelled in another case as the untouched one, as Excel does', () => {
  const laidOut = async (): Promise<Uint8Array> => new Uint8Array(await (await planToWorkbook(buildWorkbookPlan(sample))).xlsx.writeBuffer());
  const RESPELLED: readonly [string, (xml: string) => string][] = [
    ['one form row (BM1_2_1 → bm1_2_1)', namesRespelled((n) => n.toLowerCase(), ['BM1_2_1'])],
    ['every name in lower case', namesRespelled((n) => n.toLowerCase())],
  ];

  it.each(RESPELLED)('in its file check, with %s: the same findings and data, BM1_2_1 read as its 40', async (_what, edit) => {
    const good = await laidOut();
    const before = await readInputFile(picked('xa.xlsx', good));
    const after = await readInputFile(picked('xa.xlsx', editWorkbookXml(good, edit)));
    expect(before.data?.forms['1']?.['2.1']).toBe(40);
    expect(after.result).toEqual(before.result);
    expect(after.data).toEqual(before.data);
    expect(after.cellOf?.(1, '2.1')).toEqual(before.cellOf?.(1, '2.1'));
  });

  it.each(RESPELLED)('in its Tổng hợp, with %s: the same totals', async (_what, edit) => {
    const good = await laidOut();
    const other = new TextEncoder().encode(JSON.stringify(commune({ unit: 'Tịnh Kỳ' }, { '1': { '2.1': 10, '2.2': 10 } })));
    const totals = async (bytes: Uint8Array) => {
      const r = await consolidatePicked([picked('xa.xlsx', bytes), picked('tinh-ky.json', other)], false, () => undefined, [], [], {}, rasteriseChart);
      return { ok: r.ok, lines: r.lines, values: r.workbook ? readNamedCells(await loadWorkbook(r.workbook.bytes)).values : null };
    };
    const before = await totals(good);
    expect(before.ok).toBe(true);
    expect(before.values?.TH1_2_1).toBe(50);
    expect(await totals(editWorkbookXml(good, edit))).toEqual(before);
  });
});
