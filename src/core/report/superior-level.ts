// The level of the body a report goes to ("tỉnh", "huyện"), read from how `meta.superior` is written.
import { DEFAULT_PLACE, placedLabel, superiorLevel } from '../data/place-words';
import type { FormNumber, FormRow } from '../forms/types';

export { superiorLevel };

/**
 * A row as a text of no single unit prints it (a district's total): the set's label for the superior body's level where it
 * has one ("UBND tỉnh, Chủ tịch UBND tỉnh"), villages and province in the xã's and a province's words.
 */
export function labelForSuperior(_form: FormNumber, row: FormRow, superior: string): string {
  return placedLabel(row, { ...DEFAULT_PLACE, superiorLevel: superiorLevel(superior) });
}
