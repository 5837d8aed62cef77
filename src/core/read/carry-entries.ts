// What a re-layout carries from the workbook it finds: the entries under today's names, and where an unnamed cell may be carried by address.
import type { FormCatalogue } from '../forms/build-catalogue';
import { TEMPLATE_VERSION_NAME } from '../layout/names';
import { namesOfToday, positionsKeptSince } from '../layout/template-versions';
import { hasTemplateNames } from './read-workbook';
import { workbookVersion } from './template-version';
import { damageVerdict, type WorkbookPresence } from './workbook-damage';

export interface CarriedEntries {
  /** The version the workbook says it is; null when it has none of the template's names (never laid out). */
  readonly from: string | null;
  /** An older version, which the re-layout upgrades to today's. */
  readonly upgraded: boolean;
  /** Every value by today's defined name (an older version's renamed cells under their new names). */
  readonly values: Readonly<Record<string, unknown>>;
  /** May an input cell of `sheet` whose name the workbook lacks take what sits at its address? */
  readonly byPosition: (sheet: string) => boolean;
}

/**
 * Recognises the workbook's version from its named values (Lập biểu mẫu, cchc upgrade; workbookVersion) and maps
 * its entries to today's names. Throws TemplateVersionError for a newer or unknown version, so a
 * workbook this program cannot read is never laid over. `byPosition` holds for a workbook never
 * laid out only when `looseWhenNew` (Sheets keeps what was typed on a sheet of the plan's name).
 */
export function carryEntries(values: Readonly<Record<string, unknown>>, looseWhenNew = false): CarriedEntries {
  if (!hasTemplateNames(values)) return { from: null, upgraded: false, values, byPosition: () => looseWhenNew };
  const { version, current } = workbookVersion(values);
  return {
    from: version,
    upgraded: !current,
    values: current ? values : namesOfToday(values, version),
    byPosition: (sheet) => positionsKeptSince(version, sheet),
  };
}

/**
 * The older version a re-layout (Lập biểu mẫu in Excel and Sheets, cchc upgrade) may tell the person it upgraded the workbook
 * from: the one it carries it from (carryEntries, workbookVersion), as Kiểm tra tells it (damageVerdict). Null where that is
 * today's, where the workbook was never laid out, and where its version cell lost its name and the names it has leave its
 * version unsure, every version they allow laid out alike (the sheets whose cells differ are gone): carried from the oldest
 * (the entries the same whichever), it is told as laid out again, damaged as today's, never as upgraded from a version it
 * may not be. Only the claim: what the re-layout carries, and where, is carryEntries'. `values`: the usable names' values,
 * as the re-layout read them; `found`: its sheets and names. Throws TemplateVersionError for a newer or unknown version.
 */
export function upgradeClaim(catalogue: FormCatalogue, values: Readonly<Record<string, unknown>>, found: WorkbookPresence): string | null {
  if (!hasTemplateNames(values, catalogue)) return null;
  const { version, current } = workbookVersion(values);
  if (current) return null;
  return damageVerdict(catalogue, found, values[TEMPLATE_VERSION_NAME])?.kind === 'today' ? null : version;
}
