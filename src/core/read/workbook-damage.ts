// The one damage check every host makes before reading a workbook: the template's sheets and defined names it lacks (a sheet deleted or renamed, a name deleted or left at #REF!), refused in Excel's order.
import { NARRATIVE_KEYS } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { isBuiltinSet } from '../forms/builtin';
import { sameSetWordForWord } from '../forms/choose-form-set';
import type { FormSetDef } from '../forms/form-set';
import { CARRIED_SET_CHECK_NAME, CARRIED_SET_ID_NAME, CARRIED_SET_PARTS_NAME, CARRIED_SET_SHEET, CARRIED_SET_VERSION_NAME, carriedSetSheet } from '../forms/carried-set';
import { definedName, formSheetName } from '../forms/catalogue';
import { DAMAGE_TEXT } from '../i18n/damage';
import { LAYOUT_TEXT } from '../i18n/layout';
import { READ_TEXT } from '../i18n/read';
import { INFO_FIELDS, SHEET_INFO, SHEET_NARRATIVE, TEMPLATE_VERSION, TEMPLATE_VERSION_NAME, infoCellName, narrativeCellName, noteCellName } from '../layout/names';
import { KNOWN_TEMPLATE_VERSIONS, NOTES_NAMED_IN_PART, OLDER_TEMPLATE_NAMES, nameInVersion, positionsKeptSince, versionsByNames } from '../layout/template-versions';
import { hasTemplateNames } from './read-workbook';
import { readableTemplateVersion, workbookVersion } from './template-version';
import { WorkbookFormatError } from './workbook-format-error';

/** A defined name of the template as the check needs it: today's plan gives only `name` (every name must be there). */
export interface TemplateName {
  readonly name: string;
  /** A workbook may lack it (its version had no such cell); one it has must still point somewhere. */
  readonly mayLack?: boolean;
  /** Names a workbook has all of or none of (version 1's Ghi chú names): lacking every one of them is no damage. */
  readonly allOrNone?: string;
}

/** A sheet of the template and the defined names on it, as a plan's SheetPlan gives them (only what the check needs). */
export interface TemplateSheet {
  readonly name: string;
  readonly names: readonly TemplateName[];
}

/**
 * What a host found in the workbook, looked up as that host looks names and sheets up (Excel whatever the case;
 * Google Sheets as its API lists them).
 */
export interface WorkbookPresence {
  /** Whether the workbook has a sheet by this name. */
  hasSheet(name: string): boolean;
  /** The defined name: undefined when the workbook has none, `usable: false` when it has it but it points nowhere (#REF!, a deleted sheet). */
  name(name: string): { readonly usable: boolean } | undefined;
}

/** What the workbook lacks of the template: sheets, and names that are missing or broken on the sheets it has. */
export interface WorkbookDamage {
  readonly missingSheets: readonly string[];
  readonly brokenNames: readonly string[];
  /** Nothing of the template at all: a workbook never laid out. */
  readonly blank: boolean;
}

/** A missing sheet is named once: the names it held are part of it. Names are listed in the template's order. */
export function workbookDamage(sheets: readonly TemplateSheet[], found: WorkbookPresence): WorkbookDamage {
  const missingSheets: string[] = [];
  const brokenNames: string[] = [];
  // Groups of names the workbook has at least one of: it must then have them all.
  const groupsHad = new Set<string>();
  for (const sheet of sheets) for (const n of sheet.names) if (n.allOrNone !== undefined && found.name(n.name)) groupsHad.add(n.allOrNone);
  let seen = 0;
  for (const sheet of sheets) {
    const present = found.hasSheet(sheet.name);
    if (present) seen++;
    else missingSheets.push(sheet.name);
    for (const n of sheet.names) {
      const entry = found.name(n.name);
      if (entry) seen++;
      const mayLack = n.mayLack === true || (n.allOrNone !== undefined && !groupsHad.has(n.allOrNone));
      if (present && !entry?.usable && !(entry === undefined && mayLack)) brokenNames.push(n.name);
    }
  }
  return { missingSheets, brokenNames, blank: seen === 0 };
}

