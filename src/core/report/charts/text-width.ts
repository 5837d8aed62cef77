// How wide a line of sans-serif text is, roughly, without a font: enough to size a chart's label column and truncate a long name.

const NARROW = new Set([...'ijlI.,:;|!\'()[]']);
const SLIM = new Set([...'ftr -/']);
const WIDE = new Set([...'mwMW%']);

/**
 * Width in units of the font size, per character, a little above DejaVu Sans (wider than Arial, so a label measured here
 * fits in either); Vietnamese letters are measured by their base letter (the diacritics sit above or below it).
 */
function charEm(ch: string): number {
  if (NARROW.has(ch)) return 0.32;
  if (SLIM.has(ch)) return 0.42;
  if (WIDE.has(ch)) return 0.98;
  if (ch >= '0' && ch <= '9') return 0.64;
  if (ch !== ch.toLocaleLowerCase('vi')) return 0.74;
  return 0.62;
}

/** The text's width at `sizePx`. */
export function textWidth(text: string, sizePx: number): number {
  const bases = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  let em = 0;
  for (const ch of bases) em += charEm(ch);
  return em * sizePx;
}

/** The text cut to fit `maxPx` with an ellipsis; unchanged when it fits. */
export function fitText(text: string, sizePx: number, maxPx: number): string {
  if (textWidth(text, sizePx) <= maxPx) return text;
  const chars = [...text.normalize('NFC')];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, sizePx) > maxPx) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
