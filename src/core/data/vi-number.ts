// Reads text typed where a number belongs as a number in Vietnamese notation ("3.500,5"), to suggest it back.

const VI_NUMBER = /^([-\u2212+])?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

/**
 * Vietnamese notation: "." groups thousands in threes, "," marks decimals; a leading sign is kept.
 * "98,3" → 98.3, "1.234" → 1234, "3.500,5" → 3500.5. Whitespace around the text is ignored.
 * Returns null for anything else, including "98.3": a dot followed by other than three digits is
 * not Vietnamese grouping, and a wrong guess would put a number a thousand times off in the message.
 */
export function parseVietnameseNumber(text: string): number | null {
  const m = VI_NUMBER.exec(text.normalize('NFC').replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, ''));
  if (!m) return null;
  const [, sign, whole = '', frac] = m;
  const value = Number(`${whole.replace(/\./g, '')}${frac ? '.' + frac : ''}`);
  if (!Number.isFinite(value)) return null;
  return (sign === '-' || sign === '\u2212') && value !== 0 ? -value : value;
}
