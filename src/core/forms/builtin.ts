// The built-in form set (the reference report's Phụ lục 01), read from its data file once.
import builtinData from './builtin-form-set.json';
import { buildCatalogue, type FormCatalogue } from './build-catalogue';
import type { FormSetDef, FormSetIdentity } from './form-set';

/**
 * The built-in set as data. Checked by formSetSchema and checkFormSet in its tests, not at load:
 * zod would add its start-up to every `cchc check`.
 */
export const BUILTIN_SET = builtinData as FormSetDef;

export const BUILTIN_CATALOGUE: FormCatalogue = buildCatalogue(BUILTIN_SET);

/** Whether `set` is the built-in set (by identity): its workbooks carry no set and its data names none. */
export const isBuiltinSet = (set: FormSetIdentity): boolean => set.id === BUILTIN_SET.id && set.version === BUILTIN_SET.version;

/** The identity of a set, as report data and findings name it. */
export const setIdentity = (set: FormSetIdentity): FormSetIdentity => ({ id: set.id, version: set.version });

const catalogues = new WeakMap<FormSetDef, FormCatalogue>();

/** The catalogue of a set, built once per set object; the built-in set's is always BUILTIN_CATALOGUE (the golden output's). Every host asks here. */
export function catalogueOf(set: FormSetDef): FormCatalogue {
  if (set === BUILTIN_SET || isBuiltinSet(set)) return BUILTIN_CATALOGUE;
  let cat = catalogues.get(set);
  if (!cat) {
    cat = buildCatalogue(set);
    catalogues.set(set, cat);
  }
  return cat;
}
