// Property of `template --data` then `export` over random report data (fast-check): the export is the input, for every kind of value.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { reportData } from '../../../fixtures/report-data-arbitrary';
import { sandbox, type Sandbox } from '../cli-harness';

let box: Sandbox;
beforeAll(() => {
  box = sandbox();
});
afterAll(() => box.dispose());

describe('template --data → export, over random report data', () => {
  it('gives back the input: numbers of every kind, text in number cells, header texts, narrative and notes with line breaks', async () => {
    await fc.assert(
      fc.asyncProperty(reportData, async (data) => {
        writeFileSync(box.path('in.json'), JSON.stringify(data));
        const made = await box.run('template', '--out', 'a.xlsx', '--data', 'in.json', '--force');
        expect(made.stderr).toBe('');
        expect(made.code).toBe(0);
        const r = await box.run('export', 'a.xlsx');
        expect(r.stderr).toBe('');
        expect(JSON.parse(r.stdout)).toEqual(data);
      }),
      // About a second a run on the shared two-core machine: the suite stays within ~30 s.
      { numRuns: 15 },
    );
  }, 120_000);
});
