// Vietnamese sentences saying what a damaged or older workbook lacks, the same in every host; each host adds its remedy (UI_TEXT.damageHint, CLI_TEXT.damageHint, GAS_TEXT.damageHint). No imports: the pane's ES5 loader takes ui.ts, which takes these.

export const DAMAGE_TEXT = {
  /** A workbook lacking some of the template's sheets or names (deleted, renamed, left at #REF!): what is missing, before the host's remedy. */
  workbookDamaged: (missingSheets: readonly string[], brokenNames: readonly string[]): string => {
    const quoted = missingSheets.map((s) => `“${s}”`).join(', ');
    const shown = brokenNames.slice(0, 5).join(', ');
    const more = brokenNames.length > 5 ? ` và ${brokenNames.length - 5} ô khác` : '';
    return [
      missingSheets.length > 0 ? `Sổ tính thiếu trang ${quoted} (đã bị xóa hoặc đổi tên).` : '',
      brokenNames.length > 0 ? `Mất tên của ${brokenNames.length} ô (tên bị xóa hoặc trỏ tới ô đã bị xóa): ${shown}${more}.` : '',
    ]
      .filter((part) => part !== '')
      .join(' ');
  },
  /**
   * A damaged workbook of an older version that lost names on sheets whose cells moved since that version, before the
   * host's way of upgrading it: an upgrade takes a lost name's entry from its cell's place, which these sheets no longer keep.
   */
  lostWhereMoved: (from: string, sheets: readonly string[]): string =>
    `Từ phiên bản ${from}, các ô của trang ${sheets.map((s) => `“${s}”`).join(', ')} đã dời chỗ nên khi nâng cấp, số liệu của ô mất tên ở đó sẽ không được giữ: hãy đặt lại tên bị mất cho đúng ô trước khi nâng cấp.`,
  /** A workbook of an older template version, before the host's way of upgrading it. */
  olderTemplate: (from: string, to: string): string => `Sổ tính được lập bằng mẫu phiên bản ${from}, cũ hơn mẫu phiên bản ${to} hiện hành.`,
} as const;
