// The template's layout history: every version a workbook may carry, and what each changed, so an older workbook's entries reach today's cells by row identity.
import { formSheetName } from '../forms/catalogue';
import { LEGACY_SIGNER_AUTHORITY_NAME, SHEET_INFO, SHEET_NARRATIVE, TEMPLATE_VERSION, infoCellName } from './names';

/**
 * In a step's `samePositions`: every form sheet ("Biểu mẫu N") of whatever form set the workbook follows, the built-in
 * one or a province's. A layout change that moved no form row says this, so that a workbook of any set is carried alike.
 */
export const EVERY_FORM_SHEET = Object.freeze({ everyFormSheet: true } as const);

/** A sheet by its name, or every form sheet of the workbook's set. */
export type KeptSheet = string | typeof EVERY_FORM_SHEET;

export interface TemplateVersionStep {
  /** The version this step leads to (its predecessor is the step before, or FIRST_TEMPLATE_VERSION). */
  readonly version: string;
  /**
   * Defined names of the previous version whose cell this version calls by another name: old → new.
   * The value moves with its identity (form and row key, header field), wherever the new cell sits.
   */
  readonly renamed: Readonly<Record<string, string>>;
  /**
   * Sheets whose cells sit where they sat in the previous version. Only there may an input cell
   * whose name the workbook lacks be carried by its address; elsewhere rows moved.
   */
  readonly samePositions: readonly KeptSheet[];
  /**
   * Defined names this version added (beyond the new names of `renamed`): no workbook of an earlier
   * version has them. Read off the kept workbooks (tests/fixtures/versions/template-v*.xlsx), which
   * workbook-damage.test pins against the history.
   */
  readonly added: readonly string[];
}

/** The version every workbook laid out before versions were kept says it is. */
export const FIRST_TEMPLATE_VERSION = '1';

/** What each version after the first changed, oldest first; the last one is TEMPLATE_VERSION. */
export const TEMPLATE_HISTORY: readonly TemplateVersionStep[] = [
  {
    // Version 1 is every layout written before this history was kept (all said "1"): Ghi chú cells
    // got GC… names only from commit e166eb6, and Thông tin chung had one "Thẩm quyền ký" cell
    // (TTC_signerAuthority, "KT. ỦY BAN NHÂN DÂN") until f31848e split it into Hình thức ký and Cơ
    // quan ký thay mặt, moving every row below it down one. The whole authority line goes to the
    // Hình thức ký cell, where the reader takes it as that line (read-header.ts).
    version: '2',
    renamed: { [LEGACY_SIGNER_AUTHORITY_NAME]: infoCellName('signerForm') },
    // Only the built-in set's workbooks were laid out before versions were kept, and no form row moved (for any set).
    samePositions: [EVERY_FORM_SHEET, SHEET_NARRATIVE],
    // Cơ quan ký thay mặt is new; Hình thức ký is the authority line renamed.
    added: [infoCellName('signerBody')],
  },
  {
    // Version 3 added the former units (Đơn vị cũ, TTC_formerUnits) below the recipients, the last
    // header field: every header cell kept its place, only the version cell moved down one row.
    version: '3',
    renamed: {},
    // No form row moved, whatever the set: a province set's workbook of version 2 keeps its form cells where they were.
    samePositions: [EVERY_FORM_SHEET, SHEET_NARRATIVE, SHEET_INFO],
    added: [infoCellName('formerUnits')],
  },
];

/**
 * Versions only some of whose layouts named the Ghi chú cells (GC…): version 1's got those names from commit e166eb6
 * on (the kept template-v1.xlsx, laid out later, has them). A workbook of such a version has every Ghi chú name or none.
 */
export const NOTES_NAMED_IN_PART: readonly string[] = [FIRST_TEMPLATE_VERSION];

