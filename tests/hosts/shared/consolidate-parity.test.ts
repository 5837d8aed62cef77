// The same communes totalled by `cchc consolidate`, the pane's Tổng hợp and Apps Script's Tổng hợp: the same cells, the same accepted and rejected.
import { consolidateCommand } from '../../../src/hosts/apps-script/district-commands';
import { district, fireTriggers } from '../apps-script/district-compare';
import type { FakeSpreadsheet } from '../apps-script/fakes/fake-spreadsheet';

/** Every non-empty cell of the `TH …` sheets and `Tổng hợp`, as the spreadsheet shows it. */
function districtCells(ss: FakeSpreadsheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sheet of ss.sheets) {
    if (!sheet.name.startsWith('TH ') && sheet.name !== 'Tổng hợp') continue;
    sheet.computedValues().forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== '' && v !== null && v !== undefined) out[`${sheet.name}!${r + 1}:${c + 1}`] = v;
      }),
    );
  }
  return out;
}

describe('Apps Script Tổng hợp over several executions', () => {
  it('writes the same cells as one execution: what a commune said of its superior survives the stored progress', () => {
    const once = district(6);
    consolidateCommand(once, { now: once.clock.now });
    // Each read takes 100 s of the fake clock: the first execution stops after three communes, a trigger reads the rest.
    const env = district(6, { readLatencyMs: 100_000 });
    consolidateCommand(env, { now: env.clock.now });
    expect(env.ss.sheets.some((s) => s.name.startsWith('TH '))).toBe(false);
    fireTriggers(env);
    const label = Object.values(districtCells(once.ss)).find((v) => typeof v === 'string' && v.startsWith('Thực hiện nhiệm vụ của UBND'));
    // The communes report to "UBND tỉnh Quảng Ngãi": Biểu mẫu 1 row 4 names that level, not "cấp trên".
    expect(label).toBe('Thực hiện nhiệm vụ của UBND tỉnh, Chủ tịch UBND tỉnh giao');
    expect(districtCells(env.ss)).toEqual(districtCells(once.ss));
  }, 60_000);
});
