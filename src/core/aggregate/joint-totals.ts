// The numbers of each of the set's district sentences added over the same communes: those that gave every one of them. A total of
// staff assigned beside a total of staff present, or of tasks set beside tasks done, then speaks of the same communes, and so does a
// ratio recomputed from them (DOMAIN.md, "What a signed report may not say").
import type { FormsData } from '../data/types';
import { parseRowText, type FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import { rowNumber, roundHalfAway } from '../forms/compute';

export interface JointTotals {
  /** Each of the sentence's rows (in its order) added over `units`; zeros when `units` is 0. */
  readonly values: readonly number[];
  /** The communes that gave every row of the sentence. */
  readonly units: number;
}

/** For each of the catalogue's district sentences, in order: its rows added over the communes that gave them all. */
export function jointTotals(units: readonly FormsData[], catalogue: FormCatalogue = BUILTIN_CATALOGUE): readonly JointTotals[] {
  return catalogue.districtSentences.map((def) => {
    const refs = def.rows.map((text) => parseRowText(text, def.form));
    const sums = refs.map(() => 0);
    let count = 0;
    for (const u of units) {
      const values = refs.map((ref) => rowNumber(ref.form, ref.key, u[`${ref.form}`] ?? {}, catalogue, u));
      if (values.some((v) => v === null)) continue;
      values.forEach((v, i) => (sums[i] = (sums[i] ?? 0) + (v ?? 0)));
      count++;
    }
    return { values: sums.map((s) => roundHalfAway(s, 6)), units: count };
  });
}

/** The same, for the communes screening accepted (what every host passes to the district's report). */
export const acceptedJointTotals = (t: { readonly accepted: readonly { readonly forms: FormsData }[] }, catalogue: FormCatalogue = BUILTIN_CATALOGUE): readonly JointTotals[] =>
  jointTotals(
    t.accepted.map((a) => a.forms),
    catalogue,
  );
