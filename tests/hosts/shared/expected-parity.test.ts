// The communes expected, counted by one rule (expectedCommunes) in every host: `cchc consolidate --expected-list`, the pane's
// "Các đơn vị phải báo cáo" and the rows of Google Sheets' Danh sách đơn vị. The same communes and the same list give the same
// count expected on the Tổng hợp sheet, and the district's report names the same communes as not reported.
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { ReportData } from '../../../src/core/data/types';
import { GAS_TEXT } from '../../../src/core/i18n/messages';
import { consolidateCommand, districtReportCommand } from '../../../src/hosts/apps-script/district-commands';
import { rasteriseChart } from '../../../src/hosts/cli/charts/chart-png';
import { loadWorkbook } from '../../../src/hosts/cli/xlsx/load-workbook';
import { consolidatePicked } from '../../../src/hosts/pane/consolidate-files';
import type { PickedFile } from '../../../src/hosts/pane/read-input-file';
import { readNamedCells } from '../../../src/hosts/shared/xlsx-named-cells';
import { commune } from '../../core/aggregate/sample-units';
import { sheetTotals } from '../apps-script/district-compare';
import { communeId, communeSpreadsheet, fillUnitList, linkOf } from '../apps-script/fakes/fake-communes';
import { fakeEnv } from '../apps-script/fakes/fake-env';
import { sidebarPayload } from '../apps-script/sidebar-payload';
import { sandbox } from '../cli/cli-harness';

jest.setTimeout(90_000);

/**
 * One row of Danh sách đơn vị: the name typed in column A, and the commune whose spreadsheet its link opens (null: the link
 * opens nothing). The CLI's and the pane's files are named by the row's label, as Sheets names what it read.
 */
interface Row {
  readonly name: string;
  readonly label: string;
  readonly data: ReportData | null;
}

const ROWS: readonly Row[] = [
  // The row names one commune, its spreadsheet another: Hòa Phong has not reported, Tịnh Kỳ is not listed.
  { name: 'Hòa Phong', label: 'Hòa Phong', data: commune({ unit: 'Tịnh Kỳ' }) },
  { name: 'Kim Sơn', label: 'Kim Sơn', data: null },
  { name: 'xã Nghĩa Hành', label: 'xã Nghĩa Hành', data: commune({ unit: 'Nghĩa Hành' }) },
  // A row with a link and no name lists no commune: An Phú is not listed.
  { name: '', label: GAS_TEXT.district.unnamedRow(6), data: commune({ unit: 'An Phú' }) },
  // The same commune twice, its kind once written: listed once; the row whose link opens nothing is not missing (the other reported).
  { name: 'Đức Phổ', label: 'Đức Phổ', data: commune({ unit: 'Đức Phổ' }) },
  { name: 'XÃ ĐỨC PHỔ', label: 'XÃ ĐỨC PHỔ', data: null },
  // A name typed twice: the second row is labelled by its row; its link opens nothing, a file that names no commune.
  { name: 'hòa phong', label: GAS_TEXT.district.repeatedName('hòa phong', 9), data: null },
];
/** The list as the CLI and the pane take it: one name a line, a row without a name a blank line. */
const LIST = ROWS.map((r) => r.name).join('\n');

/** What the report says of who reported: its "Đã tổng hợp số liệu của n/N đơn vị …" paragraph and the one after it (who did not). */
function whoReported(paragraphs: readonly string[]): string | undefined {
  const at = paragraphs.findIndex((p) => p.includes('Đã tổng hợp số liệu của'));
  return at < 0 ? undefined : paragraphs.slice(at, at + 2).join('\n');
}

async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return xml.split('</w:p>').map((p) => p.replace(/<[^>]+>/g, ''));
}

const fileBytes = (r: Row): Uint8Array => new TextEncoder().encode(r.data ? JSON.stringify(r.data) : 'không phải số liệu');

interface Outcome {
  readonly expected: unknown;
  readonly reported: string | undefined;
}

async function viaCli(): Promise<Outcome> {
  const box = sandbox();
  try {
    for (const r of ROWS) writeFileSync(box.path(`${r.label}.json`), fileBytes(r));
    writeFileSync(box.path('ds.txt'), LIST);
    const run = await box.run('consolidate', ...ROWS.map((r) => `${r.label}.json`), '--out', 'th.xlsx', '--report', 'th.docx', '--skip-rejected', '--expected-list', 'ds.txt');
    expect(run.code).toBe(0);
    const values = readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(box.path('th.xlsx'))))).values;
    return { expected: values.TH_SO_DON_VI_PHAI_BAO_CAO, reported: whoReported(await docxParagraphs(new Uint8Array(readFileSync(box.path('th.docx'))))) };
  } finally {
    box.dispose();
  }
}

async function viaPane(): Promise<Outcome> {
  const picked = ROWS.map((r): PickedFile => {
    const bytes = fileBytes(r);
    return { name: `${r.label}.json`, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
  });
  const pane = await consolidatePicked(picked, true, () => undefined, [], [], { expectedList: LIST }, rasteriseChart);
  expect(pane.ok).toBe(true);
  const values = readNamedCells(await loadWorkbook(pane.workbook!.bytes)).values;
  return { expected: values.TH_SO_DON_VI_PHAI_BAO_CAO, reported: whoReported(await docxParagraphs(pane.report!.bytes)) };
}

function viaSheets(): Outcome & { readonly lead: string | undefined } {
  const env = fakeEnv();
  ROWS.forEach((r, i) => {
    if (r.data) env.remote.set(communeId(i + 1), communeSpreadsheet(env.log, communeId(i + 1), r.data));
  });
  consolidateCommand(env, { now: env.clock.now });
  fillUnitList(env, ROWS.map((r, i) => [r.name, linkOf(communeId(i + 1))] as const));
  consolidateCommand(env, { now: env.clock.now });
  const lead = sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent()).lead;
  districtReportCommand(env, () => new Date(Date.UTC(2026, 6, 10, 3, 0)));
  // The first Tổng hợp only made the list's sheet, and said so.
  expect(env.app.ui.alerts.map((a) => a.prompt)).toEqual([GAS_TEXT.district.listCreated]);
  return { expected: sheetTotals(env.ss).TH_SO_DON_VI_PHAI_BAO_CAO, reported: whoReported(env.documents.docs.at(-1)!.body.plainText().split('\n')), lead };
}

describe('the communes expected, in every host', () => {
  it('counts the listed communes once and those the list lacks, and names the listed ones that did not report', async () => {
    const cli = await viaCli();
    // Listed: Hòa Phong, Kim Sơn, Nghĩa Hành, Đức Phổ; not listed: Tịnh Kỳ, An Phú. Reported: 4 of 6.
    expect(cli.expected).toBe(6);
    expect(cli.reported).toContain('4/6 đơn vị');
    expect(cli.reported).toContain('Kim Sơn (không đọc được số liệu)');
    expect(cli.reported).toContain('chưa nhận được số liệu của Hòa Phong; 01 tệp không đọc được.');
    const sheets = viaSheets();
    expect(sheets.lead).toBe(GAS_TEXT.district.done(4, 6));
    expect({ pane: await viaPane(), sheets: { expected: sheets.expected, reported: sheets.reported } }).toEqual({ pane: cli, sheets: cli });
  });
});
