// What a re-layout carries from the workbook it finds: the entries under today's names, and where an unnamed cell may be carried by address.
import { namesOfToday, positionsKeptSince } from '../layout/template-versions';
import { hasTemplateNames } from './read-workbook';
import { workbookVersion } from './template-version';

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