export const isDamaged = (d: WorkbookDamage): boolean => d.missingSheets.length > 0 || d.brokenNames.length > 0;

const sheetsOf = new WeakMap<FormCatalogue, readonly TemplateSheet[]>();

/**
 * The sheets and defined names a workbook laid out by `catalogue` has, in the plan's order (buildWorkbookPlan's sheets and
 * names, pinned equal by workbook-damage.test), without laying the plan out. Once per catalogue.
 */
export function templateSheets(catalogue: FormCatalogue): readonly TemplateSheet[] {
  const known = sheetsOf.get(catalogue);
  if (known) return known;
  const named = (names: readonly string[]): { name: string }[] => names.map((name) => ({ name }));
  const sheets: TemplateSheet[] = [
    { name: SHEET_INFO, names: named([...INFO_FIELDS.map(infoCellName), TEMPLATE_VERSION_NAME]) },
    ...catalogue.forms.map((form) => ({
      name: formSheetName(form.number),
      names: named(form.rows.flatMap((row) => [noteCellName(form.number, row.key), ...(row.kind === 'section' ? [] : [definedName(form.number, row.key)])])),
    })),
    { name: SHEET_NARRATIVE, names: named(NARRATIVE_KEYS.map(narrativeCellName)) },
    ...(isBuiltinSet(catalogue.definition) ? [] : [carriedSetSheet(catalogue.definition)]),
  ];
  sheetsOf.set(catalogue, sheets);
  return sheets;
}

const olderSheetsOf = new WeakMap<FormCatalogue, Map<string, readonly TemplateSheet[]>>();

/**
 * The sheets and defined names a workbook of template version `version` laid out by `catalogue` has (TEMPLATE_HISTORY):
 * today's, a renamed cell under the name it had then, a cell a later version added as one it may lack, and the Ghi chú
 * names all or none where that version named them only in part. Once per catalogue and version.
 */
export function versionSheets(catalogue: FormCatalogue, version: string): readonly TemplateSheet[] {
  if (version === TEMPLATE_VERSION) return templateSheets(catalogue);
  const byVersion = olderSheetsOf.get(catalogue) ?? new Map<string, readonly TemplateSheet[]>();
  olderSheetsOf.set(catalogue, byVersion);
  const known = byVersion.get(version);
  if (known) return known;
  const notes = NOTES_NAMED_IN_PART.includes(version) ? new Set(catalogue.forms.flatMap((f) => f.rows.map((r) => noteCellName(f.number, r.key)))) : new Set<string>();
  const sheets = templateSheets(catalogue).map((sheet) => ({
    name: sheet.name,
    names: sheet.names.map(({ name }): TemplateName => {
      const then = nameInVersion(name, version);
      if (then === null) return { name, mayLack: true };
      return notes.has(name) ? { name: then, allOrNone: 'notes' } : { name: then };
    }),
  }));
  byVersion.set(version, sheets);
  return sheets;
}

/** Names lost on one sheet. */
export interface LostOnSheet {
  readonly sheet: string;
  readonly names: readonly string[];
}

/**
 * Whether a person's entries sit on `sheet`: not on the hidden sheet carrying a province's set (CARRIED_SET_SHEET), which
 * nobody types in, which every layout writes whole from the set, and whose damaged copy is refused apart (CarriedSetError).
 */
const holdsEntries = (sheet: string): boolean => sheet !== CARRIED_SET_SHEET;

/**
 * The names `damage` (of a workbook of `version`) lists on sheets whose cells moved since that version, by sheet: a
 * re-layout cannot take what such a cell holds by its address, so the entry would be lost. The version cell holds no
 * entry (the layout writes it): its name lost loses nothing; nor do the carried set's names (holdsEntries).
 */
