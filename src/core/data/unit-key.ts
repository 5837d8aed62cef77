// A unit's name as a key: "Hòa Phong" typed in NFD (Unikey on macOS), with other spacing or case is the same commune.
// Its own module so that a check comparing two periods' units does not load the grouping of a district's files.

/**
 * The name folded for comparing: NFC, single spaces, trimmed, lower case. `toLowerCase`: Unicode's locale-specific casing
 * is Turkish, Azeri and Lithuanian only, so it gives what `toLocaleLowerCase('vi')` gives without the locale lookup each call.
 */
export const unitKey = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
