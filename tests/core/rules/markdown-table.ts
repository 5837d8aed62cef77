// Reads the rule ids of a markdown table (README, CONTRACTS.md) for the tests that keep the published lists true.

/** The ids in the first column of the markdown table that follows `heading` in `text`. */
export function tableIds(text: string, heading: string): string[] {
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