export function lostWhereCellsMoved(catalogue: FormCatalogue, version: string, damage: WorkbookDamage): LostOnSheet[] {
  const lost = new Set(damage.brokenNames.filter((n) => n !== TEMPLATE_VERSION_NAME));
  return versionSheets(catalogue, version)
    .filter((sheet) => holdsEntries(sheet.name) && !positionsKeptSince(version, sheet.name))
    .map((sheet) => ({ sheet: sheet.name, names: sheet.names.map((n) => n.name).filter((n) => lost.has(n)) }))
    .filter((s) => s.names.length > 0);
}

/**
 * What a workbook of the older template version `version` lacks of its own version's sheets and names, and the words
 * every host says it with (after DAMAGE_TEXT.olderTemplate, before its way to upgrade): what is lost, and where a lost
 * name sits on a sheet whose cells moved since, that upgrading would lose its entry. Null when it lacks nothing.
 */
export function olderDamage(catalogue: FormCatalogue, version: string, found: WorkbookPresence): { readonly damage: WorkbookDamage; readonly said: string } | null {
  const damage = workbookDamage(versionSheets(catalogue, version), found);
  if (!isDamaged(damage)) return null;
  const moved = lostWhereCellsMoved(catalogue, version, damage).map((l) => l.sheet);
  const said = [DAMAGE_TEXT.workbookDamaged(damage.missingSheets, damage.brokenNames), ...(moved.length > 0 ? [DAMAGE_TEXT.lostWhereMoved(version, moved)] : [])];
  return { damage, said: said.join(' ') };
}

/** Why a re-layout refuses a workbook before writing anything: an entry would be lost, or put in another row's cell. */
export type UpgradeRefusal = (
  | {
      /** The workbook (of the older `version`) lost names on sheets whose cells moved since: their entries cannot be found. */
      readonly kind: 'lostWhereMoved';
      readonly version: string;
      readonly lost: readonly LostOnSheet[];
    }
  | {
      /**
       * The version cell lost its name, and the names the workbook has leave its version between `oldest` and `newest`,
       * which place the cells of `sheets` (which the workbook has) differently.
       */
      readonly kind: 'versionNameLost';
      readonly oldest: string;
      readonly newest: string;
      readonly sheets: readonly string[];
    }
) & {
  /** What is wrong, in the words every host says it with (DAMAGE_TEXT), before the host's way of giving the names back. */
  readonly said: string;
  /** The names to give back to their cells before laying the workbook out again. */
  readonly giveBack: readonly string[];
};

/**
 * The one decision every re-layout (cchc upgrade, Lập biểu mẫu in Excel and in Google Sheets) makes before writing, for
 * a workbook of ours laid out by `catalogue` (`values`: its usable names' values; `found`: its sheets and names): null
 * when it may be laid out again with every entry kept, else why not.
 *
 * A re-layout carries an entry by its cell's name, and where the name was lost by the cell's place, only on sheets whose
 * cells kept their place since the workbook's version (positionsKeptSince). So it refuses an older workbook that lost a
 * name on a sheet whose cells moved since (lostWhereCellsMoved). When the version cell lost its name, the version is
 * judged by the names the workbook has (workbookVersion): today's when it has today's names; where they leave it between
 * two versions that place a sheet's cells differently, or where a cell of that sheet was added since the older one (a
 * version 2 workbook's version cell sits where version 3's Đơn vị cũ does), it refuses while the workbook has that sheet.
 * Throws TemplateVersionError for a newer or unknown version.
 */
export function upgradeRefusal(catalogue: FormCatalogue, values: Readonly<Record<string, unknown>>, found: WorkbookPresence): UpgradeRefusal | null {
  if (!hasTemplateNames(values, catalogue)) return null;
  const { version, current, byNames } = workbookVersion(values);
  const unsure = byNames === null ? null : versionNameLost(catalogue, byNames, found);
  if (unsure) return unsure;
  if (current) return null;
  const lost = lostWhereCellsMoved(catalogue, version, workbookDamage(versionSheets(catalogue, version), found));
  if (lost.length === 0) return null;
  return { kind: 'lostWhereMoved', version, lost, said: DAMAGE_TEXT.upgradeWouldLose(version, lost), giveBack: lost.flatMap((l) => l.names) };
}

