// Properties of the checker over random report data (fast-check): it never throws, and the same data always gives the same findings.
import fc from 'fast-check';
import type { ReportData } from '../../../src/core/data/types';
import { buildWorkbookPlan, cellLocator } from '../../../src/core/layout/build-workbook-plan';
import { checkReport } from '../../../src/core/rules';
import { meta, narrative, reportData, wildForms } from '../../fixtures/report-data-arbitrary';

const RUNS = { numRuns: 50 };
const cellOf = cellLocator(buildWorkbookPlan(null));
/** Hand-edited data: any number (negative, huge, fractional), text, blanks, in any row, computed rows too. */
const wild: fc.Arbitrary<ReportData> = fc.record({ meta, forms: wildForms, narrative }).map((d) => ({ schemaVersion: 1, ...d }) as ReportData);

describe('checkReport, over random report data', () => {
  it('never throws, and every finding has a known severity and a Vietnamese message', () => {
    fc.assert(
      fc.property(fc.oneof(reportData, wild), (data) => {
        const result = checkReport(data, { cellOf });
        expect(result.errors + result.warnings + result.infos).toBe(result.findings.length);
        for (const f of result.findings) {
          expect(['error', 'warning', 'info']).toContain(f.severity);
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.message).not.toMatch(/undefined|NaN|\[object/);
        }
      }),
      RUNS,
    );
  });

  it('is deterministic: the same data, or a copy of it, gives the same findings in the same order', () => {
    fc.assert(
      fc.property(fc.oneof(reportData, wild), (data) => {
        const first = checkReport(data, { cellOf });
        expect(checkReport(data, { cellOf })).toEqual(first);
        expect(checkReport(structuredClone(data), { cellOf })).toEqual(first);
      }),
      RUNS,
    );
  });
});