/** Every version a reader recognises, oldest first. */
export const KNOWN_TEMPLATE_VERSIONS: readonly string[] = [FIRST_TEMPLATE_VERSION, ...TEMPLATE_HISTORY.map((s) => s.version)];

/** The steps from `from` to today's version (none when `from` is today's or unknown). */
function stepsSince(from: string): readonly TemplateVersionStep[] {
  const at = KNOWN_TEMPLATE_VERSIONS.indexOf(from);
  return at < 0 ? [] : TEMPLATE_HISTORY.slice(at);
}

/**
 * The name a workbook of version `from` gives the cell today's layout calls `name`: the same, the one it had before a
 * rename, or null when that version had no such cell (a later version added it).
 */
export function nameInVersion(name: string, from: string): string | null {
  let then = name;
  for (const step of [...stepsSince(from)].reverse()) {
    if (step.added.includes(then)) return null;
    const old = Object.keys(step.renamed).find((o) => step.renamed[o] === then);
    if (old !== undefined) then = old;
  }
  return then;
}

/**
 * The versions a workbook whose version cell lost its name may be, told by the names it has (`has`): at least the newest
 * version whose step added or renamed-to a name it has (TTC_formerUnits: 3; TTC_signerForm, TTC_signerBody: 2), at most
 * the last version before a step that renamed away a name it has (TTC_signerAuthority: 1). A workbook with names of both
 * sides (re-laid by hand half-way) may be any version between them. Without such names it may be any version.
 */
export function versionsByNames(has: (name: string) => boolean): { readonly oldest: string; readonly newest: string } {
  let atLeast = 0;
  let atMost = KNOWN_TEMPLATE_VERSIONS.length - 1;
  TEMPLATE_HISTORY.forEach((step, i) => {
    if ([...step.added, ...Object.values(step.renamed)].some(has)) atLeast = i + 1;
    if (Object.keys(step.renamed).some(has)) atMost = Math.min(atMost, i);
  });
  const at = (i: number): string => KNOWN_TEMPLATE_VERSIONS[i] ?? FIRST_TEMPLATE_VERSION;
  return { oldest: at(Math.min(atLeast, atMost)), newest: at(Math.max(atLeast, atMost)) };
}

/** Names that older versions used and today's layout does not: hosts read them too when carrying entries. */
export const OLDER_TEMPLATE_NAMES: readonly string[] = [...new Set(TEMPLATE_HISTORY.flatMap((s) => Object.keys(s.renamed)))];

const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * Values by defined name as a workbook of version `from` holds them → the same entries under
 * today's names. A renamed cell's value goes to its new name unless the workbook already has an
 * entry there (a workbook re-laid by hand half-way); the old name is dropped.
 */
export function namesOfToday(values: Readonly<Record<string, unknown>>, from: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values };
  for (const step of stepsSince(from)) {
    for (const [old, now] of Object.entries(step.renamed)) {
      if (!(old in out)) continue;
      if (blank(out[now])) out[now] = out[old];
      delete out[old];
    }
  }
  return out;
}

/** Is `sheet` a form's sheet ("Biểu mẫu 8"), of whatever set? Sheet names as the plan spells them (formSheetName). */
export function isFormSheetName(sheet: string): boolean {
  const n = /^\D*(\d+)$/.exec(sheet);
  return n?.[1] !== undefined && formSheetName(Number(n[1])) === sheet;
}

/** Does the step's `samePositions` take in `sheet`? */
const keeps = (step: TemplateVersionStep, sheet: string): boolean =>
  step.samePositions.some((kept) => (kept === EVERY_FORM_SHEET ? isFormSheetName(sheet) : kept === sheet));

/** Do the cells of `sheet` sit today where a workbook of version `from` has them? */
export function positionsKeptSince(from: string, sheet: string): boolean {
  if (from === TEMPLATE_VERSION) return true;
  if (!KNOWN_TEMPLATE_VERSIONS.includes(from)) return false;
  return stepsSince(from).every((s) => keeps(s, sheet));
}
