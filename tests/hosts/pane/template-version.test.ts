// The pane (and the standalone page) reading a picked workbook: an older template version is read, a newer one refused with the reader's Vietnamese sentence.
import { readFileSync } from 'node:fs';
import { TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../src/core/layout/names';
import { FIRST_TEMPLATE_VERSION } from '../../../src/core/layout/template-versions';
import { InputFileError, readInputFile, type PickedFile } from '../../../src/hosts/pane/read-input-file';
import { keptWorkbook, keptWorkbookPath } from '../../fixtures/versions/kept-workbooks';

jest.setTimeout(30_000);

const picked = (name: string, bytes: Uint8Array): PickedFile => ({
  name,
  arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});

describe('readInputFile and the template version', () => {
  it('reads the kept version-1 workbook (an older version is read as it is)', async () => {
    const check = await readInputFile(picked('cu.xlsx', new Uint8Array(readFileSync(keptWorkbookPath(FIRST_TEMPLATE_VERSION)))));
    expect(check.data?.meta.unit).toBe('Tân Lập');
    expect(check.data?.meta.signer).toEqual({ authority: 'KT. ỦY BAN NHÂN DÂN', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thị Lan' });
  });

  it('refuses a workbook of a newer version, naming the file and both versions', async () => {
    const wb = await keptWorkbook(TEMPLATE_VERSION);
    const ref = wb.definedNames.model.find((n) => n.name === TEMPLATE_VERSION_NAME)?.ranges[0] ?? '';
    const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
    if (!m) throw new Error('no version cell');
    const newer = String(Number(TEMPLATE_VERSION) + 1);
    wb.getWorksheet(m[1]!)!.getCell(`${m[2]}${m[3]}`).value = newer;
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    const reading = readInputFile(picked('moi.xlsx', bytes));

    await expect(reading).rejects.toThrow(InputFileError);
    await expect(reading).rejects.toThrow(/moi\.xlsx/);
    await expect(reading).rejects.toThrow(`phiên bản ${newer}, mới hơn phiên bản ${TEMPLATE_VERSION}`);
  });
});
