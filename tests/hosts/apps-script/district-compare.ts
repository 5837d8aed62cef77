// A district copy listing fake communes, and the same communes through `cchc consolidate --skip-rejected` (JSON files, the CLI in-process) and the TH cells a district spreadsheet holds, to compare them.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Period, ReportData } from '../../../src/core/data/types';
import type { FormCatalogue } from '../../../src/core/forms/build-catalogue';
import { loadWorkbook } from '../../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../../src/hosts/shared/xlsx-named-cells';
import { sandbox } from '../cli/cli-harness';
import { consolidateCommand, districtReportCommand, officeLastYearCommand } from '../../../src/hosts/apps-script/district-commands';
import { formSetCommand, layoutCommand } from '../../../src/hosts/apps-script/commands';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import { shareAuthoring } from './fakes/fake-form-sets';
import { communeData, communeId, communeSpreadsheet, fillUnitList, linkOf } from './fakes/fake-communes';
import { fakeEnv, type FakeEnv, type FakeEnvOptions, type FakeTrigger } from './fakes/fake-env';
import type { FakeSpreadsheet } from './fakes/fake-spreadsheet';

/** Commune 2 has not shared its spreadsheet with the district (403); commune 3 reports another period. */
export const NO_ACCESS = 2;
export const OTHER_PERIOD = 3;

/** Commune i's data: the sample renamed "Thử i", its counts times 1–3. */
export function dataOf(i: number): ReportData {
  return communeData(`Thử ${i}`, 1 + (i % 3), i === OTHER_PERIOD ? 'Q1' : undefined);
}

/** The communes as the CLI gets them: the one Google refuses is a file it cannot read. */
export const cliInputs = (n: number): (ReportData | null)[] => Array.from({ length: n }, (_, i) => (i + 1 === NO_ACCESS ? null : dataOf(i + 1)));

const blank = (v: unknown): unknown => (v === '' || v === undefined ? null : v);

/** Every TH name's value in the consolidated workbook the CLI writes; null stands for a file it cannot read. */
export async function cliTotals(communes: readonly (ReportData | null)[]): Promise<Record<string, unknown>> {
  const box = sandbox();
  try {
    const files = communes.map((data, i) => {
      const file = `don-vi-${i + 1}.json`;
      writeFileSync(box.path(file), data === null ? '{ không đọc được' : JSON.stringify(data));
      return file;
    });
    const r = await box.run('consolidate', ...files, '--out', 'th.xlsx', '--skip-rejected');
    if (r.code !== 0) throw new Error(`cchc consolidate: ${r.code}\n${r.stderr}`);
    const { values } = readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(box.path('th.xlsx')))));
    return Object.fromEntries(Object.entries(values).filter(([name]) => name.startsWith('TH')).map(([name, v]) => [name, blank(v)]));
  } finally {
    box.dispose();
  }
}

/** Every TH name's value as the spreadsheet shows it (formulas evaluated). */
export function sheetTotals(ss: FakeSpreadsheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const nr of ss.namedRanges) {
    if (!nr.name.startsWith('TH')) continue;
    const at = ss.nameCell(nr.name);
    if (at) out[nr.name] = blank(at.sheet.valueAt(at.a1));
  }
  return out;
}

/** A district copy listing `n` communes (2 unshared, 3 of another period), after the first Tổng hợp created `Danh sách đơn vị`; the log starts empty. */
export function district(n: number, options: FakeEnvOptions = {}): FakeEnv {
  const env = fakeEnv(options);
  for (let i = 1; i <= n; i++) env.remote.set(communeId(i), i === NO_ACCESS ? 403 : communeSpreadsheet(env.log, communeId(i), dataOf(i)));
  consolidateCommand(env, { now: env.clock.now });
  fillUnitList(env, Array.from({ length: n }, (_, i) => [`Xã Thử ${i + 1}`, linkOf(communeId(i + 1))] as const));
  env.app.ui.alerts.length = 0;
  env.log.reset();
  return env;
}

/** Service calls of one Tổng hợp over `n` communes, and the environment after it. */
export function districtServiceCalls(n: number): { calls: number; env: FakeEnv } {
  const env = district(n);
  consolidateCommand(env, { now: env.clock.now });
  return { calls: env.log.calls.length, env };
}

/**
 * Fires the script's resume triggers as Apps Script would, each when its time comes, each as one
 * execution (no editor open), until none is left or `max` executions ran; returns how they ended.
 */
