// A form set's JSON (`cchc forms export --json`) read back: the zod shape only, every problem at its JSON path.
import { z } from 'zod';
import { DATA_TEXT } from '../i18n/data';
import { formSetSchema } from './form-set-schema';
import type { FormSetDef } from './form-set';
import { jsonLocator, type SetLocator, type SetProblem } from './set-problem';

const VI = z.locales.vi();

/** "forms[0].rows[3].part", as jsonLocator writes places. */
const jsonPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc === '' ? String(p) : `${acc}.${String(p)}`), '');

/** The set a parsed JSON value holds, or its shape's problems; what the set means is checkFormSet's to judge. */
export function readFormSetJson(json: unknown): { readonly set: FormSetDef; readonly where: SetLocator } | { readonly problems: SetProblem[] } {
  const r = formSetSchema.safeParse(json, { error: VI.localeError });
  if (r.success) return { set: r.data, where: jsonLocator };
  return {
    problems: r.error.issues.map((issue) => {
      const path = jsonPath(issue.path);
      // The path is the problem's place, not part of its message.
      const message = issue.code === 'unrecognized_keys' ? DATA_TEXT.unknownFields('', issue.keys) : issue.message;
      return { place: path === '' ? null : { sheet: null, cell: path }, message };
    }),
  };
}
