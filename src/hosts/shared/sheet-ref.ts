// Splits a sheet-qualified address ("'Biểu mẫu 1'!$D$8") into its sheet name and A1 part.

/** "'Biểu mẫu 1'!$D$8" → { sheet: "Biểu mẫu 1", a1: "D8" }; null when it is not sheet-qualified. */
export function splitSheetRef(ref: string): { sheet: string; a1: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
  if (!m || !m[3]) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  return { sheet, a1: m[3].replace(/\$/g, '') };
}
