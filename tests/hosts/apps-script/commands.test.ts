// The menu commands through the fakes: menu, check with marks and a clickable sidebar, report refused or created with its .docx.
import * as fs from 'fs';
import * as path from 'path';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import type { ReportData } from '../../../src/core/data/types';
import { GAS_TEXT, RULE_TEXT } from '../../../src/core/i18n/messages';
import { cellLocator } from '../../../src/core/layout/build-workbook-plan';
import { finalReportData } from '../../fixtures/final-report/final-report-data';
import { applyWorkbookPlan } from '../../../src/hosts/apps-script/apply-plan';
import { addMenu, carryPreviousCommand, checkCommand, consolidateCommand, districtReportCommand, goToCell, helpCommand, layoutCommand, officeLastYearCommand, previousCommand, reportCommand } from '../../../src/hosts/apps-script/commands';
import { guarded } from '../../../src/hosts/apps-script/guarded';
import { MARK_COLORS } from '../../../src/hosts/apps-script/mark-findings';
import type { SidebarPayload } from '../../../src/hosts/apps-script/sidebar';
import { FAKE_TOKEN, fakeEnv } from './fakes/fake-env';
import { sidebarPayload } from './sidebar-payload';
import type { FakeEnv } from './fakes/fake-env';

const EXAMPLE: ReportData = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8'));


function lastSidebar(env: FakeEnv): SidebarPayload {
  const s = env.app.ui.sidebars.at(-1);
  if (!s) throw new Error('chưa có thanh bên');
  return sidebarPayload(s.getContent());
}

function filled(): FakeEnv {
  const env = fakeEnv();
  applyWorkbookPlan(env, env.ss, buildWorkbookPlan(EXAMPLE));
  return env;
}

function typeInto(env: FakeEnv, name: string, v: unknown): void {
  const at = env.ss.nameCell(name)!;
  at.sheet.type(at.a1, v);
}

describe('menu', () => {
  it('adds the CCHC menu with its Vietnamese items bound to top-level functions', () => {
    const env = fakeEnv();
    addMenu(env);
    expect(env.app.ui.menus).toEqual([
      {
        caption: 'CCHC',
        items: [
          { caption: 'Lập biểu mẫu', fn: 'cchcLayout' },
          { caption: 'Lấy số liệu kỳ trước', fn: 'cchcCarryPrevious' },
          { caption: 'Kiểm tra', fn: 'cchcCheck' },
          { caption: 'Tạo báo cáo', fn: 'cchcReport' },
          { caption: 'Tạo báo cáo dự thảo', fn: 'cchcReportDraft' },
          { caption: 'Chọn báo cáo cùng kỳ năm trước…', fn: 'cchcChoosePrevious' },
          { caption: 'Tổng hợp', fn: 'cchcConsolidate' },
          { caption: 'Báo cáo tổng hợp', fn: 'cchcConsolidateReport' },
          { caption: 'Chọn bảng tổng hợp cùng kỳ năm trước…', fn: 'cchcConsolidatePrevious' },
          { caption: 'Bộ biểu mẫu…', fn: 'cchcFormSet' },
          { caption: 'Hướng dẫn', fn: 'cchcHelp' },
        ],
      },
    ]);
  });

  it('Lập biểu mẫu lays out the workbook and says so in a toast', () => {
    const env = fakeEnv();
    layoutCommand(env);
    expect(env.ss.sheets).toHaveLength(10);
    expect(env.ss.toasts[0]).toMatch(/^Đã lập 9 trang tính/);
  });

  it('Lập biểu mẫu over a phường\'s own header writes its form sheets\' labels with "tổ dân phố" (issue 22 item 5), as the CLI and Excel do', () => {
    const env = filled();
    const sheet = buildWorkbookPlan(null).sheets.find((s) => s.name === 'Biểu mẫu 4')!;
    const r = sheet.values.findIndex((row) => row.includes('Thực hiện sắp xếp sáp nhập, chia tách thôn'));
    const c = sheet.values[r]!.indexOf('Thực hiện sắp xếp sáp nhập, chia tách thôn');
    const label = (): unknown => env.ss.sheet('Biểu mẫu 4').computedValues()[r]?.[c];
    layoutCommand(env);
    expect(label()).toBe('Thực hiện sắp xếp sáp nhập, chia tách thôn');
    typeInto(env, 'TTC_unitKind', 'phường');
    layoutCommand(env);
    expect(label()).toBe('Thực hiện sắp xếp sáp nhập, chia tách tổ dân phố');
  });

  it('Lập biểu mẫu on a sheet locked by someone else shows one Vietnamese alert, not a stack trace', () => {
    const env = fakeEnv();
    layoutCommand(env);
    env.ss.sheet('Biểu mẫu 1').protections[0]!.editors = new Set([env.ss.owner]);
    layoutCommand(env);
    expect(env.app.ui.alerts).toHaveLength(1);
    expect(env.app.ui.alerts[0]!.prompt).toMatch(/^Chưa lập lại được biểu mẫu: bạn không có quyền sửa trang đã khóa Biểu mẫu 1\./);
    expect(env.app.ui.alerts[0]!.prompt).not.toMatch(/Không thực hiện được/);
  });

  it('Hướng dẫn shows the help from the catalogue', () => {
    const env = fakeEnv();
    helpCommand(env);
    const p = lastSidebar(env);
    expect(p.title).toBe('Hướng dẫn');
    expect(p.sections?.map((s) => s.heading)).toContain('Bước 2. Kiểm tra');
    // Every item of the menu is explained: the help names each one as "CCHC › item".
    addMenu(env);
    const text = (p.sections ?? []).flatMap((s) => s.paragraphs).join('\n');
    const items = env.app.ui.menus[0]!.items.map((i) => i.caption).filter((c) => c !== 'Hướng dẫn');
    expect(items.filter((c) => !text.includes(`CCHC › ${c}`))).toEqual([]);
  });
});