/**
 * A workbook whose version cell lost its name, its names leaving its version between `byNames.oldest` and `.newest`: the
 * refusal of a re-layout where those versions place the cells of a sheet it has (and holds entries on) differently, or
 * where a cell of that sheet was added since the oldest; null where every such version would be laid out alike.
 */
function versionNameLost(
  catalogue: FormCatalogue,
  byNames: { readonly oldest: string; readonly newest: string },
  found: WorkbookPresence,
): (UpgradeRefusal & { readonly kind: 'versionNameLost' }) | null {
  if (byNames.oldest === byNames.newest) return null;
  const sheets = templateSheets(catalogue)
    .filter((sheet) => holdsEntries(sheet.name) && found.hasSheet(sheet.name))
    .filter((sheet) => !positionsKeptSince(byNames.oldest, sheet.name) || sheet.names.some((n) => nameInVersion(n.name, byNames.oldest) === null))
    .map((sheet) => sheet.name);
  if (sheets.length === 0) return null;
  const said = DAMAGE_TEXT.versionNameLost(TEMPLATE_VERSION_NAME, LAYOUT_TEXT.templateVersionLabel, SHEET_INFO, byNames.oldest, byNames.newest, sheets);
  return { kind: 'versionNameLost', oldest: byNames.oldest, newest: byNames.newest, sheets, said, giveBack: [TEMPLATE_VERSION_NAME] };
}

/** Why a layout by another form set refuses a workbook before writing anything (setMoveRefusal). */
export interface SetMoveRefusal {
  /** What the workbook lacks of its own version's sheets and names (nothing, where its version never named its Ghi chú cells). */
  readonly damage: WorkbookDamage;
  /** What is wrong, in the words every host says it with (DAMAGE_TEXT), before the host's reason and its way to repair first. */
  readonly said: string;
}

/**
 * A layout by `to` (absent: the set the workbook carries) of a workbook that carries `from` moves it to another set: its entries go
 * by name only (what setMoveRefusal refuses otherwise), so no input cell takes what sits at its address. A row new to `to` has no
 * earlier entry: what the clerk typed where its cell now lies is no row's, kept by strayValues, never taken as that row's value.
 */
export function movesByNameOnly(from: FormCatalogue, to: FormSetDef | undefined): boolean {
  return to !== undefined && !sameSetWordForWord(from.definition, to);
}

/**
 * The one decision every move to another form set makes before writing (`cchc upgrade F --forms S`, Lập biểu mẫu with another
 * set chosen in Excel, CCHC › Bộ biểu mẫu… in Google Sheets), for a workbook laid out by `from` (`values`: its usable names'
 * values; `found`: its sheets and names) and laid out again by `to`: null when every entry it holds is carried, else why not.
 *
 * A move carries each entry by its cell's name only. A re-layout by the set the workbook carries takes an input cell whose
 * name is lost from the cell's place (where that place is kept since the workbook's version, upgradeRefusal); the new set
 * places its rows elsewhere (rows inserted above, or dropped), so the same place there is another row's cell, or none: the
 * entry would be lost, or put in another row. So the move refuses a workbook that lacks a sheet or a name of its own version
 * (workbookDamage by versionSheets, as `cchc upgrade --forms` always refused it), and one of a version only some of whose
 * layouts named the Ghi chú cells, laid out by one that did not (NOTES_NAMED_IN_PART: no Ghi chú name at all), whose notes are
 * found by place only. Laid out again first by the set it carries (which takes those entries by place and names every cell),
 * it moves whole. Null where `to` is that same set word for word (a repair), or the workbook was never laid out. Call it after
 * upgradeRefusal, whose refusal comes first (the repair it asks for would be refused). Throws TemplateVersionError for a newer
 * or unknown version.
 */
