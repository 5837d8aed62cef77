// One file given to consolidation, as any host reads it: accepted with its forms, or rejected with the reason and each error.
import { checkedCandidate, unreadableCandidate } from '../../../src/core/aggregate/candidate';
import type { ReadInput } from '../../../src/core/read/check-named-values';
import { commune } from './sample-units';

const jsonInput = (data: ReturnType<typeof commune> | null, forms = data?.forms ?? {}): ReadInput => ({ data, forms, findings: [], cellOf: () => null, headerCellOf: () => null });

describe('checkedCandidate', () => {
  it('accepts a clean file with its forms, the rows it reported and its warnings', () => {
    const c = checkedCandidate('a.json', jsonInput(commune({ unit: 'Tịnh Kỳ' }, { '4': { '2.1': 20, '2.2': 21 } })));
    expect(c.candidate).toMatchObject({ file: 'a.json', unit: { file: 'a.json', meta: { unit: 'Tịnh Kỳ', unitKind: 'xã' }, rowsReported: 67 } });
    expect(c.forms?.['4']?.['2.2']).toBe(21);
    expect(c.warnings).toBeGreaterThan(0);
  });

  it('rejects a file with errors, naming the commune and listing every error', () => {
    const c = checkedCandidate('b.json', jsonInput(commune({ unit: 'An Phú' }, { '1': { '2.2': 45 }, '3': { '3.3.2': 5000 } })));
    expect(c.forms).toBeNull();
    if (!('rejected' in c.candidate)) throw new Error('accepted');
    expect(c.candidate.rejected).toMatchObject({ kind: 'errors', unit: 'xã An Phú', reason: 'số liệu còn 2 lỗi.' });
    expect(c.candidate.rejected.details).toHaveLength(2);
    expect(c.candidate.rejected.details[0]).toMatch(/^ {2}\[lỗi\] .*2\.2.*45/u);
  });

  it('rejects a file whose header does not say which commune and period, and keeps an unreadable file’s reason', () => {
    const c = checkedCandidate('c.xlsx', jsonInput(null, commune({}).forms));
    expect('rejected' in c.candidate && c.candidate.rejected.kind).toBe('no-header');
    expect(unreadableCandidate('d.xlsx', 'tệp hỏng.')).toEqual({ file: 'd.xlsx', rejected: { file: 'd.xlsx', kind: 'unreadable', unit: null, reason: 'tệp hỏng.', details: [] } });
  });
});
