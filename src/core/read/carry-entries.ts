// What a re-layout carries from the workbook it finds: the entries under today's names, and where an unnamed cell may be carried by address.
import { TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../layout/names';
import { namesOfToday, positionsKeptSince, versionsByNames } from '../layout/template-versions';
import { hasTemplateNames } from './read-workbook';
import { readableTemplateVersion } from './template-version';

/** The version a workbook is carried from, as every re-layout judges it. */
export interface WorkbookVersion {
  readonly version: string;
  readonly current: boolean;
  /**
   * The version cell lost its name (deleted, or at #REF!): the versions the workbook may be, by the names it has
   * (versionsByNames); `version` is the oldest of them. Null when the version cell has its name (its value is the version).
   */
  readonly byNames: { readonly oldest: string; readonly newest: string } | null;
}

/**
 * The version of a workbook of ours (`values`: its usable names' values), for a re-layout: its version cell's (an empty
 * one is version 1), or, when that cell lost its name, the oldest version the names it has allow: a workbook of today's
 * version is told by today's names, whatever its version cell. Throws TemplateVersionError for a newer or unknown version.
 */
export function workbookVersion(values: Readonly<Record<string, unknown>>): WorkbookVersion {
  if (Object.prototype.hasOwnProperty.call(values, TEMPLATE_VERSION_NAME)) return { ...readableTemplateVersion(values[TEMPLATE_VERSION_NAME]), byNames: null };
  const byNames = versionsByNames((name) => Object.prototype.hasOwnProperty.call(values, name));
  return { version: byNames.oldest, current: byNames.oldest === TEMPLATE_VERSION, byNames };
}

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