export function setMoveRefusal(from: FormCatalogue, to: FormSetDef, values: Readonly<Record<string, unknown>>, found: WorkbookPresence): SetMoveRefusal | null {
  if (sameSetWordForWord(from.definition, to) || !hasTemplateNames(values, from)) return null;
  const { version } = workbookVersion(values);
  const sheets = versionSheets(from, version);
  const damage = workbookDamage(sheets, found);
  if (isDamaged(damage)) return { damage, said: DAMAGE_TEXT.workbookDamaged(damage.missingSheets, damage.brokenNames) };
  // Names all or none of which a workbook has: every Ghi chú name of a version that named them only in part (versionSheets).
  const inPart = sheets.filter((s) => found.hasSheet(s.name)).flatMap((s) => s.names.filter((n) => n.allOrNone !== undefined));
  if (inPart.length > 0 && !inPart.some((n) => found.name(n.name))) return { damage, said: DAMAGE_TEXT.notesUnnamed(version) };
  return null;
}

/** What a host tells the person to do, after the sentence that says what is wrong (words of the message catalogue). */
export interface DamageHint {
  /** A damaged workbook of today's template version: how it is laid out again. */
  readonly repair: string;
  /** The same where a sheet is missing, when the host's way differs then (a command that refuses a sheet of another name); else `repair`. */
  readonly repairSheets?: string;
  /** A workbook of an older version: how it is upgraded (then, where the host says it, checked again: Kiểm tra's words). */
  readonly upgrade: string;
  /**
   * The same, refused by a carry into it (RefuseOptions.olderToUpgrade, Lấy số liệu kỳ trước): upgraded, then the carry
   * run again; `upgrade` where the host's words for it already fit a carry (the command line's "run the command again").
   */
  readonly upgradeToCarry?: string;
  /**
   * The names to give back to their cells before a re-layout may lay the workbook out again: the host's way, in the words
   * of a command that reads the workbook and never tried the re-layout (its re-layout's refusal has words of its own).
   */
  readonly giveBack: (names: readonly string[]) => string;
}

/** A workbook refused for its damage (an older one told as older besides); the message says which sheets and names, and the host’s remedy. */
export class DamagedWorkbookError extends WorkbookFormatError {
  constructor(
    readonly damage: WorkbookDamage,
    /** The older version the workbook says it is, when it was told as older; null for today's, or where its version cell lost its name and its names leave it unsure. */
    readonly olderVersion: string | null,
    message: string,
  ) {
    super(message);
  }
}

/**
 * What every host's Kiểm tra says of a workbook lacking some of today's sheets or names, by its version (refuseDamaged;
 * Excel's Kiểm tra, which reads the version cell in a sync of its own).
 */
export type DamageVerdict =
  | {
      /** Today's version, damaged: laid out again. */
      readonly kind: 'today';
      readonly damage: WorkbookDamage;
    }
  | {
      /** An older version, to be upgraded; `lacks`: what it lost of its own version's sheets and names (olderDamage), null when nothing. */
      readonly kind: 'older';
      readonly version: string;
      readonly lacks: { readonly damage: WorkbookDamage; readonly said: string } | null;
    }
  | {
      /**
       * The version cell lost its name, and a re-layout refuses the workbook until it is given back (upgradeRefusal's
       * 'versionNameLost'). `damage`: what it lost whatever its version; `said`: the rest of it, then the refusal's words.
       */
      readonly kind: 'versionNameLost';
      readonly damage: WorkbookDamage;
      readonly said: string;
      readonly giveBack: readonly string[];
    };

