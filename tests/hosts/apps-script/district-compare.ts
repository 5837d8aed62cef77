// A district copy listing fake communes, and the same communes through `cchc consolidate --skip-rejected` (JSON files, the CLI in-process) and the TH cells a district spreadsheet holds, to compare them.
import { readFileSync, writeFileSync } from 'node:fs';
import type { ReportData } from '../../../src/core/data/types';
import { loadWorkbook } from '../../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../../src/hosts/shared/xlsx-named-cells';
import { sandbox } from '../cli/cli-harness';
import { consolidateCommand } from '../../../src/hosts/apps-script/district-commands';
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
