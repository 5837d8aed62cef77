// Google Sheets: "Chọn báo cáo cùng kỳ năm trước…" remembers last year's spreadsheet; Kiểm tra adds the warnings across periods, Tạo báo cáo the comparisons; a link that does not fit gets one Vietnamese alert.
import * as fs from 'fs';
import * as path from 'path';
import type { ReportData } from '../../../src/core/data/types';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { applyWorkbookPlan } from '../../../src/hosts/apps-script/apply-plan';
import { checkCommand, previousCommand, reportCommand } from '../../../src/hosts/apps-script/commands';
import { spreadsheetIdOf } from '../../../src/hosts/apps-script/commune-link';
import { PREVIOUS_PROPERTY } from '../../../src/hosts/apps-script/previous-report';
import { fakeEnv, type FakeEnv } from './fakes/fake-env';
import { sidebarPayload } from './sidebar-payload';

const EXAMPLE: ReportData = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8'));
const LAST_YEAR_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz_2025-H1';
const LINK = `https://docs.google.com/spreadsheets/d/${LAST_YEAR_ID}/edit#gid=0`;

/** A spreadsheet laid out and filled with `data`, as another environment (its own calls, its own id). */
function sheetOf(data: ReportData, spreadsheetId = 'ss-1'): FakeEnv {
  const env = fakeEnv({ spreadsheetId });
  applyWorkbookPlan(env, env.ss, buildWorkbookPlan(data));
  return env;
}

/** This year's spreadsheet (the sample, H1 2026) with last year's one openable by the user. */
function withLastYear(last: ReportData): { env: FakeEnv; previous: FakeEnv } {
  const env = sheetOf(EXAMPLE);
  const previous = sheetOf(last, LAST_YEAR_ID);
  env.app.others.set(LAST_YEAR_ID, previous.ss);
  return { env, previous };
}

const lastYear = (meta: Partial<ReportData['meta']> = {}, forms: ReportData['forms'] = {}): ReportData => ({
  ...EXAMPLE,
  meta: { ...EXAMPLE.meta, year: 2025, ...meta },
  forms: { ...EXAMPLE.forms, ...Object.fromEntries(Object.entries(forms).map(([k, v]) => [k, { ...EXAMPLE.forms[k as '1'], ...v }])) },
});

function choose(env: FakeEnv, text: string, button: 'OK' | 'CANCEL' = 'OK'): void {
  env.app.ui.answers.push({ text, button });
  previousCommand(env);
}

describe('the link of last year\'s spreadsheet', () => {
  it('takes a link or a bare id, and nothing else', () => {
    expect(spreadsheetIdOf(LINK)).toBe(LAST_YEAR_ID);
    expect(spreadsheetIdOf(` ${LAST_YEAR_ID} `)).toBe(LAST_YEAR_ID);
    expect(spreadsheetIdOf('https://example.com/x')).toBeNull();
    expect(spreadsheetIdOf('báo cáo năm ngoái')).toBeNull();
  });

  it('is asked for, read once to check it is a report, and remembered in the document properties', () => {
    const { env, previous } = withLastYear(lastYear());
    previous.log.reset();
    choose(env, LINK);
    expect(env.app.ui.prompts).toHaveLength(1);
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.properties.get(PREVIOUS_PROPERTY)).toBe(LAST_YEAR_ID);
    expect(env.ss.toasts.at(-1)).toMatch(/xã Hòa Phong, 6 tháng đầu năm 2025/);
    // Read as the active one is: one Sheets API call.
    expect(previous.log.count('Sheets')).toBe(1);
    // Read once: the one Sheets API call brings names, values and formats; no range is read one by one.
    expect(previous.log.calls.filter((c) => c.service === 'SpreadsheetApp' && c.method.startsWith('Range.'))).toEqual([]);
  });

  it('Cancel changes nothing; an empty answer forgets the link', () => {
    const { env } = withLastYear(lastYear());
    choose(env, LINK);
    choose(env, 'x', 'CANCEL');
    expect(env.properties.get(PREVIOUS_PROPERTY)).toBe(LAST_YEAR_ID);
    choose(env, '');
    expect(env.properties.has(PREVIOUS_PROPERTY)).toBe(false);
  });

  it('a link that is not one, or that cannot be opened, gets one Vietnamese alert and is not kept', () => {
    const { env } = withLastYear(lastYear());
    choose(env, 'năm ngoái');
    choose(env, 'https://docs.google.com/spreadsheets/d/1ZZZZZZZZZZZZZZZZZZZZZZZZZZ/edit');
    expect(env.app.ui.alerts.map((a) => a.prompt)).toEqual([
      'Không mở được bảng tính từ đường liên kết này: hãy kiểm tra đường liên kết và quyền xem.',
      'Không mở được bảng tính từ đường liên kết này: hãy kiểm tra đường liên kết và quyền xem.',
    ]);
    expect(env.properties.has(PREVIOUS_PROPERTY)).toBe(false);
  });
});

describe('Kiểm tra and Tạo báo cáo with last year\'s spreadsheet', () => {
  it('the report compares with the same period last year', () => {
    const { env } = withLastYear(lastYear({}, { '3': { '3.3.1': 1100, '3.3.2': 1078 } }));
    choose(env, LINK);
    reportCommand(env);
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.documents.docs[0]?.body.plainText()).toContain('1.234 hồ sơ thủ tục hành chính (tăng 12,2% so với cùng kỳ năm 2025), trong đó 1.229 hồ sơ đúng hạn, đạt 99,6% (tăng 1,6 điểm phần trăm so với cùng kỳ năm 2025)');
  });

  it('Kiểm tra adds the warnings across periods, at their cells', () => {
    const { env } = withLastYear(lastYear({}, { '4': { '2.1': 10 } }));
    choose(env, LINK);
    checkCommand(env);
    const p = sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());
    const jump = p.findings?.find((f) => f.message.includes('tăng 120%'));
    expect(jump?.severity).toBe('warning');
    expect(jump?.cell).toMatch(/^'Biểu mẫu 4'!D\d+$/);
  });

  it("another commune's spreadsheet is refused with the reason, and no report is made", () => {
    const { env } = withLastYear(lastYear({ unit: 'Tịnh Kỳ' }));
    choose(env, LINK);
    reportCommand(env);
    expect(env.documents.docs).toHaveLength(0);
    expect(env.app.ui.alerts.at(-1)?.prompt).toMatch(/xã Tịnh Kỳ.*cùng một đơn vị/);
  });

  it('without a chosen spreadsheet nothing changes: no comparison, no extra reads', () => {
    const env = sheetOf(EXAMPLE);
    reportCommand(env);
    expect(env.documents.docs[0]?.body.plainText()).not.toContain('cùng kỳ năm');
    expect(env.log.count('SpreadsheetApp', 'openById')).toBe(0);
  });
});
