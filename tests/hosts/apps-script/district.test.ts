// CCHC › Tổng hợp in the district's copy: each commune's spreadsheet read in one Sheets API call, those left out named with their reasons, the others totalled as `cchc consolidate --skip-rejected` totals them.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { consolidateCommand, consolidateStatus, districtReportCommand, DISTRICT_FUNCTIONS, SAFETY_AFTER_MS, SLICE_MS, STALL_MS } from '../../../src/hosts/apps-script/district-commands';
import { PIECE_BYTES, STATE_KEY } from '../../../src/hosts/apps-script/district-progress';
import { definedName } from '../../../src/core/forms/catalogue';
import { DAMAGE_TEXT, GAS_TEXT } from '../../../src/core/i18n/messages';
import { consolidatedCellName } from '../../../src/core/layout/consolidated-plan';
import { TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../src/core/layout/names';
import { cliInputs, cliTotals, dataOf, district, fireTriggers, NO_ACCESS, OTHER_PERIOD, sheetTotals } from './district-compare';
import { communeData, communeId, communeSpreadsheet, fillUnitList, linkOf } from './fakes/fake-communes';
import { fakeEnv, PROPERTY_STORE_LIMIT, type FakeEnv } from './fakes/fake-env';
import { FakeSheet } from './fakes/fake-spreadsheet';
import { sidebarPayload } from './sidebar-payload';

const T = GAS_TEXT.district;

const lastSidebar = (env: FakeEnv): ReturnType<typeof sidebarPayload> => sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());


