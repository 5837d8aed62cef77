// Which form set a command follows: the one the workbook carries, the one report data names, the one given with --forms, else the built-in set.
import { UserError } from '../errors/user-error';
import { FORMSET_TEXT } from '../i18n/form-sets';
import type { FormSetDef, FormSetIdentity } from './form-set';

/** The set asked for and the set the input holds disagree (another set, or data of a set nobody gave). */
export class FormSetMismatchError extends UserError {}

export interface FormSetChoice {
  /** The built-in set. */
  readonly builtin: FormSetDef;
  /** The set given with `--forms` (or chosen in a pane), already checked. */
  readonly given?: FormSetDef;
  /** The set the workbook carries (readCarriedSet); null when it carries none. */
  readonly carried?: FormSetDef | null;
  /** The identity report data names (`formSet`); absent means the built-in set. */
  readonly named?: FormSetIdentity | null;
}

/** Whether two identities name the same set in the same version. */
export const sameSet = (a: FormSetIdentity, b: FormSetIdentity): boolean => a.id === b.id && a.version === b.version;
/** JSON with every object's keys sorted: the same set reads the same whether it came from a workbook or a JSON file. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
/** Whether two sets are one and the same word for word, whichever workbook or file each was read from (not only by identity). */
export const sameSetWordForWord = (a: FormSetDef, b: FormSetDef): boolean => a === b || (sameSet(a, b) && canonical(a) === canonical(b));
/** "“thu-nghiem” phiên bản 1" */
export const setLabel = (s: FormSetIdentity): string => FORMSET_TEXT.choose.label(s.id, s.version);

/**
 * A workbook follows the set it carries: `--forms` may only confirm it (the same set, any version — moving a
 * workbook to another version is `cchc upgrade`'s). Report data follows the set it names, which must be the
 * built-in one or the one given. Otherwise the given set, else the built-in one.
 */
export function chooseFormSet(c: FormSetChoice): FormSetDef {
  if (c.carried) {
    if (c.given && c.given.id !== c.carried.id) throw new FormSetMismatchError(FORMSET_TEXT.choose.workbookOfOther(setLabel(c.carried), setLabel(c.given)));
    return c.carried;
  }
  if (c.named) {
    if (sameSet(c.named, c.builtin)) {
      if (c.given && !sameSet(c.given, c.builtin)) throw new FormSetMismatchError(FORMSET_TEXT.choose.dataOfOther(setLabel(c.named), setLabel(c.given)));
      return c.builtin;
    }
    if (!c.given) throw new FormSetMismatchError(FORMSET_TEXT.choose.dataNeedsSet(setLabel(c.named)));
    if (!sameSet(c.given, c.named)) throw new FormSetMismatchError(FORMSET_TEXT.choose.dataOfOther(setLabel(c.named), setLabel(c.given)));
    return c.given;
  }
  // A workbook that carries no set was laid out with the built-in one; data naming none follows it too.
  return c.given ?? c.builtin;
}

/** The identity report data names in its `formSet`, read before the data is validated (which needs the set); null when none. */
export function namedIdentity(json: unknown): FormSetIdentity | null {
  if (typeof json !== 'object' || json === null) return null;
  const named = (json as { formSet?: unknown }).formSet;
  if (typeof named !== 'object' || named === null) return null;
  const { id, version } = named as { id?: unknown; version?: unknown };
  return typeof id === 'string' && typeof version === 'number' ? { id, version } : null;
}

/** What a file says of its own set, and the sets the host has besides the built-in one. */
export interface OwnSetChoice {
  /** The built-in set. */
  readonly builtin: FormSetDef;
  /** The set the workbook carries (readCarriedSet); null when it carries none. */
  readonly carried?: FormSetDef | null;
  /** The identity report data names (`formSet`); absent means the built-in set. */
  readonly named?: FormSetIdentity | null;
  /** The sets the host has (the current report's, one given or chosen, those shipped): data naming one of them can be read. */
  readonly known: readonly FormSetDef[];
}

/**
 * The set a file follows by itself, whatever set the current report follows: the one its workbook carries (the built-in one
 * when none), else the one its data names, the built-in one or one of `known`; null for data of a set the host does not have
 * (the host refuses it, in its own words). An earlier report (a previous period's, last year's) is read by it in every host
 * — a province may have moved to a new year's set since — and its rows are then compared and carried by their keys.
 */
export function ownSet(c: OwnSetChoice): FormSetDef | null {
  if (c.carried) return c.carried;
  const named = c.named;
  if (!named || sameSet(named, c.builtin)) return c.builtin;
  return c.known.find((s) => sameSet(s, named)) ?? null;
}