describe('Kiểm tra', () => {
  it('a consistent commune has no errors; the sidebar says so', () => {
    const env = filled();
    checkCommand(env);
    const p = lastSidebar(env);
    expect(p.summary).toMatch(/^0 lỗi/);
    expect(p.findings?.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('lists a broken rule with its cell, marks the cell, and clears the mark once fixed', () => {
    const env = filled();
    const at = env.ss.nameCell('BM1_2_2')!;
    const before = at.sheet.cellAt(at.a1)?.background;
    typeInto(env, 'BM1_2_2', 50);
    checkCommand(env);
    const p = lastSidebar(env);
    const f = p.findings?.find((x) => x.severity === 'error' && x.cell === `'Biểu mẫu 1'!${at.a1}`);
    expect(f?.message).toMatch(/50/);
    expect(f?.label).toBe('lỗi');
    expect(at.sheet.cellAt(at.a1)?.background).toBe(MARK_COLORS.error);
    expect(at.sheet.cellAt(at.a1)?.note).toMatch(/^CCHC\n\[lỗi\] .*50/);

    goToCell(env, f!.cell!);
    expect(env.ss.active).toEqual({ sheet: 'Biểu mẫu 1', a1: at.a1 });

    typeInto(env, 'BM1_2_2', 27);
    checkCommand(env);
    expect(at.sheet.cellAt(at.a1)?.background).toBe(before);
    expect(at.sheet.cellAt(at.a1)?.note).toBe('');
  });

  it('text typed into a number cell is an error at that cell', () => {
    const env = filled();
    typeInto(env, 'BM2_1_3', 'Văn bản');
    checkCommand(env);
    const at = env.ss.nameCell('BM2_1_3')!;
    const f = lastSidebar(env).findings?.find((x) => x.cell === `'Biểu mẫu 2'!${at.a1}` && x.severity === 'error');
    expect(f).toBeDefined();
  });

  it('a workbook that was never laid out gets one Vietnamese alert, no crash', () => {
    const env = fakeEnv();
    checkCommand(env);
    expect(env.app.ui.alerts).toHaveLength(1);
    expect(env.app.ui.alerts[0]!.prompt).toMatch(/Lập biểu mẫu/);
  });
});

describe('Kiểm tra by an editor whom the protection locks out', () => {
  // Laid out by staff@: the form sheets' protections now admit the owner and staff@ only.
  const COLLEAGUE = 'colleague@example.com';
  const cellOf = (env: FakeEnv, name: string) => {
    const at = env.ss.nameCell(name)!;
    return { ...at, ref: `'${at.sheet.name}'!${at.a1}`, now: () => at.sheet.cellAt(at.a1) };
  };

  it('marks the open input cells, and lists without colouring a finding on a locked cell, instead of failing', () => {
    const env = filled();
    const ratio = cellOf(env, 'BM1_2');
    const ratioBefore = ratio.now()?.background;
    ratio.sheet.paste(ratio.a1, 99); // the owner pasted over the formula
    typeInto(env, 'BM1_2_2', 50);
    env.ss.currentUser = COLLEAGUE;
    expect(ratio.sheet.canEdit(COLLEAGUE, ratio.a1)).toBe(false);
    env.log.reset();
    checkCommand(env);
    expect(env.app.ui.alerts).toEqual([]);
    const p = lastSidebar(env);
    expect(p.findings?.find((f) => f.cell === ratio.ref)?.message).toMatch(/99/);
    const input = cellOf(env, 'BM1_2_2');
    expect(input.now()?.background).toBe(MARK_COLORS.error);
    expect(input.now()?.note).toMatch(/^CCHC\n\[lỗi\] .*50/);
    expect(ratio.now()?.background).toBe(ratioBefore);
    expect(ratio.now()?.note ?? '').toBe('');
    expect(p.hint).toBe(
      'Bấm vào một dòng để chuyển tới ô có vấn đề. 1 ô có vấn đề nằm trong vùng đã khóa mà bạn không có quyền sửa nên không được tô màu; các ô đó vẫn có trong danh sách.',
    );
    // Only the marked cell is written: one range for its colour, one for its note.
    expect(env.log.count('SpreadsheetApp', 'Range.setBackgrounds')).toBe(1);
    expect(env.log.count('SpreadsheetApp', 'Range.setNotes')).toBe(1);
  });

  it('writes adjacent marked input cells of one column as one range', () => {
    const env = filled();
    typeInto(env, 'BM1_3_2_1', 'năm');
    typeInto(env, 'BM1_3_2_2', 'sáu');
    const a = cellOf(env, 'BM1_3_2_1');
    const b = cellOf(env, 'BM1_3_2_2');
    expect(Number(b.a1.slice(1)) - Number(a.a1.slice(1))).toBe(1);
    env.ss.currentUser = COLLEAGUE;
    env.log.reset();
    checkCommand(env);
    expect(a.now()?.background).toBe(MARK_COLORS.error);
    expect(b.now()?.background).toBe(MARK_COLORS.error);
    expect(env.log.count('SpreadsheetApp', 'Range.setBackgrounds')).toBe(1);
    expect(lastSidebar(env).hint).toBe('Bấm vào một dòng để chuyển tới ô có vấn đề.');
  });

  it('keeps an editor\'s mark on a locked cell on record until an editor can clear it', () => {
    const env = filled();
    const ratio = cellOf(env, 'BM1_2');
    const before = { bg: ratio.now()?.background, formula: ratio.now()?.formula };
    expect(before.formula).toMatch(/^=/);
    ratio.sheet.paste(ratio.a1, 99); // pasted: typing is refused by the computed cell's rule
    checkCommand(env); // staff@ may format the locked cell
    expect(ratio.now()?.background).toBe(MARK_COLORS.error);

    env.ss.currentUser = COLLEAGUE;
    typeInto(env, 'BM1_2_2', 50);
    checkCommand(env);
    expect(env.app.ui.alerts).toEqual([]);
    expect(ratio.now()?.background).toBe(MARK_COLORS.error);
    expect(cellOf(env, 'BM1_2_2').now()?.background).toBe(MARK_COLORS.error);

    typeInto(env, 'BM1_2_2', 27);
    ratio.sheet.type(ratio.a1, before.formula); // the owner puts the formula back
    checkCommand(env); // still the colleague: clears the input's mark, cannot touch the locked cell
    expect(cellOf(env, 'BM1_2_2').now()?.note).toBe('');
    expect(ratio.now()?.background).toBe(MARK_COLORS.error);

    env.ss.currentUser = 'staff@example.com';
    checkCommand(env);
    expect(ratio.now()?.background).toBe(before.bg);
    expect(ratio.now()?.note ?? '').toBe('');
  });

  it('Tạo báo cáo refuses with the errors listed, or creates the report, for that editor too', () => {
    const env = filled();
    env.ss.currentUser = COLLEAGUE;
    typeInto(env, 'BM3_3_3_2', 5000);
    reportCommand(env);
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.documents.docs).toHaveLength(0);
    expect(lastSidebar(env).lead).toMatch(/^Chưa tạo được báo cáo: số liệu còn 1 lỗi/);
    typeInto(env, 'BM3_3_3_2', EXAMPLE.forms['3']?.['3.3.2'] ?? '');
    reportCommand(env);
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.documents.docs).toHaveLength(1);
  });
});

describe('Tạo báo cáo', () => {
  it('refuses while there are errors, showing them, and creates nothing', () => {
    const env = filled();
    typeInto(env, 'BM3_3_3_2', 5000);
    reportCommand(env);
    expect(env.documents.docs).toHaveLength(0);
    const p = lastSidebar(env);
    expect(p.lead).toMatch(/^Chưa tạo được báo cáo: số liệu còn 1 lỗi/);
    expect(p.findings).toHaveLength(1);
    expect(p.findings![0]!.severity).toBe('error');
  });

  it('creates the Google Doc in the spreadsheet folder and a .docx beside it', () => {
    const env = filled();
    // 09:30 in the spreadsheet's zone (Asia/Ho_Chi_Minh, UTC+7), whatever the zone the script runs in.
    reportCommand(env, () => new Date(Date.UTC(2026, 5, 8, 2, 30)));
    expect(env.documents.docs).toHaveLength(1);
    const doc = env.documents.docs[0]!;
    expect(doc.saved).toBe(true);
    expect(doc.name).toBe('Báo cáo CCHC xã Hòa Phong - Công tác cải cách hành chính 6 tháng đầu năm 2026 (2026-06-08 09:30)');
    expect(doc.body.plainText()).toContain('Hòa Phong');
    expect(env.drive.files.get(doc.id)?.parent?.id).toBe('folder-xa');
    expect(env.fetches).toHaveLength(1);
    expect(env.fetches[0]!.url).toBe(`https://www.googleapis.com/drive/v3/files/${doc.id}/export?mimeType=application%2Fvnd.openxmlformats-officedocument.wordprocessingml.document`);
    expect(env.fetches[0]!.headers.Authorization).toBe(`Bearer ${FAKE_TOKEN}`);
    const docx = env.drive.folder.files.find((f) => f.name.endsWith('.docx'));
    expect(docx?.name).toBe(`${doc.name}.docx`);
    expect(docx?.blob?.bytes).toContain('Hòa Phong');
    const p = lastSidebar(env);
    expect(p.links?.map((l) => l.url)).toEqual([doc.url(), docx!.getUrl()]);
  });

  it('refuses a final report while compulsory inputs are empty, listing each with its cell; Tạo báo cáo dự thảo builds the draft', () => {
    const half = finalReportData('half-filled-xa-h1');
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, buildWorkbookPlan(half));
    reportCommand(env);
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.documents.docs).toHaveLength(0);
    const p = lastSidebar(env);
    expect(p.lead).toBe(`${RULE_TEXT.compulsory.lead(4)} ${GAS_TEXT.reportNeedsInputs}`);
    const cellOf = cellLocator(buildWorkbookPlan(half));
    expect(p.findings).toEqual([
      { severity: 'error', label: 'Bắt buộc', cell: cellOf(1, '3.1'), message: 'Biểu mẫu 1, dòng 3.1 “Số bộ phận chuyên môn các chức danh công chức xã đã kiểm tra”' },
      { severity: 'error', label: 'Bắt buộc', cell: cellOf(3, '3.3.2'), message: 'Biểu mẫu 3, dòng 3.3.2 “Số hồ sơ TTHC giải quyết đúng hạn”' },
      { severity: 'error', label: 'Bắt buộc', cell: cellOf(6, '2'), message: 'Biểu mẫu 6, dòng 2 “Đã thực hiện”' },
      { severity: 'error', label: 'Bắt buộc', cell: cellOf(7, '6.7.2'), message: 'Biểu mẫu 7, dòng 6.7.2 “Số hồ sơ TTHC đã tiếp nhận trực tuyến”' },
    ]);

    reportCommand(env, () => new Date(Date.UTC(2026, 5, 12, 2, 30)), { draft: true });
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.documents.docs).toHaveLength(1);
    const doc = env.documents.docs[0]!;
    expect(doc.name).toBe('Báo cáo CCHC xã Bình Minh - Công tác cải cách hành chính 6 tháng đầu năm 2026 (2026-06-12 09:30) - DỰ THẢO');
    expect(doc.body.plainText()).toContain('DỰ THẢO');
    expect(doc.body.plainText()).toContain('chưa có số liệu về số hồ sơ TTHC giải quyết đúng hạn');
  });

  it('builds a draft despite errors, listing them with the warnings', () => {
    const env = filled();
    typeInto(env, 'BM3_3_3_2', 5000);
    reportCommand(env, undefined, { draft: true });
    expect(env.documents.docs).toHaveLength(1);
    expect(lastSidebar(env).findings?.map((f) => f.severity)).toEqual(['error']);
  });

  it('keeps the Google Doc and says how to download it when the export fails', () => {
    const env = fakeEnv({ exportStatus: 500 });
    applyWorkbookPlan(env, env.ss, buildWorkbookPlan(EXAMPLE));
    reportCommand(env);
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.documents.docs).toHaveLength(1);
    const p = lastSidebar(env);
    expect(p.lead).toMatch(/mã lỗi 500/);
    expect(p.links).toHaveLength(1);
  });

  it('says that Drive exports at most 10 MB when the .docx would be larger, and keeps the Google Doc', () => {
    const env = fakeEnv({ exportBytes: 11 * 1024 * 1024 });
    applyWorkbookPlan(env, env.ss, buildWorkbookPlan(EXAMPLE));
    reportCommand(env);
    expect(env.documents.docs).toHaveLength(1);
    const p = lastSidebar(env);
    expect(p.lead).toBe(GAS_TEXT.reportDocxTooLarge);
    expect(p.links).toHaveLength(1);
  });
});

