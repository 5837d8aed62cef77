// The pane's file check (Kiểm tra tệp) of a workbook in which "Biểu mẫu 1" was copied in Excel: the copy's sheet-scoped names of the same
// text (localSheetId) are not the workbook's; the check reads the original's numbers, and a template name left only as the copy's is missing.
import sample from '../../../examples/xa-hoa-phong.json';
import type { ReportData } from '../../../src/core/data/types';
import { DAMAGE_TEXT, UI_TEXT } from '../../../src/core/i18n/messages';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { planToWorkbook } from '../../../src/hosts/cli/xlsx/write-plan';
import { InputFileError, readInputFile, type PickedFile } from '../../../src/hosts/pane/read-input-file';
import { sheetCopied } from '../../helpers/copied-sheet';

const picked = (name: string, bytes: Uint8Array): PickedFile => ({
  name,
  arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});

let laidOut: Uint8Array;
beforeAll(async () => {
  laidOut = new Uint8Array(await (await planToWorkbook(buildWorkbookPlan(sample as unknown as ReportData))).xlsx.writeBuffer());
});
const copied = (scoped: 'before' | 'after', deleteWorkbookLevel?: readonly string[]): Uint8Array =>
  sheetCopied(laidOut, { sheet: 'Biểu mẫu 1', copy: 'Biểu mẫu 1 (2)', scoped, shift: 1000, deleteWorkbookLevel });

describe.each(['before', 'after'] as const)('the pane’s file check, the copy’s names %s the workbook-level ones', (order) => {
  it('reads the original sheet’s numbers and finds what it finds in the untouched file', async () => {
    const untouched = await readInputFile(picked('xa.xlsx', laidOut));
    const check = await readInputFile(picked('xa.xlsx', copied(order)));
    expect(check.data?.forms['1']?.['2.1']).toBe(40);
    expect(check.data).toEqual(untouched.data);
    expect(check.result.findings).toEqual(untouched.result.findings);
  });

  it('refuses the workbook as damaged when BM1_2_1 is left only as the copy’s, naming it', async () => {
    const reading = readInputFile(picked('hong.xlsx', copied(order, ['BM1_2_1'])));
    await expect(reading).rejects.toThrow(InputFileError);
    await expect(reading).rejects.toThrow(UI_TEXT.unreadableFile('hong.xlsx', `${DAMAGE_TEXT.workbookDamaged([], ['BM1_2_1'])} ${UI_TEXT.damageHint.file.repair}`));
  });
});