describe('CCHC › Tổng hợp', () => {
  it('creates Danh sách đơn vị with its instruction and header when missing, and asks for it to be filled', () => {
    const env = fakeEnv();
    consolidateCommand(env, { now: env.clock.now });
    const list = env.ss.sheet('Danh sách đơn vị');
    expect(list.computedValues().slice(0, 2)).toEqual([
      [T.listInstruction, ''],
      [...T.listHeader],
    ]);
    expect(env.app.ui.alerts).toEqual([{ title: 'Tổng hợp', prompt: T.listCreated }]);
    expect(env.ss.sheets.some((s) => s.name.startsWith('TH '))).toBe(false);

    // Run again with the list still empty: told so, nothing read.
    consolidateCommand(env, { now: env.clock.now });
    expect(env.app.ui.alerts.at(-1)?.prompt).toBe(T.listEmpty);
    // The list's own read, no commune's.
    expect(env.log.count('Sheets')).toBe(1);
  });

  it('300 communes at ≤ 2 service calls each plus a constant; the unshared one and the one of another period named with their reasons; the others totalled as cchc consolidate --skip-rejected does', async () => {
    const small = district(4);
    consolidateCommand(small, { now: small.clock.now });
    const constant = small.log.calls.length;

    const env = district(300);
    const listBefore = env.ss.sheet('Danh sách đơn vị').computedValues();
    consolidateCommand(env, { now: env.clock.now });
    const calls = env.log.calls.length;
    // One Spreadsheets.get per commune, one for the list, one for the layout's own read.
    expect(env.log.count('Sheets', 'Spreadsheets.get')).toBe(300 + 2);
    expect(calls).toBeLessThanOrEqual(2 * 300 + constant);
    expect(calls - constant).toBeLessThanOrEqual(2 * (300 - 4));

    const p = lastSidebar(env);
    expect(p.lead).toBe(T.done(298, 300));
    expect(p.findings?.map((f) => f.message)).toEqual([
      `Xã Thử ${NO_ACCESS}: ${T.reasons.noAccess}`,
      'Xã Thử 3: số liệu kỳ Quý I năm 2026, khác kỳ đang tổng hợp (6 tháng đầu năm 2026).',
    ]);
    expect(p.actions).toEqual([{ label: T.reportButton, fn: DISTRICT_FUNCTIONS.report }]);
    // The trigger booked at the start of the execution is deleted once the run is done.
    expect(env.liveTriggers()).toEqual([]);

    // The Tổng hợp sheet names them too, and the list the district typed is untouched.
    // The tables' four columns: the charts' numbers stand right of them (district-charts.test.ts).
    const grouping = env.ss.sheet('Tổng hợp').computedValues().map((r) => r.slice(0, 4).join('|'));
    expect(grouping).toContain(`1|Xã Thử ${NO_ACCESS}||${T.reasons.noAccess}`);
    expect(grouping).toContain('2|Xã Thử 3|xã Thử 3|số liệu kỳ Quý I năm 2026, khác kỳ đang tổng hợp (6 tháng đầu năm 2026).');
    expect(env.ss.sheet('Danh sách đơn vị').computedValues()).toEqual(listBefore);

    const totals = sheetTotals(env.ss);
    expect(totals.TH_SO_DON_VI).toBe(298);
    expect(totals.TH_SO_DON_VI_PHAI_BAO_CAO).toBe(300);
    expect(totals).toEqual(await cliTotals(cliInputs(300)));

    // What the run keeps for the district's report fits the property store with room to spare.
    const used = [...env.properties].reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    expect(used).toBeLessThan(PROPERTY_STORE_LIMIT / 2);
  }, 120_000);

  it('resumes after the time limit by a time-based trigger, with progress in the sidebar, and ends with the same sheets as one run', () => {
    const once = district(40);
    consolidateCommand(once, { now: once.clock.now });

    // Each read takes 10 s of the fake clock: the slice ends after 27 of them.
    const env = district(40, { readLatencyMs: 10_000 });
    consolidateCommand(env, { now: env.clock.now });
    const paused = lastSidebar(env);
    expect(paused.lead).toBe(T.progress(Math.floor(SLICE_MS / 10_000) + 1, 40));
    expect(paused.summary).toBe(T.pausedForTime);
    expect(paused.poll).toBe(DISTRICT_FUNCTIONS.status);
    // The trigger booked at the start (for after the execution, however it ends) replaced by one a minute later.
    expect(env.liveTriggers()).toEqual([expect.objectContaining({ fn: DISTRICT_FUNCTIONS.resume, afterMs: 60_000 })]);
    expect(env.ss.sheets.some((s) => s.name.startsWith('TH '))).toBe(false);
    // The sidebar's poll sees the same progress from the stored state.
    expect(consolidateStatus(env).lead).toBe(paused.lead);
    // Every stored piece below the 9 KB a property value may hold.
    for (const [k, v] of env.properties) if (k !== STATE_KEY) expect(Buffer.byteLength(v)).toBeLessThanOrEqual(PIECE_BYTES);

    // The trigger fires a minute later: no editor is open, nothing is shown. It reads the 12 communes
    // left, two minutes of reads, so the sheets are written in an execution of their own.
    const sidebars = env.app.ui.sidebars.length;
    expect(fireTriggers(env)).toEqual(['ended', 'ended']);
    expect(env.app.ui.sidebars).toHaveLength(sidebars);
    expect(env.app.ui.alerts).toEqual([]);
    expect(env.liveTriggers()).toEqual([]);
    // Communes already read are not read again: 40 communes, the list once per execution, the layout's own read.
    expect(env.log.count('Sheets', 'Spreadsheets.get')).toBe(40 + 3 + 1);
    expect(sheetTotals(env.ss)).toEqual(sheetTotals(once.ss));
    expect(consolidateStatus(env).lead).toBe(T.done(38, 40));

    // A trigger that fires once the run is finished reads nothing again.
    env.log.reset();
    consolidateCommand(env, { now: env.clock.now, interactive: false });
    expect(env.log.count('Sheets')).toBe(0);
  });

  it('a paused run carried on from the menu deletes the pending trigger and reads only the communes left', () => {
    const env = district(20, { readLatencyMs: 20_000 });
    consolidateCommand(env, { now: env.clock.now });
    const read = Math.floor(SLICE_MS / 20_000) + 1;
    expect(lastSidebar(env).lead).toBe(T.progress(read, 20));
    const pending = env.liveTriggers();
    env.log.reset();
    consolidateCommand(env, { now: env.clock.now });
    // Two minutes of reads: the writes get an execution of their own, booked in place of the pending trigger.
    expect(lastSidebar(env).summary).toBe(T.pausedForWrite);
    expect(env.liveTriggers()).toHaveLength(1);
    expect(env.liveTriggers()[0]).not.toBe(pending[0]);
    expect(fireTriggers(env)).toEqual(['ended']);
    expect(env.liveTriggers()).toEqual([]);
    expect(env.log.count('Sheets', 'Spreadsheets.get')).toBe(20 - read + 3);
    expect(consolidateStatus(env).lead).toBe(T.done(18, 20));
  });

  it('waits out the per-minute read quota in the same execution while it has time, else resumes later', () => {
    const once = district(60);
    consolidateCommand(once, { now: once.clock.now });

    // Ten reads a minute: sixty communes need six minutes, more than one execution has.
    const env = district(60, { readsPerMinute: 10, readLatencyMs: 100 });
    consolidateCommand(env, { now: env.clock.now });
    expect(lastSidebar(env).summary).toBe(T.pausedForQuota);
    expect(env.log.count('Other', 'Utilities.sleep')).toBeGreaterThan(0);
    expect(fireTriggers(env).every((end) => end === 'ended')).toBe(true);
    expect(env.log.count('Sheets', 'Spreadsheets.get')).toBeGreaterThan(60);
    expect(consolidateStatus(env).lead).toBe(T.done(58, 60));
    expect(sheetTotals(env.ss)).toEqual(sheetTotals(once.ss));
  }, 60_000);

  it('an error that passes (500, 503, a timeout) is no rejection: read again in later executions with back-off, at most three times, then named as tạm thời không đọc được', () => {
    const once = district(6);
    consolidateCommand(once, { now: once.clock.now });

    const env = district(6);
    // Commune 4: one 503, then readable. Commune 5: a timeout, then 500 every time.
    env.failures.set(communeId(4), [503]);
    env.failures.set(communeId(5), [504, 500, 500, 500, 500]);
    consolidateCommand(env, { now: env.clock.now });
    const paused = lastSidebar(env);
    expect(paused.lead).toBe(T.progress(6, 6));
    expect(paused.summary).toBe(T.pausedForRetry(2, 1, 3));
    expect(env.ss.sheets.some((s) => s.name.startsWith('TH '))).toBe(false);
    expect(env.liveTriggers()).toEqual([expect.objectContaining({ fn: DISTRICT_FUNCTIONS.resume, afterMs: 60_000 })]);

    // Read again 1, 2 and 4 minutes later; the fourth failure of commune 5 ends its retries and the sheets are written.
    const triggersAfter: number[] = [];
    const ends = fireTriggers(env);
    for (const t of env.triggers) triggersAfter.push(t.afterMs);
    expect(ends).toEqual(['ended', 'ended', 'ended']);
    expect(triggersAfter).toEqual(expect.arrayContaining([60_000, 120_000, 240_000]));
    expect(env.failures.get(communeId(5))).toEqual([500]);
    const done = consolidateStatus(env, env.clock.now);
    expect(done.lead).toBe(T.done(3, 6));
    expect(done.summary).toContain(T.passingSummary(1));
    expect(done.findings?.map((f) => f.message)).toContain(`Xã Thử 5: ${T.reasons.passing('Internal error encountered.', 4)}`);
    // Commune 4 counts as read: the totals are those of a run where only commune 5 is missing.
    expect(sheetTotals(env.ss).TH_SO_DON_VI).toBe(sheetTotals(once.ss).TH_SO_DON_VI as number - 1);
  });

  it('an execution ended at 6 minutes in the middle of its writes leaves the run booked and its reads saved; the sidebar tells the stall and offers to continue', () => {
    const once = district(5);
    consolidateCommand(once, { now: once.clock.now });

    const env = district(5);
    // A slow host: every SpreadsheetApp call takes 5 s and the layout's one Sheets API batch 6 minutes, so the writes pass the 6 minutes of an execution.
    env.latency.spreadsheetApp = 5_000;
    env.latency.sheetsBatchUpdate = 360_000;
    expect(env.execute(() => consolidateCommand(env, { now: env.clock.now }))).toBe('killed');
    // Booked at the start of the execution, for after it.
    expect(env.liveTriggers()).toEqual([expect.objectContaining({ fn: DISTRICT_FUNCTIONS.resume, afterMs: SAFETY_AFTER_MS })]);
    const polled = consolidateStatus(env, env.clock.now);
    expect(polled.lead).toBe(T.progress(5, 5));
    expect(polled.actions).toBeUndefined();

    // Ten minutes without progress: the sidebar says so and offers to continue.
    env.clock.advance(STALL_MS);
    const stalled = consolidateStatus(env, env.clock.now);
    expect(stalled.summary).toMatch(/^Tổng hợp không tiến triển trong \d+ phút qua/);
    expect(stalled.actions).toEqual([{ label: T.continueButton, fn: DISTRICT_FUNCTIONS.consolidate }]);
    expect(stalled.poll).toBe(DISTRICT_FUNCTIONS.status);

    // The host is fast again: the booked trigger writes the sheets without reading any commune again.
    env.latency.spreadsheetApp = 0;
    env.latency.sheetsBatchUpdate = 0;
    env.log.reset();
    expect(fireTriggers(env)).toEqual(['ended']);
    expect(env.log.count('Sheets', 'Spreadsheets.get')).toBe(1 + 1);
    expect(sheetTotals(env.ss)).toEqual(sheetTotals(once.ss));
    expect(consolidateStatus(env, env.clock.now).lead).toBe(T.done(3, 5));
    expect(env.liveTriggers()).toEqual([]);
  });

  it('a trigger stops carrying on a run killed in three executions in a row; Tổng hợp from the sidebar carries it on', () => {
    const env = district(3);
    env.latency.spreadsheetApp = 5_000;
    env.latency.sheetsBatchUpdate = 360_000;
    expect(env.execute(() => consolidateCommand(env, { now: env.clock.now }))).toBe('killed');
    expect(fireTriggers(env)).toEqual(['killed', 'killed', 'killed', 'ended']);
    // The fourth trigger found three executions in a row without progress and left the run: no trigger is left to fire.
    expect(env.liveTriggers()).toEqual([]);
    expect(consolidateStatus(env, env.clock.now).actions).toEqual([{ label: T.continueButton, fn: DISTRICT_FUNCTIONS.consolidate }]);
    env.latency.spreadsheetApp = 0;
    env.latency.sheetsBatchUpdate = 0;
    expect(env.execute(() => consolidateCommand(env, { now: env.clock.now }))).toBe('ended');
    expect(lastSidebar(env).lead).toBe(T.done(1, 3));
  });

  it('runs once at a time: a second run while the document lock is held says so and reads nothing', () => {
    const env = district(3);
    env.lock.heldElsewhere = true;
    consolidateCommand(env, { now: env.clock.now });
    expect(env.app.ui.alerts).toEqual([{ title: 'Tổng hợp', prompt: T.busy }]);
    expect(env.log.count('Sheets')).toBe(0);
    // A trigger that finds the lock taken leaves quietly.
    consolidateCommand(env, { now: env.clock.now, interactive: false });
    expect(env.app.ui.alerts).toHaveLength(1);
  });

  it('names every kind of commune left out (no link, a link that is no spreadsheet, a deleted spreadsheet, not our template, data with errors, the same commune twice) and follows a link shown as the file’s title', () => {
    const env = fakeEnv();
    const good = communeSpreadsheet(env.log, communeId(1), dataOf(1));
    const notOurs = communeSpreadsheet(env.log, communeId(4), dataOf(4));
    notOurs.namedRanges = [];
    const errors = communeSpreadsheet(env.log, communeId(5), dataOf(5));
    const at = errors.nameCell('BM1_2_2')!;
    at.sheet.type(at.a1, 1000);
    env.remote.set(communeId(1), good);
    env.remote.set(communeId(4), notOurs);
    env.remote.set(communeId(5), errors);
    env.remote.set(communeId(6), communeSpreadsheet(env.log, communeId(6), dataOf(6)));
    consolidateCommand(env, { now: env.clock.now });
    fillUnitList(env, [
      ['Xã Thử 1', linkOf(communeId(1))],
      ['Xã Không Link', ''],
      ['Xã Sai Link', 'xem trong email'],
      ['Xã Đã Xóa', linkOf(communeId(3))],
      ['Xã Khác Mẫu', linkOf(communeId(4))],
      ['Xã Thử 5', linkOf(communeId(5))],
      ['Xã Thử 6', linkOf(communeId(6))],
      ['Xã Thử 6', `https://drive.google.com/open?id=${communeId(6)}`],
    ]);
    // Commune 1's link pasted as its title: Sheets offered to show the file's name, the cell links to it.
    env.ss.sheet('Danh sách đơn vị').type('B3', 'Báo cáo CCHC xã Thử 1');
    env.ss.sheet('Danh sách đơn vị').cellAt('B3')!.link = linkOf(communeId(1));
    consolidateCommand(env, { now: env.clock.now });
    const messages = lastSidebar(env).findings!.map((f) => f.message.split('\n')[0]);
    expect(messages).toEqual([
      `Xã Không Link: ${T.reasons.noLink}`,
      `Xã Sai Link: ${T.reasons.badLink('xem trong email')}`,
      `Xã Đã Xóa: ${T.reasons.notFound}`,
      expect.stringMatching(/^Xã Khác Mẫu: .*mẫu/),
      'Xã Thử 5: số liệu còn 1 lỗi.',
      expect.stringMatching(/^Xã Thử 6: đơn vị xã Thử 6 có nhiều hơn một tệp số liệu cùng kỳ: Xã Thử 6, Xã Thử 6 \(dòng 10\)/),
      expect.stringMatching(/^Xã Thử 6 \(dòng 10\): đơn vị xã Thử 6/),
    ]);
    // The finding of the commune with errors names its cell.
    expect(lastSidebar(env).findings![4]!.message).toMatch(/'Biểu mẫu 1'!D\d+/);
    expect(lastSidebar(env).lead).toBe(T.done(1, 7));
  });

  it('reads only the template’s sheets of a commune (the `ranges` of its one read), and names one that deleted a template sheet', () => {
    const env = fakeEnv();
    const added = communeSpreadsheet(env.log, communeId(1), dataOf(1));
    // A sheet the commune added for its own work: never transferred.
    const own = new FakeSheet(added, 'Sổ tay của xã', 9001);
    added.sheets.push(own);
    own.type('A1', 'ghi chép riêng');
    const missing = communeSpreadsheet(env.log, communeId(2), dataOf(2));
    missing.sheets = missing.sheets.filter((s) => s.name !== 'Biểu mẫu 3');
    env.remote.set(communeId(1), added);
    env.remote.set(communeId(2), missing);
    consolidateCommand(env, { now: env.clock.now });
    fillUnitList(env, [
      ['Xã Thử 1', linkOf(communeId(1))],
      ['Xã Thử 2', linkOf(communeId(2))],
    ]);
    consolidateCommand(env, { now: env.clock.now });
    expect(added.apiGets).toHaveLength(1);
    expect(added.apiGets[0]!.sheets).toEqual(['Thông tin chung', ...BUILTIN_CATALOGUE.forms.map((f) => `Biểu mẫu ${f.number}`), 'Thuyết minh']);
    // Worded as every host words a damaged workbook (core/read/workbook-damage.ts), with the commune's remedy.
    expect(lastSidebar(env).findings?.map((f) => f.message)).toEqual([`Xã Thử 2: ${DAMAGE_TEXT.workbookDamaged(['Biểu mẫu 3'], [])} ${T.reasons.damageHint.repair}`]);
    expect(lastSidebar(env).lead).toBe(T.done(1, 2));
  });

  it('names a commune whose version cell lost its name where its names leave its version unsure, with the names to give back, as every host words it', () => {
    const env = fakeEnv();
    const intact = communeSpreadsheet(env.log, communeId(1), dataOf(1));
    const unsure = communeSpreadsheet(env.log, communeId(2), dataOf(2));
    // Its names then say version 2 or 3 (Đơn vị cũ came with 3), which place Thông tin chung's cells differently.
    unsure.namedRanges = unsure.namedRanges.filter((n) => n.name !== TEMPLATE_VERSION_NAME && n.name !== 'TTC_formerUnits');
    env.remote.set(communeId(1), intact);
    env.remote.set(communeId(2), unsure);
    consolidateCommand(env, { now: env.clock.now });
    fillUnitList(env, [
      ['Xã Thử 1', linkOf(communeId(1))],
      ['Xã Thử 2', linkOf(communeId(2))],
    ]);
    consolidateCommand(env, { now: env.clock.now });
    // Tổng hợp reads the commune's spreadsheet: told in a reader's words, with nothing said of a re-layout it did not try.
    const said = DAMAGE_TEXT.versionNameLostRead(TEMPLATE_VERSION_NAME, 'Phiên bản mẫu', 'Thông tin chung', '2', TEMPLATE_VERSION, ['Thông tin chung']);
    expect(lastSidebar(env).findings?.map((f) => f.message)).toEqual([`Xã Thử 2: ${said} ${T.reasons.damageHint.giveBack([TEMPLATE_VERSION_NAME])}`]);
    expect(lastSidebar(env).lead).toBe(T.done(1, 2));
  });

  it('follows a link shown as a smart chip (read through the Sheets API: Apps Script documents no chips), in the same number of calls', () => {
    const env = fakeEnv();
    for (const i of [1, 2, 3]) env.remote.set(communeId(i), communeSpreadsheet(env.log, communeId(i), dataOf(i === 3 ? 4 : i)));
    consolidateCommand(env, { now: env.clock.now });
    fillUnitList(env, [
      ['Xã Thử 1', linkOf(communeId(1))],
      ['Xã Thử 2', ''],
      ['Xã Thử 4', ''],
    ]);
    const list = env.ss.sheet('Danh sách đơn vị');
    // Sheets turned the pasted link into a file chip showing the file's name.
    list.type('B4', 'Báo cáo CCHC xã Thử 2');
    list.cellAt('B4')!.chip = linkOf(communeId(2));
    list.type('B5', 'Báo cáo CCHC xã Thử 4');
    list.cellAt('B5')!.link = linkOf(communeId(3));
    env.log.reset();
    consolidateCommand(env, { now: env.clock.now });
    expect(lastSidebar(env).findings ?? []).toEqual([]);
    expect(lastSidebar(env).lead).toBe(T.done(3, 3));
    // Three communes, the list and the layout's own read.
    expect(env.log.count('Sheets', 'Spreadsheets.get')).toBe(3 + 2);
  });

  it('writes Tổng hợp afresh each time: no row of an earlier, longer list of rejections stays behind', () => {
    const env = district(6);
    consolidateCommand(env, { now: env.clock.now });
    expect(env.ss.sheet('Tổng hợp').computedValues().flat()).toContain(T.reasons.noAccess);
    env.remote.set(communeId(NO_ACCESS), communeSpreadsheet(env.log, communeId(NO_ACCESS), dataOf(NO_ACCESS)));
    env.remote.set(communeId(OTHER_PERIOD), communeSpreadsheet(env.log, communeId(OTHER_PERIOD), communeData('Thử 3', 1)));
    consolidateCommand(env, { now: env.clock.now });
    const after = env.ss.sheet('Tổng hợp').computedValues();
    expect(after.flat()).not.toContain(T.reasons.noAccess);
    expect(after.flat().filter((v) => typeof v === 'string' && v.startsWith('Xã Thử'))).toHaveLength(6);
  });

  it('reads a percent typed with its sign ("90%", stored 0.9 with a percent format) as the 90 it shows', () => {
    const form = BUILTIN_CATALOGUE.forms.find((f) => f.rows.some((r) => r.kind === 'percent'))!;
    const row = form.rows.find((r) => r.kind === 'percent')!;
    const env = fakeEnv();
    const ss = communeSpreadsheet(env.log, communeId(1), dataOf(1));
    env.remote.set(communeId(1), ss);
    consolidateCommand(env, { now: env.clock.now });
    fillUnitList(env, [['Xã Thử 1', linkOf(communeId(1))]]);
    const typed = ss.nameCell(definedName(form.number, row.key))!;
    typed.sheet.type(typed.a1, '90%');
    expect(typed.sheet.valueAt(typed.a1)).toBeCloseTo(0.9);
    consolidateCommand(env, { now: env.clock.now });
    // One commune: lowest, mean and highest are its own 90.
    expect(sheetTotals(env.ss)[consolidatedCellName(form.number, row.key)]).toBe('90 – 90 – 90');
  });

  it('Báo cáo tổng hợp: the district report from the last Tổng hợp, as a Google Doc and a .docx, the communes left out named', () => {
    const env = district(5);
    districtReportCommand(env);
    expect(env.app.ui.alerts).toEqual([{ title: T.reportTitle, prompt: T.reportNeedsRun }]);
    consolidateCommand(env, { now: env.clock.now });
    districtReportCommand(env, () => new Date(Date.UTC(2026, 6, 10, 3, 0)));
    expect(env.documents.docs).toHaveLength(1);
    const text = env.documents.docs[0]!.body.plainText();
    expect(text).toContain('BÁO CÁO\nKết quả công tác cải cách hành chính cấp xã 6 tháng đầu năm 2026');
    expect(text).toContain('Đã tổng hợp số liệu của 3/5 đơn vị (60%)');
    // A commune whose spreadsheet could not be opened is named as Danh sách đơn vị names it, without the reader's words (they may hold a link).
    expect(text).toContain(`Xã Thử ${NO_ACCESS} (không đọc được số liệu)`);
    expect(text).not.toContain('tệp Xã Thử');
    expect(env.documents.docs[0]!.name).toBe('Báo cáo tổng hợp CCHC 6 tháng đầu năm 2026 (2026-07-10 10:00)');
    const p = lastSidebar(env);
    expect(p.links?.map((l) => l.label)).toEqual([GAS_TEXT.reportDocLink, GAS_TEXT.reportDocxLink]);
    expect(env.drive.folder.files.some((f) => f.name.endsWith('.docx'))).toBe(true);
  });
});