describe('granular consent: a user who unticked a scope', () => {
  const commands: readonly [string, (env: FakeEnv) => void][] = [
    ['Lập biểu mẫu', layoutCommand],
    ['Lấy số liệu kỳ trước', carryPreviousCommand],
    ['Kiểm tra', checkCommand],
    ['Tạo báo cáo', (env) => reportCommand(env)],
    ['Chọn báo cáo cùng kỳ năm trước', previousCommand],
    ['Tổng hợp', (env) => consolidateCommand(env)],
    ['Báo cáo tổng hợp', (env) => districtReportCommand(env)],
    ['Chọn bảng tổng hợp cùng kỳ năm trước', officeLastYearCommand],
  ];

  it.each(commands)('%s asks for every scope before any work, and says in Vietnamese why it stopped', (_name, run) => {
    const env = filled();
    env.declined.add('documents');
    env.log.reset();
    run(env);
    expect(env.app.ui.alerts.map((a) => a.prompt)).toEqual([GAS_TEXT.scopesDeclined]);
    expect(env.log.calls.find((c) => c.method !== 'Ui.alert' && !c.method.startsWith('Lock.'))?.method).toBe('ScriptApp.requireAllScopes');
    // Nothing read, written, created or asked: only the consent check, the alert and (Tổng hợp) its document lock.
    expect(env.log.calls.filter((c) => !['ScriptApp.requireAllScopes', 'Ui.alert', 'Lock.tryLock', 'Lock.releaseLock'].includes(c.method))).toEqual([]);
    expect(env.documents.docs).toHaveLength(0);
  });

  it('runs as before once every scope is granted', () => {
    const env = filled();
    env.log.reset();
    reportCommand(env);
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.documents.docs).toHaveLength(1);
    expect(env.log.calls[0]?.method).toBe('ScriptApp.requireAllScopes');
  });
});

