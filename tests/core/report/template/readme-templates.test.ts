// The README's "Câu văn: ngôn ngữ mẫu câu" examples are templates the checker accepts with the rows they list.
import { BUILTIN_CATALOGUE } from '../../../../src/core/forms/builtin';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormNumber } from '../../../../src/core/forms/types';
import { checkTemplate } from '../../../../src/core/report/template/check-template';

function examples(): { form: number; rows: string[]; template: string }[] {
  const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
  const start = readme.indexOf('## Câu văn: ngôn ngữ mẫu câu');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  return [...section.matchAll(/```text\nBiểu mẫu: (\d)\nDòng: ([^\n]+)\nCâu: ([^\n]+)\n```/gu)].map(([, form = '', rows = '', template = '']) => ({
    form: Number(form),
    rows: rows.split(',').map((r) => r.trim()),
    template,
  }));
}

describe('README template examples', () => {
  it('are found, and each passes the checker', () => {
    const found = examples();
    expect(found.length).toBeGreaterThanOrEqual(6);
    for (const e of found) {
      const rows = e.rows.map((key) => {
        const row = BUILTIN_CATALOGUE.row(e.form as FormNumber, key);
        expect(row).toBeDefined();
        return row?.kind === 'code' ? { kind: row.kind, codes: row.codes.map((c) => c.value) } : { kind: row?.kind ?? 'count' };
      });
      expect([e.template, checkTemplate(e.template, rows)]).toEqual([e.template, []]);
    }
  });
});

describe('README district sentence example (Câu văn tổng hợp)', () => {
  it('is the built-in set’s sentence on files solved on time, word for word', () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    const m = /```text\nBiểu mẫu: (\d)\nDòng: ([^\n]+)\nTỷ lệ: ([^\n]+)\nChủ đề: ([^\n]+)\nCâu: ([^\n]+)\n```/u.exec(readme);
    expect(m).not.toBeNull();
    const [, form = '', rows = '', ratio = '', topic = '', template = ''] = m ?? [];
    expect(BUILTIN_CATALOGUE.districtSentences).toContainEqual({ form: Number(form), rows: rows.split(',').map((r) => r.trim()), ratio, topic, template });
  });
});
