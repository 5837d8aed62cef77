// LibreOffice on hostile text: random narrative (a few fixed seeds) renders to a .docx it opens with every typed line in it; formula-like header text stays text in the .xlsx.
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportData } from '../../src/core/data/types';
import { buildWorkbookPlan } from '../../src/core/layout/build-workbook-plan';
import { buildReport } from '../../src/core/report/build-report';
import { dropXmlForbidden } from '../../src/core/report/document-text';
import { planToWorkbook } from '../../src/hosts/cli/xlsx/write-plan';
import { renderDocx } from '../../src/render/render-docx';
import { FORMULA_LIKE, formulaLikeData } from '../fixtures/formula-like-data';
import { SAMPLE_DATA, text } from '../fixtures/report-data-arbitrary';
import { convertWithLibreOffice } from './helpers/libreoffice';
import { tempDir } from '../helpers/temp-dir';

jest.setTimeout(300_000);

const SEEDS = [1, 2, 3, 4];
/** What XML forbids, sprinkled in: it must be dropped, and nothing else. */
const forbidden = fc.constantFrom('\u0001', '\u0008', '\u001F', '\uFFFE', '\uFFFF', '\uD800');
const hostileText = fc
  .tuple(text, fc.array(forbidden, { maxLength: 3 }), text)
  .map(([a, bad, b]) => `${a}${bad.join('')}${b}`)
  .filter((t) => /[\p{L}\p{N}]/u.test(t));
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('LibreOffice on hostile text', () => {
  const work = tempDir('cchc-text-');

  it('opens the .docx of random narrative text (fixed seeds), each typed line in it, only what XML forbids dropped', async () => {
    const cases = SEEDS.map((seed) => fc.sample(fc.tuple(hostileText, hostileText), { seed, numRuns: 1 })[0]!);
    const files: string[] = [];
    for (const [i, [one, five]] of cases.entries()) {
      const data: ReportData = { ...SAMPLE_DATA, narrative: { ...SAMPLE_DATA.narrative, 'I.1': one, V: five } };
      const file = join(work, `seed-${SEEDS[i]}.docx`);
      writeFileSync(file, await renderDocx(buildReport(data)));
      files.push(file);
    }
    const texts = convertWithLibreOffice(files, 'txt:Text (encoded):UTF8').map((f) => squash(readFileSync(f, 'utf-8')));
    cases.forEach(([one, five], i) => {
      for (const typed of [one, five]) {
        // Each line as the report lays it out: its whitespace joined into single spaces, a "- " item keeps its dash.
        for (const line of dropXmlForbidden(typed).split('\n').map(squash).filter((l) => /[\p{L}\p{N}]/u.test(l))) {
          expect({ seed: SEEDS[i], line, found: texts[i]!.includes(line) }).toEqual({ seed: SEEDS[i], line, found: true });
        }
      }
    });
  });

  it('keeps header text starting with =, +, -, @ as text when LibreOffice recalculates the .xlsx', async () => {
    const file = join(work, 'formula-like.xlsx');
    writeFileSync(file, Buffer.from(await (await planToWorkbook(buildWorkbookPlan(formulaLikeData()))).xlsx.writeBuffer()));
    // The first sheet, Thông tin chung, as UTF-8 CSV after a full recalculation on load.
    const [csv] = convertWithLibreOffice([file], 'csv:Text - txt - csv (StarCalc):44,34,76');
    const cells = readFileSync(csv!, 'utf-8')
      .split('\n')
      .flatMap((row) => [...row.matchAll(/"((?:[^"]|"")*)"|([^,]+)/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/""/g, '"')));
    for (const name of ['TTC_unit', 'TTC_place', 'TTC_reportNumber', 'TTC_basis']) {
      expect({ name, kept: cells.includes(FORMULA_LIKE[name]!) }).toEqual({ name, kept: true });
    }
  });
});