describe('a Sheets API quota error (429) during a menu command', () => {
  // "If you exceed a quota, you'll receive a 429: Too many requests HTTP status code response" and the per-minute
  // quotas are refilled every minute (https://developers.google.com/sheets/api/limits): the fake's readsPerMinute.
  it.each([
    ['Kiểm tra', checkCommand],
    ['Tạo báo cáo', (env: FakeEnv) => reportCommand(env)],
  ])('%s says in Vietnamese to wait a minute, not the API\'s English words', (_name, run) => {
    // Laying out reads too: the quota is set to what it spends, so the command's first read is the one refused.
    const probe = filled();
    const env = fakeEnv({ readsPerMinute: probe.log.count('Sheets', 'Spreadsheets.get') });
    applyWorkbookPlan(env, env.ss, buildWorkbookPlan(EXAMPLE));
    run(env);
    expect(env.app.ui.alerts).toHaveLength(1);
    expect(env.app.ui.alerts[0]!.prompt).toBe(GAS_TEXT.quotaPerMinute);
    expect(env.documents.docs).toHaveLength(0);
  });
});

describe('a quota that a minute does not cure', () => {
  it('the property store\'s (the fake store\'s own refusal) is not worded as the per-minute API quota', () => {
    const env = filled();
    guarded(env, 'Kiểm tra', () => {
      const store = env.PropertiesService.getDocumentProperties();
      for (let i = 0; i < 60; i++) store.setProperty(`k${i}`, 'y'.repeat(9000));
    });
    expect(env.app.ui.alerts).toHaveLength(1);
    expect(env.app.ui.alerts[0]!.prompt).toMatch(/^Không thực hiện được: .*quota/);
  });
});
