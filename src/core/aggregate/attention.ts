// The communes that lag behind on the key ratios: each commune's own ratio below the district's total, worst first.
import type { FormsData } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { computeRow } from '../forms/compute';
import type { FormNumber } from '../forms/types';
import type { Consolidated } from './consolidate';

export interface AttentionUnit {
  /** "xã Hòa Phong" */
  readonly name: string;
  readonly value: number;
}

export interface AttentionGroup {
  readonly form: FormNumber;
  readonly key: string;
  /** The district's own ratio (from pairs); null when it has none, and then nobody is listed. */
  readonly total: number | null;
  /** Communes whose ratio is below `total`, lowest first (ties by name). */
  readonly below: readonly AttentionUnit[];
}

/**
 * For each key ratio (the set's `Chỉ tiêu chính`, in their order), the communes below the district's total;
 * a commune without the ratio is not listed (it is missing, not low).
 */
export function attention(units: readonly { readonly name: string; readonly forms: FormsData }[], c: Consolidated, catalogue: FormCatalogue): readonly AttentionGroup[] {
  return catalogue.keyRatios.map(({ form, key }) => {
    const row = catalogue.row(form, key);
    const cell = c.forms[form]?.[key];
    const total = cell?.kind === 'ratio' ? cell.value : null;
    if (!row || row.kind !== 'ratio' || total === null) return { form, key, total, below: [] };
    const below: AttentionUnit[] = [];
    for (const u of units) {
      const value = computeRow(form, row, u.forms[`${form}`] ?? {}, catalogue, u.forms);
      if (value !== null && value < total) below.push({ name: u.name, value });
    }
    below.sort((a, b) => a.value - b.value || a.name.localeCompare(b.name, 'vi'));
    return { form, key, total, below };
  });
}
