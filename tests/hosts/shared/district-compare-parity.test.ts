// The district report compared with the same period last year says the same whichever host makes it: `cchc consolidate --report
// --compare` over this year's and last year's files, and Google Sheets' Báo cáo tổng hợp with last year's office spreadsheet chosen
// (its TH sheets written by last year's Tổng hợp over the same communes).
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { ReportData } from '../../../src/core/data/types';
import { consolidateCommand, districtReportCommand, officeLastYearCommand } from '../../../src/hosts/apps-script/commands';
import { buildCatalogue, type FormCatalogue } from '../../../src/core/forms/build-catalogue';
import { setIdentity } from '../../../src/core/forms/builtin';
import { asTestSetData, TEST_CATALOGUE, TEST_SET, TEST_SET_V2 } from '../../fixtures/form-sets/test-set';
import { sandbox, type Sandbox } from '../cli/cli-harness';
import { LAST_YEAR_OFFICE_ID, lastYearDataOf, lastYearOffice, withSet } from '../apps-script/district-compare';
import { communeData, communeId, communeSpreadsheet, fillUnitList, linkOf } from '../apps-script/fakes/fake-communes';
import { fakeEnv, type FakeEnv } from '../apps-script/fakes/fake-env';
import { FakeParagraph, FakeTable, type FakeBody } from '../apps-script/fakes/fake-document';
import type { FakeSpreadsheet } from '../apps-script/fakes/fake-spreadsheet';

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Every paragraph's text of a .docx's body, table cells' included, in order; empty ones left out. */
async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const body = xml.slice(xml.indexOf('<w:body>'));
  return [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((m) =>
      [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
        .map((t) => (t[0] === '<w:br/>' ? '\n' : (t[1] ?? '')))
        .join('')
        .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e] ?? ''),
    )
    .filter((t) => t !== '');
}

/** The rule under the subject, which the Doc draws with these characters and the .docx as a paragraph border (report-views). */
const RULE_LINE = /^\u2500+$/;

/** The same of a Google Doc: its paragraphs and its tables' cells, a soft line break read as one, the rule left out. */
function docParagraphs(body: FakeBody): string[] {
  const texts = body.children.flatMap((c) =>
    c instanceof FakeParagraph ? [c.text] : c instanceof FakeTable ? c.rows.flat().flatMap((cell) => cell.paragraphs.map((p) => p.text)) : [],
  );
  return texts.map((t) => t.split('\u000B').join('\n')).filter((t) => t !== '' && !RULE_LINE.test(t));
}

// This year: four communes, their counts 2, 3, 1, 2 times the sample's; last year three of them at the sample's, fewer on time, fewer online.
const THIS_YEAR = 4;
const LAST_YEAR = 3;
const thisYear = (i: number): ReportData => communeData(`Thử ${i}`, 1 + (i % 3));
const label = (i: number): string => `Xã Thử ${i}`;

/** The office's Tổng hợp over this year's communes, run once to create Danh sách đơn vị and once more with it filled. */
function consolidated(env: FakeEnv, data: (i: number) => ReportData, catalogue?: FormCatalogue): void {
  for (let i = 1; i <= THIS_YEAR; i++) env.remote.set(communeId(i), communeSpreadsheet(env.log, communeId(i), data(i), catalogue));
  consolidateCommand(env, { now: env.clock.now });
  fillUnitList(env, Array.from({ length: THIS_YEAR }, (_, i) => [label(i + 1), linkOf(communeId(i + 1))] as const));
  consolidateCommand(env, { now: env.clock.now });
}

/** Chọn bảng tổng hợp cùng kỳ năm trước… with last year's spreadsheet, then Báo cáo tổng hợp (no alert): the Doc's paragraphs. */
function reportWithLastYear(env: FakeEnv, lastYear: FakeSpreadsheet): string[] {
  env.app.others.set(LAST_YEAR_OFFICE_ID, lastYear);
  env.app.ui.answers.push({ text: linkOf(LAST_YEAR_OFFICE_ID), button: 'OK' });
  officeLastYearCommand(env);
  districtReportCommand(env, () => new Date(Date.UTC(2026, 6, 10, 3, 0)));
  expect(env.app.ui.alerts).toEqual([]);
  return docParagraphs(env.documents.docs.at(-1)!.body);
}

/** The report's paragraphs that compare a row with last year's. */
const compared = (texts: readonly string[]): string[] => texts.filter((t) => t.includes('so với cùng kỳ năm 2025') || t.includes('bằng cùng kỳ năm 2025'));

