// The light .docx writer (src/render) gives the files the docx library gave for the same report (issue 23: the report's
// bytes unchanged, built without docx's object tree): every part equal character for character, in the same order; only
// the time in docProps/core.xml differs. The library's renderer, as it was, is kept beside this test as the reference.
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attention } from '../../src/core/aggregate/attention';
import { consolidate } from '../../src/core/aggregate/consolidate';
import type { Grouping } from '../../src/core/aggregate/grouping';
import { unitRowsReported } from '../../src/core/aggregate/incomplete-rows';
import { parseReportData } from '../../src/core/data/schema';
import type { ReportData } from '../../src/core/data/types';
import { BUILTIN_CATALOGUE } from '../../src/core/forms/builtin';
import { buildReport } from '../../src/core/report/build-report';
import { buildConsolidatedReport } from '../../src/core/report/consolidated-report';
import type { ReportDocument } from '../../src/core/report/model';
import { renderDocx } from '../../src/render/render-docx';
import { zlibZip } from '../../src/hosts/cli/xlsx/zlib-zip';
import { GOLDEN_DATA } from '../core/report/golden-data';
import { renderDocx as renderWithLibrary } from './docx-library/render-docx';

const sample = (): ReportData => {
  const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../examples/xa-hoa-phong.json'), 'utf-8')));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.data;
};

/** Specials, controls XML forbids, a typed line break, emoji: what escaping and cleaning must treat as docx did. */
const HOSTILE = `<a href="x">&amp; 'nháy' "kép" — 😀 Ứng dụng\u0001\u0008\u000B\u001F\uFFFE\uDFFF\nDòng hai\ttab`;

function district(): ReportDocument {
  const units = Object.entries(GOLDEN_DATA).map(([name, make], i) => ({ name: `${name} ${i}`, data: make() }));
  const grouping: Grouping = {
    period: 'H1',
    year: 2026,
    units: units.map((u) => ({ file: `${u.name}.json`, meta: { ...u.data.meta, unit: u.name, period: 'H1', year: 2026 }, rowsReported: unitRowsReported(u.data.forms, BUILTIN_CATALOGUE) })),
    rejected: [{ file: 'x.json', kind: 'errors', unit: 'xã X', reason: 'số liệu còn 2 lỗi.', details: [] }],
  };
  const totals = consolidate(
    units.map((u) => u.data.forms),
    { expected: units.length + 2 },
  );
  const lagging = attention(
    units.map((u) => ({ name: `xã ${u.name}`, forms: u.data.forms })),
    totals,
    BUILTIN_CATALOGUE,
  );
  return buildConsolidatedReport(
    grouping,
    totals,
    { issuer: `Phòng Nội vụ ${HOSTILE}`, superior: 'UBND huyện Sơn Tịnh', signer: { authority: 'KT. Trưởng phòng', title: 'Phó Trưởng phòng', name: 'Nguyễn Văn An' }, recipients: ['A & B', HOSTILE] },
    lagging,
    { year: 2025, totals },
  );
}

const CASES: readonly (readonly [string, () => ReportDocument])[] = [
  ['the sample', () => buildReport(sample())],
  ['the sample, draft', () => buildReport(sample(), { draft: true })],
  ['the sample with last year', () => buildReport({ ...sample(), previous: { period: 'H1', year: 2025, forms: sample().forms } })],
  ['hostile narrative text', () => buildReport({ ...sample(), narrative: { ...sample().narrative, 'I.1': HOSTILE } })],
  ...Object.entries(GOLDEN_DATA).map(([name, make]) => [`golden ${name}`, () => buildReport(make(), { draft: name === 'zeroWholesEmptyParts' || name === 'manyEmpty' })] as const),
  ['a district with every option', district],
  ['another font, body size and margins', () => {
    const doc = buildReport(sample(), { draft: true });
    return { ...doc, page: { ...doc.page, fontFamily: 'Arial "Narrow" & Co', marginsPt: { top: 50, bottom: 40, left: 70, right: 30 } }, styles: { ...doc.styles, body: { ...doc.styles.body, sizePt: 13 } } };
  }],
];

/** Every part of a .docx as text, in zip order; the creation and modification times blanked. */
function partsOf(bytes: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1')]);
}

describe('renderDocx gives the parts the docx library gave (issue 23)', () => {
  it.each(CASES)('%s', async (_name, make) => {
    const doc = make();
    const mine = partsOf(await renderDocx(doc));
    const theirs = partsOf(await renderWithLibrary(doc));
    expect(mine.map(([p]) => p)).toEqual(theirs.map(([p]) => p));
    // The CLI's archive (Node's zlib) holds the same parts as the pane's (fflate).
    expect(partsOf(await renderDocx(doc, zlibZip))).toEqual(mine);
    for (const [path, xml] of theirs) {
      const own = mine.find(([p]) => p === path)?.[1];
      // A first difference, not two 500 kB strings.
      if (own !== xml) {
        let i = 0;
        while (i < xml.length && own?.[i] === xml[i]) i++;
        expect({ path, at: i, mine: own?.slice(Math.max(0, i - 200), i + 200) }).toEqual({ path, at: i, mine: xml.slice(Math.max(0, i - 200), i + 200) });
      }
    }
  });
});