/** What a workbook whose names leave its version between `byNames.oldest` and `.newest` lost whatever that version is: its sheets and names lost in each. */
function lostInEvery(catalogue: FormCatalogue, byNames: { readonly oldest: string; readonly newest: string }, found: WorkbookPresence): WorkbookDamage {
  const versions = KNOWN_TEMPLATE_VERSIONS.slice(KNOWN_TEMPLATE_VERSIONS.indexOf(byNames.oldest), KNOWN_TEMPLATE_VERSIONS.indexOf(byNames.newest) + 1);
  const each = versions.map((v) => workbookDamage(versionSheets(catalogue, v), found));
  const inEvery = (of: (d: WorkbookDamage) => readonly string[]): string[] => (each[0] ? of(each[0]) : []).filter((x) => each.every((d) => of(d).includes(x)));
  return { missingSheets: inEvery((d) => d.missingSheets), brokenNames: inEvery((d) => d.brokenNames), blank: false };
}

/**
 * How a workbook laid out by `catalogue` (`found`: its sheets and names) is told, where it lacks some of today's sheets or
 * names; null where it lacks none. `version`: the version cell's value, read only where that cell has its name. Throws
 * TemplateVersionError for a newer or unknown version.
 *
 * Its version is its version cell's; where that cell lost its name, it is judged by the names it has, as a re-layout
 * judges it (upgradeRefusal). Where they leave it between versions that place the cells of a sheet it has differently, it
 * is told what the re-layout refuses it with (the version cell's name to give back), after what it lost whatever its
 * version, so that the person learns the remedy in one step. Where they say one version, it is told by that one, like a
 * workbook whose version cell kept its name: today's as damaged, an older one as older (the re-layout upgrades it). Where
 * they leave it unsure but every such version is laid out alike, no version is claimed: it is told as today's, damaged.
 */
export function damageVerdict(catalogue: FormCatalogue, found: WorkbookPresence, version: unknown): DamageVerdict | null {
  const damage = workbookDamage(templateSheets(catalogue), found);
  if (!isDamaged(damage)) return null;
  let from: string;
  if (found.name(TEMPLATE_VERSION_NAME)?.usable) from = readableTemplateVersion(version).version;
  else {
    const byNames = versionsByNames((name) => found.name(name)?.usable === true);
    const refusal = versionNameLost(catalogue, byNames, found);
    if (refusal) {
      const lost = lostInEvery(catalogue, byNames, found);
      const besides = lost.brokenNames.filter((n) => n !== TEMPLATE_VERSION_NAME);
      // The re-layout's reason in a reader's words: nothing was laid out, so nothing is said to be left unchanged.
      const unsure = DAMAGE_TEXT.versionNameLostRead(TEMPLATE_VERSION_NAME, LAYOUT_TEXT.templateVersionLabel, SHEET_INFO, refusal.oldest, refusal.newest, refusal.sheets);
      const said = [...(lost.missingSheets.length > 0 || besides.length > 0 ? [DAMAGE_TEXT.workbookDamaged(lost.missingSheets, besides)] : []), unsure].join(' ');
      return { kind: 'versionNameLost', damage: lost, said, giveBack: refusal.giveBack };
    }
    // Names saying one version: that one. Names leaving it unsure where each of those versions is laid out alike (the
    // sheets whose cells differ are gone): no version is claimed, the workbook is laid out again as today's.
    from = byNames.oldest === byNames.newest ? byNames.oldest : TEMPLATE_VERSION;
  }
  if (from === TEMPLATE_VERSION) return { kind: 'today', damage };
  return { kind: 'older', version: from, lacks: olderDamage(catalogue, from, found) };
}

export interface RefuseOptions {
  /**
   * Refuse an older version even where it lost nothing of its own, asking to upgrade it first, as Excel's Kiểm tra does:
   * for a command that writes today's names into it (Lấy số liệu kỳ trước, `cchc template --previous` over an existing
   * workbook), which an older workbook lacks (Đơn vị cũ, Hình thức ký and Cơ quan ký thay mặt), so that what it carries
   * there would be lost unsaid; told with the hint's `upgradeToCarry` (upgraded, then the carry run again). A reader
   * leaves it false: it reads an older workbook as it is.
   */
  readonly olderToUpgrade?: boolean;
}

