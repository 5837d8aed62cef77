// A unit's name as a key: "Hòa Phong" typed in NFD (Unikey on macOS), with the tone on the other vowel ("Hoà"), other spacing or case is the same commune.
// Its own module so that a check comparing two periods' units does not load the grouping of a district's files.

/** A tone mark decomposed (NFD): grave, acute, tilde, hook above, dot below. */
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
/**
 * "oa", "oe", "uy" with the tone on their first vowel (the older placement: "hòa", "khỏe", "thủy") moved to the second
 * (the newer: "hoà", "khoẻ", "thuỷ"). Both are in use (Unikey and Windows' keyboard offer either), and a syllable with a final
 * consonant or a third vowel ("hoàng", "ngoài") has it on the second in both. Only a plain o or u (no horn, no circumflex:
 * "ừa" stays) before a plain a, e or y.
 */
const OLD_TONE_PLACE = new RegExp(`([ou])(${TONE})([aey])(?![\u0300-\u036f])`, 'g');

/**
 * The name folded for comparing: one tone placement, NFC, single spaces, trimmed, lower case. `toLowerCase`: Unicode's
 * locale-specific casing is Turkish, Azeri and Lithuanian only, so it gives what `toLocaleLowerCase('vi')` gives without the
 * locale lookup each call.
 */
export const unitKey = (s: string): string =>
  s.trim().replace(/\s+/g, ' ').toLowerCase().normalize('NFD').replace(OLD_TONE_PLACE, '$1$3$2').normalize('NFC');
