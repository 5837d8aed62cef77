// A number a person typed with a percent sign ("90%"): Excel and Sheets store 0.9 and give the cell a percent format; the forms mean 90.

/** True for a number format that shows a percent (a "%" outside quotes and escapes): "0%", "0.0%", "#,##0.00%". */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const unquoted = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return unquoted.includes('%');
}

/** The value a form means by a cell: a percent-formatted number is read as the percent it shows (0.9 → 90). */
export function valueAsShown(value: number, format: string | null | undefined): number {
  if (!isPercentFormat(format)) return value;
  // Rounded to 10 places: 0.07 × 100 is 7.000000000000001 in floating point.
  return Math.round(value * 100 * 1e10) / 1e10;
}