/** The damage of an older workbook that lost nothing of its own version, refused only to be upgraded first. */
const NOTHING_LOST: WorkbookDamage = Object.freeze({ missingSheets: [], brokenNames: [], blank: false });

/**
 * Refuses a workbook a reader cannot trust, in the order of Excel's Kiểm tra: not the template at all (WorkbookFormatError,
 * "not ours"); then, where it lacks some of the template's sheets or names, as damageVerdict tells it: a newer or unknown
 * version refused (TemplateVersionError), an older one told as older, today's as damaged, one whose version cell lost its
 * name and which no re-layout takes until it is given back told so (DamagedWorkbookError), each with the host's remedy
 * (`hint`). `values` holds the usable names' values (the version cell among them).
 *
 * An older version lacks names today's template added, by design: the light readers read such a workbook as it is, so
 * it is judged by the sheets and names of its own version (versionSheets): refused, told as older and naming what it
 * lacks, when a sheet is missing, a name its version had is missing, or a name it has points nowhere; where a lost name
 * sits on a sheet whose cells moved since, it says that upgrading would lose that entry unless the name is given back.
 * With `olderToUpgrade` (a carry into the workbook), an older version is refused even where it lost nothing of its own.
 */
export function refuseDamaged(
  values: Readonly<Record<string, unknown>>,
  found: WorkbookPresence,
  catalogue: FormCatalogue,
  hint: DamageHint,
  options: RefuseOptions = {},
): void {
  if (!hasTemplateNames(values, catalogue)) throw new WorkbookFormatError(READ_TEXT.notTemplate);
  const verdict = damageVerdict(catalogue, found, values[TEMPLATE_VERSION_NAME]);
  if (verdict === null) return;
  // A carry's refusal ends by running the carry again, not by checking again.
  const upgrade = options.olderToUpgrade ? (hint.upgradeToCarry ?? hint.upgrade) : hint.upgrade;
  switch (verdict.kind) {
    case 'older':
      if (verdict.lacks === null) {
        if (!options.olderToUpgrade) return;
        throw new DamagedWorkbookError(NOTHING_LOST, verdict.version, `${DAMAGE_TEXT.olderTemplate(verdict.version, TEMPLATE_VERSION)} ${upgrade}`);
      }
      throw new DamagedWorkbookError(verdict.lacks.damage, verdict.version, `${DAMAGE_TEXT.olderTemplate(verdict.version, TEMPLATE_VERSION)} ${verdict.lacks.said} ${upgrade}`);
    case 'versionNameLost':
      throw new DamagedWorkbookError(verdict.damage, null, `${verdict.said} ${hint.giveBack(verdict.giveBack)}`);
    case 'today': {
      const { damage } = verdict;
      const repair = damage.missingSheets.length > 0 ? (hint.repairSheets ?? hint.repair) : hint.repair;
      throw new DamagedWorkbookError(damage, null, `${DAMAGE_TEXT.workbookDamaged(damage.missingSheets, damage.brokenNames)} ${repair}`);
    }
  }
}

/**
 * What the .xlsx reader saw: the sheets by name and the names it kept or dropped as broken, looked up as Excel does
 * ("Excel does not distinguish between uppercase and lowercase characters in names", and no two sheets differ only in
 * case: https://support.microsoft.com/en-us/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64).
 */
export function presenceIgnoringCase(sheets: readonly string[], usableNames: readonly string[], brokenNames: readonly string[]): WorkbookPresence {
  const key = (s: string): string => s.toLowerCase();
  const sheetSet = new Set(sheets.map(key));
  const names = new Map<string, boolean>();
  for (const n of brokenNames) names.set(key(n), false);
  for (const n of usableNames) names.set(key(n), true);
  return { hasSheet: (name) => sheetSet.has(key(name)), name: (name) => (names.has(key(name)) ? { usable: names.get(key(name)) === true } : undefined) };
}

