// The kept workbooks against today's plan: the layout cannot change while TEMPLATE_VERSION stays, and every version a reader knows has its kept workbook.
import { existsSync, readFileSync } from 'node:fs';
import { parseReportData } from '../../../../src/core/data/schema';
import { BUILTIN_CATALOGUE } from '../../../../src/core/forms/builtin';
import { formSheetName } from '../../../../src/core/forms/catalogue';
import { buildWorkbookPlan } from '../../../../src/core/layout/build-workbook-plan';
import { formRowNumber } from '../../../../src/core/layout/form-sheet';
import { TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../../src/core/layout/names';
import { KNOWN_TEMPLATE_VERSIONS } from '../../../../src/core/layout/template-versions';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { planToWorkbook } from '../../../../src/hosts/cli/xlsx/write-plan';
import { keptDataPath, keptWorkbook, keptWorkbookPath, namedValuesOf, snapshotOf, type KeptWorkbook } from '../../../fixtures/versions/kept-workbooks';

jest.setTimeout(30_000);

const HINT =
  `The workbook layout changed but TEMPLATE_VERSION is still ${TEMPLATE_VERSION}. Workbooks people hold were laid out by the kept one: ` +
  'bump TEMPLATE_VERSION (src/core/layout/names.ts), add a step to TEMPLATE_HISTORY (src/core/layout/template-versions.ts) ' +
  'naming renamed cells and the sheets whose rows stayed, and keep a workbook of the new version beside the old ones ' +
  '(tests/fixtures/versions/README.md). Differences:';

/**
 * The label cells whose words follow the header (the set's `labelBySuperior`: the superior's level, "thôn" or "tổ dân phố",
 * "tỉnh" or "thành phố"). Their text is not layout: a reader finds cells by name, and upgrading rewrites labels anyway;
 * every other property of them is compared.
 */
const PLACED_LABELS = new Set(
  BUILTIN_CATALOGUE.forms.flatMap((f) => f.rows.filter((r) => r.labelBySuperior).map((r) => `${formSheetName(f.number)}!B${formRowNumber(f, r.key) ?? 0}`)),
);
const withoutPlacedText = (sheet: string, c: { readonly a1: string }): string =>
  JSON.stringify(PLACED_LABELS.has(`${sheet}!${c.a1}`) ? { ...c, value: 'label' } : c);

/** What differs between two laid-out workbooks: sheets, every cell (value, formula, format, lock), merges, validations, protection, names. */
function differences(kept: KeptWorkbook, now: KeptWorkbook): string[] {
  const out: string[] = [];
  const keptSheets = kept.sheets.map((s) => s.name);
  const nowSheets = now.sheets.map((s) => s.name);
  if (JSON.stringify(keptSheets) !== JSON.stringify(nowSheets)) out.push(`sheets: ${keptSheets.join(', ')} → ${nowSheets.join(', ')}`);
  for (const sheet of now.sheets) {
    const before = kept.sheets.find((s) => s.name === sheet.name);
    if (!before) continue;
    const cellsBefore = new Map(before.cells.map((c) => [c.a1, withoutPlacedText(sheet.name, c)]));
    const cellsNow = new Map(sheet.cells.map((c) => [c.a1, withoutPlacedText(sheet.name, c)]));
    for (const a1 of new Set([...cellsBefore.keys(), ...cellsNow.keys()])) {
      if (cellsBefore.get(a1) !== cellsNow.get(a1)) out.push(`'${sheet.name}'!${a1}: ${cellsBefore.get(a1) ?? 'empty'} → ${cellsNow.get(a1) ?? 'empty'}`);
    }
    if (JSON.stringify(before.merges) !== JSON.stringify(sheet.merges)) out.push(`'${sheet.name}' merges: ${before.merges.join(' ')} → ${sheet.merges.join(' ')}`);
    if (JSON.stringify(before.validations) !== JSON.stringify(sheet.validations)) out.push(`'${sheet.name}' data validation changed`);
    if (before.protected !== sheet.protected) out.push(`'${sheet.name}' protected: ${before.protected} → ${sheet.protected}`);
  }
  for (const name of new Set([...Object.keys(kept.names), ...Object.keys(now.names)])) {
    const a = JSON.stringify(kept.names[name] ?? null);
    const b = JSON.stringify(now.names[name] ?? null);
    if (a !== b) out.push(`name ${name}: ${a} → ${b}`);
  }
  return out;
}

async function laidOutToday(version: string): Promise<KeptWorkbook> {
  const parsed = parseReportData(JSON.parse(readFileSync(keptDataPath(version), 'utf-8')));
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const wb = await planToWorkbook(buildWorkbookPlan(parsed.data));
  return snapshotOf(await loadWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)));
}

describe('the kept workbooks', () => {
  it('every version a reader knows has its kept workbook, which says that version', async () => {
    for (const version of KNOWN_TEMPLATE_VERSIONS) {
      expect({ version, kept: existsSync(keptWorkbookPath(version)), data: existsSync(keptDataPath(version)) }).toEqual({ version, kept: true, data: true });
      expect(String(namedValuesOf(snapshotOf(await keptWorkbook(version)))[TEMPLATE_VERSION_NAME])).toBe(version);
    }
  });

  it(`today's plan lays out exactly the kept workbook of version ${TEMPLATE_VERSION}`, async () => {
    const found = differences(snapshotOf(await keptWorkbook(TEMPLATE_VERSION)), await laidOutToday(TEMPLATE_VERSION));
    if (found.length > 0) throw new Error([HINT, ...found.slice(0, 30), found.length > 30 ? `… and ${found.length - 30} more` : ''].join('\n'));
    expect(found).toEqual([]);
  });

  it('the comparison sees a layout change: the kept version-1 workbook differs from today’s where version 2 changed it', async () => {
    const found = differences(snapshotOf(await keptWorkbook('1')), await laidOutToday(TEMPLATE_VERSION));
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^name TTC_signerAuthority: \{"sheet":"Thông tin chung","a1":"B\d+"\} → null$/)]));
  });
});