/** `cchc consolidate` of `files` in `box` compared with `previous`, Danh sách đơn vị's names the communes expected (as in Sheets): the report's paragraphs. */
async function cliReport(box: Sandbox, files: readonly string[], previous: readonly string[], options: readonly string[] = []): Promise<string[]> {
  writeFileSync(box.path('ds.txt'), Array.from({ length: THIS_YEAR }, (_, i) => label(i + 1)).join('\n'));
  const r = await box.run('consolidate', ...files, '--out', 'th.xlsx', '--report', 'th.docx', ...options, '--expected-list', 'ds.txt', '--compare', ...previous);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return docxParagraphs(new Uint8Array(readFileSync(box.path('th.docx'))));
}

describe('the district report compared with the same period last year', () => {
  it('reads the same in cchc consolidate --report --compare and in Sheets’ Báo cáo tổng hợp with last year’s spreadsheet', async () => {
    const env = fakeEnv();
    consolidated(env, thisYear);
    // The first Tổng hợp said it created Danh sách đơn vị; nothing else is to be said.
    env.app.ui.alerts.shift();
    const doc = reportWithLastYear(env, lastYearOffice(LAST_YEAR).ss);

    const box = sandbox();
    let cli: string[];
    try {
      const write = (file: string, data: ReportData): string => {
        writeFileSync(box.path(file), JSON.stringify(data));
        return file;
      };
      const files = Array.from({ length: THIS_YEAR }, (_, i) => write(`don-vi-${i + 1}.json`, thisYear(i + 1)));
      const previous = Array.from({ length: LAST_YEAR }, (_, i) => write(`don-vi-${i + 1}-2025.json`, lastYearDataOf(i + 1)));
      cli = await cliReport(box, files, previous);
    } finally {
      box.dispose();
    }

    // The three sentences of the compared rows: files settled (per cent) and on time (points), disbursed (a ratio the same as
    // last year's), received and online (points).
    expect(compared(cli)).toHaveLength(3);
    expect(compared(cli).join('\n')).toMatch(/tăng [\d,]+% so với cùng kỳ năm 2025/);
    expect(compared(cli).join('\n')).toMatch(/tăng [\d,]+ điểm phần trăm so với cùng kỳ năm 2025/);
    expect(compared(doc)).toEqual(compared(cli));
    // And the whole report besides.
    expect(doc).toEqual(cli);
  }, 60_000);

  it('reads the same when this year follows version 2 of a province’s set and last year followed version 1 (compared by row key)', async () => {
    const FORM_8 = { '1': 100, '1.1': 40, '3': 1 };
    const v2 = (d: ReportData): ReportData => ({ ...asTestSetData(d, FORM_8), formSet: setIdentity(TEST_SET_V2) });
    const v1 = (d: ReportData): ReportData => ({ ...asTestSetData(d, FORM_8), formSet: setIdentity(TEST_SET) });
    const env = fakeEnv();
    withSet(TEST_SET_V2)(env);
    const catalogue = buildCatalogue(TEST_SET_V2);
    consolidated(env, (i) => v2(thisYear(i)), catalogue);
    env.app.ui.alerts.length = 0;
    const doc = reportWithLastYear(env, lastYearOffice(LAST_YEAR, (i) => v1(lastYearDataOf(i)), TEST_CATALOGUE, withSet(TEST_SET)).ss);

    const box = sandbox();
    let cli: string[];
    try {
      const write = (file: string, data: unknown): string => {
        writeFileSync(box.path(file), JSON.stringify(data));
        return file;
      };
      write('v1.json', TEST_SET);
      write('v2.json', TEST_SET_V2);
      const files = Array.from({ length: THIS_YEAR }, (_, i) => write(`don-vi-${i + 1}.json`, v2(thisYear(i + 1))));
      // Last year's files are workbooks of version 1 (they carry it); this year's command knows version 2 only.
      const previous: string[] = [];
      for (let i = 1; i <= LAST_YEAR; i++) {
        write(`don-vi-${i}-2025.json`, v1(lastYearDataOf(i)));
        const made = await box.run('template', '--out', `don-vi-${i}-2025.xlsx`, '--data', `don-vi-${i}-2025.json`, '--forms', 'v1.json');
        expect({ code: made.code, stderr: made.stderr }).toEqual({ code: 0, stderr: '' });
        previous.push(`don-vi-${i}-2025.xlsx`);
      }
      cli = await cliReport(box, files, previous, ['--forms', 'v2.json']);
    } finally {
      box.dispose();
    }

    expect(compared(cli).join('\n')).toMatch(/tăng [\d,]+ điểm phần trăm so với cùng kỳ năm 2025/);
    // Version 2 compares Biểu mẫu 7's files received no more: its sentence compares the ratio only.
    expect(cli.find((t) => t.includes('hồ sơ trực tuyến'))).toMatch(/^Các đơn vị đã tiếp nhận [\d.]+ hồ sơ thủ tục hành chính, trong đó .*so với cùng kỳ năm 2025/);
    expect(compared(doc)).toEqual(compared(cli));
    expect(doc).toEqual(cli);
  }, 120_000);
});
