// The published rule ids: the README's table lists exactly RULE_IDS (CONTRACTS.md's list is checked in tests/e2e/contracts.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS } from '../../../src/core/rules/types';
import { tableIds } from './markdown-table';

const ROOT = join(__dirname, '../../..');

describe('rule ids', () => {
  const ids = Object.values(RULE_IDS);

  it('are unique kebab-case ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('are exactly the README table, in its order', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(tableIds(readme, '## Findings (rule ids)')).toEqual(ids);
  });
});
