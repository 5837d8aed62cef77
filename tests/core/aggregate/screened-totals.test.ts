// screenedTotals: what every host totals after screening — the accepted communes only, the rejected ones counted as not reported.
import { unreadableCandidate } from '../../../src/core/aggregate/candidate';
import { screenFiles, type Candidate } from '../../../src/core/aggregate/grouping';
import { laggingUnits, screenedTotals } from '../../../src/core/aggregate/screened-totals';
import type { FormsData, ReportData } from '../../../src/core/data/types';
import { commune } from './sample-units';

const unit = (file: string, data: ReportData): Candidate => ({ file, unit: { file, meta: data.meta } });

describe('screenedTotals', () => {
  const a = commune({ unit: 'An Phú' }, { '1': { '1': 3 } });
  const b = commune({ unit: 'Tịnh Kỳ' }, { '1': { '1': 5 } });
  const late = commune({ unit: 'Tịnh Châu', period: 'Q1' }, { '1': { '1': 100 } });
  const forms = new Map<string, FormsData>([
    ['a', a.forms],
    ['b', b.forms],
    ['late', late.forms],
  ]);

  it('totals the accepted communes only; an unreadable file and one of another period count as expected but not reported', () => {
    const screening = screenFiles([unit('a', a), unreadableCandidate('x', 'hỏng'), unit('b', b), unit('late', late)]);
    const t = screenedTotals(screening, (f) => forms.get(f))!;
    expect(t.accepted.map((u) => u.name)).toEqual(['xã An Phú', 'xã Tịnh Kỳ']);
    expect(t.totals.forms[1]?.['1']).toEqual({ kind: 'total', total: 8, reported: 2 });
    expect(t.totals.expected).toBe(4);
    expect(laggingUnits(t)).toHaveLength(5);
  });

  it('takes the office’s own count when it is larger, never a smaller one', () => {
    const screening = screenFiles([unit('a', a), unit('b', b)]);
    expect(screenedTotals(screening, (f) => forms.get(f), 10)!.totals.expected).toBe(10);
    expect(screenedTotals(screening, (f) => forms.get(f), 1)!.totals.expected).toBe(2);
  });

  it('is null when nothing was accepted', () => {
    expect(screenedTotals(screenFiles([unreadableCandidate('x', 'hỏng')]), () => undefined)).toBeNull();
  });
});
