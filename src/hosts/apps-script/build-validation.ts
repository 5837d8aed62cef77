// Builds one Sheets data validation from a plan rule; the plan's Vietnamese prompt becomes its help text.
import type { Validation } from '../../core/layout/types';
import type { GasDataValidation, GasEnv } from './gas-types';

/**
 * Sheets has no whole-number or text-length criterion without a cell-relative formula, and one
 * built rule is shared by many cells: whole numbers are held to their bounds here and fractions
 * are left to the checker's `not-integer`; text length is not limited.
 */
export function buildValidation(env: GasEnv, v: Validation): GasDataValidation | null {
  const b = env.SpreadsheetApp.newDataValidation();
  const rule = v.rule;
  switch (rule.type) {
    case 'whole':
    case 'decimal':
      if (rule.max === undefined) b.requireNumberGreaterThanOrEqualTo(rule.min);
      else b.requireNumberBetween(rule.min, rule.max);
      break;
    case 'list':
      b.requireValueInList([...rule.values], true);
      break;
    case 'textLength':
      return null;
  }
  return b.setAllowInvalid(false).setHelpText(`${v.prompt} ${v.error}`.trim()).build();
}
