// The catalogue of a set, built once per set: every host asks here, so the built-in set's is always BUILTIN_CATALOGUE (the golden output's).
import { buildCatalogue, type FormCatalogue } from './build-catalogue';
import { BUILTIN_CATALOGUE, BUILTIN_SET, isBuiltinSet } from './builtin';
import type { FormSetDef } from './form-set';

const catalogues = new WeakMap<FormSetDef, FormCatalogue>();

/** The catalogue of `set`, built once per set object. */
export function catalogueOf(set: FormSetDef): FormCatalogue {
  if (set === BUILTIN_SET || isBuiltinSet(set)) return BUILTIN_CATALOGUE;
  let cat = catalogues.get(set);
  if (!cat) {
    cat = buildCatalogue(set);
    catalogues.set(set, cat);
  }
  return cat;
}
