// Estimated height of a row of wrapped text, since writers such as ExcelJS never auto-fit rows; never above what Excel allows.

const LINE_POINTS = 15.75;

/**
 * Excel's highest row: 409 points ("Excel specifications and limits",
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * Office.js refuses a higher Range.format.rowHeight and fails the whole batch with it; a longer
 * text still wraps in full, and the row scrolls.
 */
export const MAX_ROW_POINTS = 409;

/** Points for the tallest of the given texts wrapped in columns of the given widths (characters), at most MAX_ROW_POINTS; undefined when one line fits. */
export function wrappedRowHeight(cells: readonly { readonly text: string; readonly width: number }[]): number | undefined {
  let lines = 1;
  for (const { text, width } of cells) {
    // A little under the width: Vietnamese diacritics and proportional glyphs take more room than "0".
    const perLine = Math.max(1, Math.floor(width * 0.95));
    const n = text.split('\n').reduce((acc, part) => acc + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, n);
  }
  return lines > 1 ? Math.min(MAX_ROW_POINTS, Math.round(lines * LINE_POINTS * 100) / 100) : undefined;
}
