// Estimated height of a row of wrapped text, since writers such as ExcelJS never auto-fit rows.

const LINE_POINTS = 15.75;

/** Points for the tallest of the given texts wrapped in columns of the given widths (characters); undefined when one line fits. */
export function wrappedRowHeight(cells: readonly { readonly text: string; readonly width: number }[]): number | undefined {
  let lines = 1;
  for (const { text, width } of cells) {
    // A little under the width: Vietnamese diacritics and proportional glyphs take more room than "0".
    const perLine = Math.max(1, Math.floor(width * 0.95));
    const n = text.split('\n').reduce((acc, part) => acc + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, n);
  }
  return lines > 1 ? Math.round(lines * LINE_POINTS * 100) / 100 : undefined;
}