describe('CCHC › Báo cáo tổng hợp: the office\'s own text from Nội dung báo cáo', () => {
  const C = T.contentFields;
  /** Types the office's fields into column B of Nội dung báo cáo, by label. */
  const fillContent = (env: FakeEnv, values: Partial<Record<keyof typeof C, string>>): void => {
    const sheet = env.ss.sheet(T.contentSheet);
    const labels = sheet.computedValues().map((r) => r[0]);
    for (const [field, value] of Object.entries(values)) {
      const row = labels.indexOf(C[field as keyof typeof C]);
      expect(row).toBeGreaterThanOrEqual(2);
      sheet.type(`B${row + 1}`, value);
    }
  };
  const report = (env: FakeEnv): string => {
    districtReportCommand(env, () => new Date(Date.UTC(2026, 6, 10, 3, 0)));
    return env.documents.docs.at(-1)!.body.plainText();
  };

  it('creates the sheet with its labels the first time, builds the report with dotted parts IV–VI, and says so', () => {
    const env = district(5);
    consolidateCommand(env, { now: env.clock.now });
    const text = report(env);
    const sheet = env.ss.sheet(T.contentSheet);
    expect(sheet.computedValues().slice(0, 3)).toEqual([[T.contentInstruction, ''], [...T.contentHeader], [C.issuer, '']]);
    expect(sheet.computedValues().map((r) => r[0])).toEqual([T.contentInstruction, T.contentHeader[0], ...Object.values(C)]);
    expect(lastSidebar(env).summary).toBe(T.contentCreated);
    expect(text).toContain('IV. ĐÁNH GIÁ CHUNG\n…');
  });

  it('the typed header, signer, Nơi nhận and parts IV–VI reach the report; the communes on Danh sách đơn vị not totalled are named', () => {
    const env = district(5);
    consolidateCommand(env, { now: env.clock.now });
    report(env);
    fillContent(env, {
      issuer: 'Phòng Nội vụ huyện Thử',
      superior: 'UBND huyện Thử',
      signerAuthority: 'KT. TRƯỞNG PHÒNG',
      signerTitle: 'Phó Trưởng phòng',
      signerName: 'Trần Thị Bình',
      recipients: 'UBND huyện Thử\nSở Nội vụ tỉnh Thử',
      assessment: 'Các xã đã chủ động triển khai kế hoạch.\n\nCòn 02 xã gửi số liệu chậm.',
      tasks: '- Đôn đốc các xã gửi số liệu đúng hạn;\n- Kiểm tra việc giải quyết hồ sơ trực tuyến.',
      proposals: 'Đề nghị Sở Nội vụ tổ chức tập huấn cho công chức xã.',
    });
    env.log.reset();
    const text = report(env);
    const calls = env.log.count('SpreadsheetApp');
    expect(env.log.count('SpreadsheetApp', 'Range.getValues')).toBe(1);
    expect(text).toContain('UBND HUYỆN THỬ\nPHÒNG NỘI VỤ');
    expect(text).toContain('Các xã đã chủ động triển khai kế hoạch.\nCòn 02 xã gửi số liệu chậm.');
    expect(text).toMatch(/V\. PHƯƠNG HƯỚNG[^\n]*\n[^\n]*Đôn đốc các xã gửi số liệu đúng hạn;\n[^\n]*Kiểm tra việc giải quyết hồ sơ trực tuyến\./);
    expect(text).toContain('VI. KIẾN NGHỊ VÀ ĐỀ XUẤT\nĐề nghị Sở Nội vụ tổ chức tập huấn cho công chức xã.');
    expect(text).toContain('KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG');
    expect(text).toContain('Trần Thị Bình');
    expect(text).toContain('Sở Nội vụ tỉnh Thử');
    expect(text).not.toContain('IV. ĐÁNH GIÁ CHUNG\n…');
    // Danh sách đơn vị's communes that were not totalled, by their names there.
    expect(text).toContain(`Xã Thử ${NO_ACCESS} (không đọc được số liệu)`);
    expect(text).toContain('xã Thử 3 (số liệu kỳ Quý I năm 2026');
    expect(lastSidebar(env).summary).toBeUndefined();

    // Nội dung báo cáo costs one read whatever it holds: as many calls to the spreadsheet with its texts ten times as long
    // (the Google Doc takes a call per paragraph, as every report does).
    fillContent(env, { assessment: 'Các xã đã chủ động triển khai kế hoạch. '.repeat(10), tasks: '- Một việc;\n'.repeat(10) });
    env.log.reset();
    report(env);
    expect(env.log.count('SpreadsheetApp')).toBe(calls);
  });

  it('a part left empty is printed as a dotted line and named in the sidebar; a row whose label is no field is named, not used', () => {
    const env = district(5);
    consolidateCommand(env, { now: env.clock.now });
    report(env);
    fillContent(env, { assessment: 'Đánh giá của phòng.' });
    const sheet = env.ss.sheet(T.contentSheet);
    const extra = sheet.computedValues().length + 1;
    sheet.type(`A${extra}`, 'Ghi chú riêng');
    sheet.type(`B${extra}`, 'không in');
    const text = report(env);
    expect(text).toContain('IV. ĐÁNH GIÁ CHUNG\nĐánh giá của phòng.');
    expect(text).toContain('VI. KIẾN NGHỊ VÀ ĐỀ XUẤT\n…');
    expect(text).not.toContain('không in');
    expect(lastSidebar(env).summary).toBe([T.contentUnknownRow(extra, 'Ghi chú riêng'), T.contentBlank(['V', 'VI'])].join(' '));
  });
});
