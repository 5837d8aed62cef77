// `ADDIN_FORMS=dir npm run build`'s step: a province's set files (JSON, authoring .xlsx) checked and turned into the JSON the pane lists; any problem stops the build, named at its file and place.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMSET_TEXT } from '../../../src/core/i18n/form-sets';
import { shipFormSets, ShipFormSetsError } from '../../../src/hosts/cli/ship-form-sets';
import { authoringWorkbookBytes } from '../../../src/hosts/cli/xlsx/write-authoring-workbook';
import { CROSS_RULE, TEST_SET } from '../../fixtures/form-sets/test-set';
import { tempDir } from '../../helpers/temp-dir';

jest.setTimeout(60_000);

const folder = (): string => tempDir('cchc-ship-');

describe('shipFormSets', () => {
  it('ships an authoring workbook and a JSON set, in file-name order, each as forms/<id>-<version>.json', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a-thu-nghiem.xlsx'), await authoringWorkbookBytes(TEST_SET));
    writeFileSync(join(dir, 'b-thu-nghiem-2.json'), JSON.stringify({ ...TEST_SET, version: 2 }));
    writeFileSync(join(dir, 'doc-truoc.txt'), 'không phải bộ biểu mẫu');
    const shipped = await shipFormSets(dir);
    expect(shipped.map((s) => [s.file, s.out, s.set.id, s.set.version])).toEqual([
      ['a-thu-nghiem.xlsx', 'forms/thu-nghiem-1.json', 'thu-nghiem', 1],
      ['b-thu-nghiem-2.json', 'forms/thu-nghiem-2.json', 'thu-nghiem', 2],
    ]);
    expect(shipped[0]?.set.forms.map((f) => f.number)).toEqual(TEST_SET.forms.map((f) => f.number));
  });

  it('stops on a set with problems, naming the file and each problem at its sheet and cell; and on a set given twice', async () => {
    const dir = folder();
    const broken = { ...TEST_SET, rules: [...TEST_SET.rules, { ...CROSS_RULE, against: ['BM7 9.9.9'] }] };
    writeFileSync(join(dir, 'hong.xlsx'), await authoringWorkbookBytes(broken));
    writeFileSync(join(dir, 'mot.json'), JSON.stringify(TEST_SET));
    writeFileSync(join(dir, 'hai.json'), JSON.stringify(TEST_SET));
    const error = await shipFormSets(dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ShipFormSetsError);
    const text = (error as Error).message;
    expect(text).toContain('hong.xlsx: 1 vấn đề');
    expect(text).toMatch(/'Quy tắc'!\w+\d+: .*9\.9\.9/);
    expect(text).toContain(FORMSET_TEXT.pane.shipTwice('“thu-nghiem” phiên bản 1', ['hai.json', 'mot.json']));
  });

  it('stops on a folder with no set', async () => {
    await expect(shipFormSets(folder())).rejects.toThrow('không có tệp bộ biểu mẫu nào');
  });
});
