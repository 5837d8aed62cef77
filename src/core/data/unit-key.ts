// A unit's name as a key: "Hòa Phong" typed in NFD (Unikey on macOS), with other spacing or case is the same commune.
// Its own module so that a check comparing two periods' units does not load the grouping of a district's files.

/** The name folded for comparing: NFC, single spaces, trimmed, lower case. */
export const unitKey = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
