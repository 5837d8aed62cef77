// Against the project's shared design documents (../shared beside the repository, as CI lays it): every rule id CONTRACTS.md names exists.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULE_IDS } from '../../src/core/rules/types';
import { tableIds } from '../core/rules/markdown-table';

const CONTRACTS = resolve(__dirname, '../../../shared/CONTRACTS.md');

describe('CONTRACTS.md', () => {
  it('names only rule ids the checker has', () => {
    // Fails (never skips) without ../shared: the e2e suite runs where CI lays it beside the repository.
    expect(existsSync(CONTRACTS)).toBe(true);
    const named = tableIds(readFileSync(CONTRACTS, 'utf8'), '## Findings');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const id of named) expect(Object.values(RULE_IDS)).toContain(id);
  });
});
