// The built pane with a province's form set, in Debian's headless Chromium: the set shipped with the build (ADDIN_FORMS) listed by name; a workbook laid out with the test set shows its rules' findings and its set, and its downloaded report holds its rows and sentences; a broken set's problems shown at their cells.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { ReportData } from '../../src/core/data/types';
import { parseReportData } from '../../src/core/data/schema';
import { setIdentity } from '../../src/core/forms/builtin';
import { catalogueOf } from '../../src/core/forms/builtin';
import { setLabel } from '../../src/core/forms/choose-form-set';
import { BUILD_TEXT } from '../../src/core/i18n/build';
import { FORMSET_TEXT } from '../../src/core/i18n/form-sets';
import { buildWorkbookPlan } from '../../src/core/layout/build-workbook-plan';
import { authoringWorkbookBytes } from '../../src/hosts/cli/xlsx/write-authoring-workbook';
import { planToWorkbook } from '../../src/hosts/cli/xlsx/write-plan';
import { setLine } from '../../src/hosts/pane/pane-sets';
import { CROSS_RULE, FORM_8, TEST_SET } from '../fixtures/form-sets/test-set';
import { firstLoadGzipBytes, launchChromium, serveStatic } from './helpers/pane-harness';
import { convertWithLibreOffice } from './helpers/libreoffice';
import { tempDir } from '../helpers/temp-dir';
import { buildAddinWithForms } from './helpers/built-addin';

const ROOT = resolve(__dirname, '../..');

jest.setTimeout(300_000);

describe('task pane with a form set (standalone, Chromium)', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: BrowserContext;
  const work = tempDir('cchc-pane-sets-');
  const workbook = join(work, 'xa-thu-nghiem.xlsx');
  // The build with the province's folder, in a folder of its own (dist/addin stays the build the other pane tests share).
  const dist = join(work, 'addin');
  let printed = '';

  beforeAll(async () => {
    // The province's folder: its set as an authoring workbook, shipped with the production build.
    const forms = join(work, 'forms');
    mkdirSync(forms);
    writeFileSync(join(forms, 'bo-bieu-mau-thu-nghiem.xlsx'), await authoringWorkbookBytes(TEST_SET));
    printed = buildAddinWithForms(forms, dist);

    // A commune's workbook laid out with the test set: Biểu mẫu 8 says more files digitised than received (the set's rule across forms).
    const parsed = parseReportData(JSON.parse(readFileSync(join(ROOT, 'examples/xa-hoa-phong.json'), 'utf8')));
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    const { '5': _dropped, ...kept } = parsed.data.forms;
    const data: ReportData = { ...parsed.data, formSet: setIdentity(TEST_SET), forms: { ...kept, '8': { '1': 5000, '1.1': 1200, '3': 1 } } };
    const wb = await planToWorkbook(buildWorkbookPlan(data, catalogueOf(TEST_SET)));
    writeFileSync(workbook, Buffer.from(await wb.xlsx.writeBuffer()));
    server = await serveStatic(dist);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('copies the shipped set into the bundle and keeps the first load within 100 KiB gzipped', () => {
    const copied = join(dist, 'forms/thu-nghiem-1.json');
    expect(existsSync(copied)).toBe(true);
    expect(JSON.parse(readFileSync(copied, 'utf8'))).toMatchObject({ id: 'thu-nghiem', version: 1, name: TEST_SET.name });
    expect(firstLoadGzipBytes(dist).bytes).toBeLessThan(100 * 1024);
    // The build names, in the catalogue's Vietnamese, the set it shipped and where.
    expect(printed).toContain(BUILD_TEXT.shippedForms([BUILD_TEXT.shippedForm('bo-bieu-mau-thu-nghiem.xlsx', 'forms/thu-nghiem-1.json')]));
    expect(printed).toContain('Bộ biểu mẫu đóng gói kèm phần bổ trợ (ADDIN_FORMS): bo-bieu-mau-thu-nghiem.xlsx → forms/thu-nghiem-1.json');
  });

  it('lists the shipped set by name; a workbook of the set shows its set and its rule’s finding; the report holds its rows and sentences', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector('body[data-ready="standalone"]');
    await page.waitForSelector('body[data-shipped-sets="1"]');
    const options = await page.locator('#set-choice option').allTextContents();
    expect(options).toEqual([FORMSET_TEXT.pane.chooseLabel, FORMSET_TEXT.pane.builtinName, setLine(TEST_SET), FORMSET_TEXT.pane.fromFile]);
    expect(await page.locator('#set-line').textContent()).toBe(FORMSET_TEXT.pane.lineUnknown);

    await page.setInputFiles('#file', workbook);
    await page.waitForSelector('body[data-checked="yes"]', { timeout: 60_000 });
    expect(await page.locator('#set-line').textContent()).toBe(setLine(TEST_SET));
    const groups = await page.locator('#findings-list .group h3').allTextContents();
    expect(groups).toContain('Biểu mẫu 8');
    const form8 = (await page.locator('#findings-list .group[data-form="8"]').innerText()).replace(/\s+/g, ' ');
    expect(form8).toContain('5.000');
    expect(form8).toMatch(/'Biểu mẫu 8'!D\d+/);
    expect(CROSS_RULE.severity).toBe('error');

    // One error blocks the report: a draft is built anyway, by the set's rows and sentences.
    await page.check('#draft');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Tạo báo cáo' }).click()]);
    const docx = join(work, 'bao-cao.docx');
    await download.saveAs(docx);
    await page.close();
    const [txt] = convertWithLibreOffice([docx], 'txt:Text (encoded):UTF8');
    const text = readFileSync(txt ?? '', 'utf8').replace(/\s+/g, ' ');
    expect(text).toContain('theo bộ biểu mẫu thử nghiệm');
    // The set's sentence of its new form, and the form itself in the appendix.
    expect(text).toContain('Về chuyển đổi số, UBND xã đã số hóa 5.000 hồ sơ, trong đó 1.200 hồ sơ được tái sử dụng (đạt 24%).');
    expect(text).toContain(FORM_8.rows[0]?.label);
    expect(text).toContain(FORM_8.title);
  });

  it('shows a chosen set’s problems at their cells; choosing the shipped set makes data naming it readable', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector('body[data-shipped-sets="1"]');
    const broken = join(work, 'bo-hong.xlsx');
    writeFileSync(broken, await authoringWorkbookBytes({ ...TEST_SET, rules: [...TEST_SET.rules, { ...CROSS_RULE, against: ['BM7 9.9.9'] }] }));
    await page.setInputFiles('#set-file', broken);
    await page.waitForSelector('body[data-set-chosen="failed"]', { timeout: 60_000 });
    const problems = await page.locator('#set-problems li').allTextContents();
    expect(problems.some((p) => /^'Quy tắc'!\w+\d+: .*9\.9\.9/.test(p))).toBe(true);
    expect(await page.locator('#message').textContent()).toBe(FORMSET_TEXT.pane.problems('bo-hong.xlsx', problems.length));

    await page.selectOption('#set-choice', 'shipped:0');
    await page.waitForSelector('body[data-set-chosen="yes"]');
    expect(await page.locator('#set-problems').isHidden()).toBe(true);
    expect(await page.locator('#message').textContent()).toBe(FORMSET_TEXT.pane.known(setLabel(TEST_SET)));
    await page.close();
  });
});
