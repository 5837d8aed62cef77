// upgradeClaim (core/read/carry-entries.ts): the one judgement of the version a re-layout (Lập biểu mẫu in Excel and Sheets,
// cchc upgrade) may say it upgraded a workbook from, as Kiểm tra tells its version (damageVerdict); the carry itself unchanged.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { SHEET_INFO, TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../../../src/core/layout/names';
import { KNOWN_TEMPLATE_VERSIONS } from '../../../src/core/layout/template-versions';
import { carryEntries, upgradeClaim } from '../../../src/core/read/carry-entries';
import { TemplateVersionError } from '../../../src/core/read/template-version';
import { damageVerdict, presenceIgnoringCase } from '../../../src/core/read/workbook-damage';
import { keptWorkbookPath } from '../../fixtures/versions/kept-workbooks';

/** The kept workbook of `version` as a host finds it (its sheets, its names), less `namesGone` and the sheets `sheetsGone` with their names. */
function kept(version: string, namesGone: readonly string[] = [], sheetsGone: readonly string[] = []) {
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(keptWorkbookPath(version))))['xl/workbook.xml'] ?? new Uint8Array());
  const sheets = [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1] ?? '').filter((s) => !sheetsGone.includes(s));
  // The names on a sheet gone (an older version's among them), as the kept workbook places them.
  const onGone = new Set(
    [...xml.matchAll(/<definedName [^>]*name="([^"]+)"[^>]*>(?:&apos;|')?([^'!<&]+)(?:&apos;|')?!/g)].filter((m) => sheetsGone.includes(m[2] ?? '')).map((m) => m[1] ?? ''),
  );
  const names = [...xml.matchAll(/<definedName [^>]*name="([^"]+)"/g)]
    .map((m) => m[1] ?? '')
    .filter((n) => !n.startsWith('_xlnm.') && !namesGone.includes(n) && !onGone.has(n));
  const values: Record<string, unknown> = Object.fromEntries(names.map((n) => [n, null]));
  if (TEMPLATE_VERSION_NAME in values) values[TEMPLATE_VERSION_NAME] = version;
  return { values, found: presenceIgnoringCase(sheets, names, []) };
}

const claim = (w: ReturnType<typeof kept>): string | null => upgradeClaim(BUILTIN_CATALOGUE, w.values, w.found);

describe('upgradeClaim', () => {
  it.each(KNOWN_TEMPLATE_VERSIONS)('claims the version of the kept workbook of version %s when older, as its version cell says; none for today’s', (version) => {
    expect(claim(kept(version))).toBe(version === TEMPLATE_VERSION ? null : version);
  });

  it('claims the version the names say where the version cell lost its name and they say one: version 1 (its authority line), none for today’s', () => {
    expect(claim(kept('1', [TEMPLATE_VERSION_NAME]))).toBe('1');
    expect(claim(kept(TEMPLATE_VERSION, [TEMPLATE_VERSION_NAME]))).toBeNull();
  });

  it.each(KNOWN_TEMPLATE_VERSIONS)(
    'claims none for the kept workbook of version %s that lost Thông tin chung with its version cell, as Kiểm tra tells it (today’s, damaged); the carry still from the oldest the names allow',
    (version) => {
      const w = kept(version, [], [SHEET_INFO]);
      expect(Object.keys(w.values).some((n) => n.startsWith('TTC_') || n === TEMPLATE_VERSION_NAME)).toBe(false);
      expect(damageVerdict(BUILTIN_CATALOGUE, w.found, undefined)?.kind).toBe('today');
      expect(claim(w)).toBeNull();
      // Only the claim: what the re-layout carries, and how, is carryEntries' (the entries the same whichever version).
      expect(carryEntries(w.values)).toMatchObject({ from: '1', upgraded: true });
    },
  );

  it('claims none for a workbook never laid out, and refuses a newer version as every re-layout does', () => {
    expect(upgradeClaim(BUILTIN_CATALOGUE, {}, presenceIgnoringCase(['Trang tính1'], [], []))).toBeNull();
    const newer = kept(TEMPLATE_VERSION);
    newer.values[TEMPLATE_VERSION_NAME] = String(Number(TEMPLATE_VERSION) + 1);
    expect(() => claim(newer)).toThrow(TemplateVersionError);
  });
});