export function fireTriggers(env: FakeEnv, max = 10): ('ended' | 'killed')[] {
  const ends: ('ended' | 'killed')[] = [];
  // Whether a fired one-off trigger stays listed until deleted is not documented: here it does (the stricter case, the script deletes it), and fires once.
  const fired = new Set<FakeTrigger>();
  const nextOne = (): FakeTrigger | undefined => env.liveTriggers().find((t) => !fired.has(t));
  for (let next = nextOne(); next && ends.length < max; next = nextOne()) {
    if (next.at > env.clock.ms) env.clock.advance(next.at - env.clock.ms);
    fired.add(next);
    ends.push(env.execute(() => consolidateCommand(env, { now: env.clock.now, interactive: false })));
  }
  return ends;
}

/** Last year's copy of the office's spreadsheet, as a link names it. */
export const LAST_YEAR_OFFICE_ID = '1OfficeLastYearSpreadsheet2025abcdefghijKLMN';
export const LAST_YEAR_OFFICE_NAME = 'Tổng hợp CCHC 6 tháng đầu năm 2025';

/** Commune i's data of the same period last year: the sample renamed "Thử i" (counts unchanged), fewer files settled on time and received online. */
export function lastYearDataOf(i: number, period?: Period, year = 2025): ReportData {
  const d = communeData(`Thử ${i}`, 1, period);
  return { ...d, meta: { ...d.meta, year }, forms: { ...d.forms, '3': { ...d.forms['3'], '3.3.2': 1100 }, '7': { ...d.forms['7'], '6.7.2': 1000 } } };
}

/**
 * Last year's copy of the office's spreadsheet as its own Tổng hợp left it (its TH sheets, `Tổng hợp`, its carried set), over
 * `n` communes all shared with it: another environment (its own calls), for this year's to open by its id.
 */
export function lastYearOffice(n: number, data: (i: number) => ReportData = (i) => lastYearDataOf(i), catalogue?: FormCatalogue, setup?: (env: FakeEnv) => void): FakeEnv {
  const env = fakeEnv({ spreadsheetId: LAST_YEAR_OFFICE_ID });
  setup?.(env);
  for (let i = 1; i <= n; i++) env.remote.set(communeId(i), communeSpreadsheet(env.log, communeId(i), data(i), catalogue));
  consolidateCommand(env, { now: env.clock.now });
  fillUnitList(env, Array.from({ length: n }, (_, i) => [`Xã Thử ${i + 1}`, linkOf(communeId(i + 1))] as const));
  consolidateCommand(env, { now: env.clock.now });
  if (!env.ss.sheets.some((s) => s.name === 'TH Biểu mẫu 1')) throw new Error('Tổng hợp năm trước không ghi được các trang TH');
  env.ss.name = LAST_YEAR_OFFICE_NAME;
  return env;
}

/**
 * Service calls of Báo cáo tổng hợp (the second: the first creates Nội dung báo cáo) after a Tổng hợp over `n` communes,
 * with last year's spreadsheet of `lastYear` communes chosen (none when 0): this spreadsheet's calls, and last year's.
 */
export function districtReportServiceCalls(n: number, lastYear: number): { calls: number; lastYearCalls: number; env: FakeEnv } {
  const env = district(n);
  consolidateCommand(env, { now: env.clock.now });
  const report = (): void => districtReportCommand(env, () => new Date(Date.UTC(2026, 6, 10, 3, 0)));
  report();
  const previous = lastYear > 0 ? lastYearOffice(lastYear) : null;
  if (previous) {
    env.app.others.set(LAST_YEAR_OFFICE_ID, previous.ss);
    env.app.ui.answers.push({ text: linkOf(LAST_YEAR_OFFICE_ID), button: 'OK' });
    officeLastYearCommand(env);
    previous.log.reset();
  }
  env.log.reset();
  report();
  if (env.app.ui.alerts.length > 0) throw new Error(env.app.ui.alerts.map((a) => a.prompt).join('\n'));
  return { calls: env.log.calls.length, lastYearCalls: previous?.log.calls.length ?? 0, env };
}

/** A copy of the template laid out by `set` (CCHC › Bộ biểu mẫu…), as a province's offices use it. */
export const withSet =
  (set: FormSetDef) =>
  (e: FakeEnv): void => {
    layoutCommand(e);
    e.app.ui.answers.push({ text: shareAuthoring(e, set), button: 'OK' });
    formSetCommand(e);
  };