/**
 * Names the template writes in capitals and digits only, whatever the set: a form row's value and Ghi chú cells
 * (definedName, noteCellName: BM1_2_1, GC1_2_1) and a part of a carried set (carriedPartName: CCHC_FORMSET_1).
 */
const CAPITAL_NAMES = /^(?:BM\d+|GC\d+|CCHC_FORMSET)(?:_\d+)+$/i;

/** The template's names spelled in lower case too (TTC_signerForm, TM_II_2_a) and its fixed names, by their lower case. */
let fixedSpellings: ReadonlyMap<string, string> | undefined;

/**
 * The template's spelling of a defined name a workbook spells in another case ("bm1_2_1" → "BM1_2_1", "ttc_unit" →
 * "TTC_unit"); a name that is not the template's is returned as it is. Excel "does not distinguish between uppercase
 * and lowercase characters in names" (https://support.microsoft.com/en-us/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64),
 * and the file format says the same of the names a <definedName> (ECMA-376 Part 1, 18.2.5) holds: "names are not
 * case-sensitive" (ECMA-376 Part 4, formulas, Names: https://c-rex.net/projects/samples/ooxml/e1/Part4/OOXML_P4_DOCX_Names_topic_ID0EZ3GCB.html).
 * A workbook whose name another tool or a hand respelled is the same workbook: its cells are read under the template's names.
 */
export function templateSpelling(name: string): string {
  fixedSpellings ??= new Map(
    [
      ...INFO_FIELDS.map(infoCellName),
      TEMPLATE_VERSION_NAME,
      ...OLDER_TEMPLATE_NAMES,
      ...NARRATIVE_KEYS.map(narrativeCellName),
      CARRIED_SET_ID_NAME,
      CARRIED_SET_VERSION_NAME,
      CARRIED_SET_CHECK_NAME,
      CARRIED_SET_PARTS_NAME,
    ].map((n) => [n.toLowerCase(), n] as const),
  );
  return fixedSpellings.get(name.toLowerCase()) ?? (CAPITAL_NAMES.test(name) ? name.toUpperCase() : name);
}

/** Which of a workbook's names a reader reads, under which name. */
export interface TemplateSpelled {
  /** The name as the workbook spells it → the name it is read under (the template's spelling); names left out are not read. */
  readonly readAs: ReadonlyMap<string, string>;
  /**
   * Template names the workbook spells more than one way, none of them the template's, pointing at different cells
   * (what no Excel writes: it refuses a second name differing only in case): which cell is meant cannot be told, so
   * the name is broken, for the damage check to name.
   */
  readonly ambiguous: readonly string[];
}

/**
 * Matches a workbook's defined names (`names`, as it spells them, in its order) to the template's names whatever their
 * case, as Excel finds them. Where the workbook spells one name more than one way (by another tool or by hand), the
 * template's own spelling wins; failing it, spellings pointing at one cell (`target`) are the one name, and spellings
 * pointing at different cells make it ambiguous. Once per workbook part, not per cell.
 */
export function spellAsTemplate(names: Iterable<string>, target: (name: string) => string): TemplateSpelled {
  const byTemplate = new Map<string, string[]>();
  for (const name of names) {
    const spelled = templateSpelling(name);
    const seen = byTemplate.get(spelled);
    if (seen) seen.push(name);
    else byTemplate.set(spelled, [name]);
  }
  const readAs = new Map<string, string>();
  const ambiguous: string[] = [];
  for (const [spelled, spellings] of byTemplate) {
    const first = spellings[0];
    if (first === undefined) continue;
    // The template's own spelling wins; one spelling, or several at one cell, is the name; several at several cells are none.
    if (spellings.includes(spelled)) readAs.set(spelled, spelled);
    else if (spellings.length === 1 || spellings.every((s) => target(s) === target(first))) readAs.set(first, spelled);
    else ambiguous.push(spelled);
  }
  return { readAs, ambiguous };
}
