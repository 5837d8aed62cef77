// The published rule ids: the README's table lists exactly RULE_IDS, and every id CONTRACTS.md names is one of them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS } from '../../../src/core/rules/types';

const ROOT = join(__dirname, '../../..');

/** The ids in the first column of the markdown table that follows `heading` in `text`. */
function tableIds(text: string, heading: string): string[] {
  const start = text.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const lines = text.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('| rule |'));
  const rows: string[] = [];
  for (const line of lines.slice(first + 2)) {
    const m = /^\| `([a-z-]+)` \|/.exec(line);
    if (!m?.[1]) break;
    rows.push(m[1]);
  }
  return rows;
}

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

  it('include every id CONTRACTS.md names', () => {
    const contracts = join(ROOT, '../shared/CONTRACTS.md');
    expect(existsSync(contracts)).toBe(true);
    const named = tableIds(readFileSync(contracts, 'utf8'), '## Findings');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const id of named) expect(ids).toContain(id);
  });
});
