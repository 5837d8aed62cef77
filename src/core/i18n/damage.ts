// Vietnamese sentences saying what a damaged or older workbook lacks, the same in every host; each host adds its remedy (UI_TEXT.damageHint, CLI_TEXT.damageHint, GAS_TEXT.damageHint). No imports: the pane's ES5 loader takes ui.ts, which takes these.

/** Why a workbook whose version cell lost its name may not be laid out again yet, without the closing stop (DAMAGE_TEXT.versionNameLost). */
const versionUnsure = (name: string, label: string, sheet: string, oldest: string, newest: string, moved: readonly string[]): string =>
  `Ô “${label}” (trang “${sheet}”) bị mất tên ${name} nên không biết sổ tính được lập bằng mẫu phiên bản nào (từ ${oldest} đến ${newest}). ` +
  `Các ô của trang ${moved.map((s) => `“${s}”`).join(', ')} không nằm cùng chỗ trong các phiên bản đó nên lập lại biểu mẫu lúc này có thể làm mất hoặc đặt nhầm số liệu`;

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
  /**
   * A re-layout (cchc upgrade, Lập biểu mẫu) refusing, before writing anything, an older workbook that lost names on
   * sheets whose cells moved since its version: which cell holds a lost name's entry cannot be told, so it would be lost.
   * The host adds where the names are given back.
   */
  upgradeWouldLose: (from: string, lost: readonly { readonly sheet: string; readonly names: readonly string[] }[]): string =>
    `Sổ tính được lập bằng mẫu phiên bản ${from} và bị mất tên của ${lost.map((l) => `${l.names.join(', ')} (trang “${l.sheet}”)`).join('; ')}. ` +
    `Từ phiên bản ${from}, các ô của ${lost.length > 1 ? 'những trang' : 'trang'} này đã dời chỗ nên không biết ô nào giữ số liệu của tên bị mất; nâng cấp lúc này sẽ làm mất số liệu đó, nên sổ tính chưa bị thay đổi.`,
  /**
   * A re-layout refusing, before writing anything, a workbook whose version cell (`label` on `sheet`) lost its name
   * `name`, when the names it has leave its version between `oldest` and `newest` and the cells of `moved` differ
   * between those versions. The host adds where the name is given back.
   */
  versionNameLost: (name: string, label: string, sheet: string, oldest: string, newest: string, moved: readonly string[]): string =>
    `${versionUnsure(name, label, sheet, oldest, newest, moved)}; sổ tính chưa bị thay đổi.`,
  /**
   * The same workbook told by a command that reads it (Kiểm tra, Tổng hợp, Lấy số liệu kỳ trước, `cchc check`): why it
   * may not be laid out again until the name is given back, with nothing said of a re-layout it did not try. The host
   * adds where the name is given back.
   */
  versionNameLostRead: (name: string, label: string, sheet: string, oldest: string, newest: string, moved: readonly string[]): string =>
    `${versionUnsure(name, label, sheet, oldest, newest, moved)}.`,
  /**
   * A workbook of `from`, a version only some of whose layouts named the Ghi chú cells, laid out by one that did not: a move to
   * another form set, which carries entries by name only, refuses it (setMoveRefusal). The host adds its reason and remedy.
   */
  notesUnnamed: (from: string): string => `Sổ tính được lập bằng mẫu phiên bản ${from} từ trước khi các ô Ghi chú được đặt tên.`,
  /** A workbook of an older template version, before the host's way of upgrading it. */
  olderTemplate: (from: string, to: string): string => `Sổ tính được lập bằng mẫu phiên bản ${from}, cũ hơn mẫu phiên bản ${to} hiện hành.`,
} as const;
