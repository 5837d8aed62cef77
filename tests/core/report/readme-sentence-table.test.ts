// The README's "Which form rows feed which sentence" table names exactly the typed rows the built-in templates read, section by section.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInputRow } from '../../../src/core/forms/types';
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';

/** "4.1–4.4" → 4.1, 4.2, 4.3, 4.4; "6.4.1–6.4.3" → 6.4.1, 6.4.2, 6.4.3; other keys as they are. */
function expand(item: string): string[] {
  const m = /^([\d.]+)\.(\d+)–\1\.(\d+)$/u.exec(item);
  if (!m) return [item];
  const [, prefix = '', from = '0', to = '0'] = m;
  return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => `${prefix}.${Number(from) + i}`);
}

function readmeTable(): Map<string, Set<string>> {
  const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
  const start = readme.indexOf('Which form rows feed which sentence:');
  const out = new Map<string, Set<string>>();
  for (const line of readme.slice(start).split('\n').slice(1)) {
    if (out.size > 0 && !line.startsWith('|')) break;
    const cells = /^\| ([IV]+(?:\.[\dabc]+)*) \| (.*) \|$/u.exec(line);
    if (!cells) continue;
    const [, section = '', feeds = ''] = cells;
    const rows = new Set<string>();
    for (const segment of feeds.replace(/\([^()]*\)/gu, '').split(';')) {
      const bm = /BM(\d): (.*)$/u.exec(segment.trim());
      if (!bm) continue;
      for (const item of (bm[2] ?? '').split(/,|\+/u).map((s) => s.trim()).filter(Boolean)) for (const key of expand(item)) rows.add(`${bm[1]}:${key}`);
    }
    out.set(section, rows);
  }
  return out;
}

describe("README's row → sentence table", () => {
  const table = readmeTable();
  const sections = [...new Set(BUILTIN_CATALOGUE.sentences.map((s) => s.section))];

  it('has a row for every section with generated sentences, and parses (the check itself can fail)', () => {
    expect(expand('6.4.1–6.4.3')).toEqual(['6.4.1', '6.4.2', '6.4.3']);
    expect([...table.keys()].filter((k) => k !== 'opening')).toEqual(expect.arrayContaining(sections));
  });

  it.each(sections)('%s names exactly the rows its sentences read', (section) => {
    // The rows a person types (a ratio or sum a template reads is computed from them), and the answers clauses depend on.
    const typed = (form: number, key: string): boolean => {
      const row = BUILTIN_CATALOGUE.row(form as 1, key);
      return row !== undefined && isInputRow(row);
    };
    const code = new Set(
      BUILTIN_CATALOGUE.sentences.filter((s) => s.section === section).flatMap((s) =>
        [...s.rows.filter((k) => typed(s.form, k)), ...(s.when ? [s.when.key] : [])].map((k) => `${s.form}:${k}`),
      ),
    );
    expect([...(table.get(section) ?? [])].sort()).toEqual([...code].sort());
  });
});
