// Test data: the sample commune's H1 report and a Q1 report of the same year consistent with it (same standing rows and plan, smaller lũy kế).
import type { FormValues, Meta, ReportData } from '../../../src/core/data/types';
import { sample } from '../report/fixtures';

type Forms = Readonly<Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', FormValues>>>;

/** The sample (H1 2026) with some values and header fields replaced. */
export function report(meta: Partial<Meta> = {}, forms: Forms = {}): ReportData {
  const base = sample();
  const out: Record<string, FormValues> = {};
  for (const [k, v] of Object.entries(base.forms)) if (v) out[k] = v;
  for (const [k, v] of Object.entries(forms)) out[k] = { ...(base.forms[k as '1'] ?? {}), ...v };
  return { ...base, meta: { ...base.meta, ...meta }, forms: out };
}

/** Q1 2026 of the sample commune: standing rows and the year's plan as in H1, period rows and lũy kế smaller. */
export const sampleQ1 = (): ReportData =>
  report(
    { period: 'Q1', reportNumber: '12/BC-UBND', date: '2026-03-09', dataFrom: '2025-12-15', dataTo: '2026-03-09' },
    {
      '1': { '1': 5, '2.2': 12, '3.1': 2, '3.2.1': 1, '3.2.2': 1, '4.1': 10, '4.2': 9, '4.3': 1, '4.4': 0, '5': 0, '5.1': null, '5.2': null },
      '3': { '3.3.1': 610, '3.3.2': 606, '3.4.1': 1, '3.4.2': 1 },
      '4': { '2.4': 0 },
      '5': { '2.1': 0, '2.2': 0, '3': 0 },
      '6': { '2': 1500 },
      '7': { '6.7.1': 640, '6.7.2': 571 },
    },
  );
