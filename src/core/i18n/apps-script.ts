// Texts of the Google Sheets build: menu, sidebar, dialogs and the help page.
import { RULE_TEXT } from './rules';

/** A headed part of the help page. */
type HelpSection = {
  readonly heading: string;
  readonly paragraphs: readonly string[];
};

/** The help page (CCHC › Hướng dẫn): headed paragraphs. */
const HELP: readonly HelpSection[] = [
  {
    heading: 'Bước 1. Lập biểu mẫu',
    paragraphs: [
      'Chọn CCHC › Lập biểu mẫu. Bảng tính có các trang: Thông tin chung, Biểu mẫu 1 đến Biểu mẫu 7 và Thuyết minh.',
      'Chỉ nhập vào các ô tô màu ở cột Số lượng/Tỷ lệ và cột Ghi chú; các ô tỷ lệ và tổng được tính tự động.',
      'Chạy lại Lập biểu mẫu bất cứ lúc nào: số liệu đã nhập được giữ nguyên.',
      'Bảng tính lập bằng mẫu phiên bản cũ được Lập biểu mẫu nâng cấp lên mẫu hiện hành, số liệu đã nhập được chuyển sang đúng ô của từng chỉ tiêu. Bảng tính lập bằng mẫu phiên bản mới hơn thì không đọc được: hãy cập nhật phần mềm.',
    ],
  },
  {
    heading: 'Bước 2. Kiểm tra',
    paragraphs: [
      'Chọn CCHC › Kiểm tra. Danh sách lỗi, cảnh báo hiện ở khung bên phải; bấm vào một dòng để tới ô cần sửa.',
      'Ô có lỗi được tô đỏ, ô có cảnh báo được tô vàng, kèm ghi chú. Lần kiểm tra sau sẽ xóa các dấu cũ.',
      'Ô để trống nghĩa là chưa báo cáo, không phải số 0.',
    ],
  },
  {
    heading: 'Bước 3. Tạo báo cáo',
    paragraphs: [
      'Chọn CCHC › Tạo báo cáo. Khi không còn lỗi và mọi chỉ tiêu bắt buộc đã có số liệu (không phát sinh thì ghi 0), báo cáo được tạo thành Google Tài liệu và tệp Word (.docx) trong cùng thư mục với bảng tính (hoặc trong Drive của tôi nếu bạn không được thêm tệp vào thư mục đó).',
      'Chưa đủ số liệu mà cần xem trước? Chọn CCHC › Tạo báo cáo dự thảo: bản đó đóng dấu DỰ THẢO và ghi “chưa có số liệu” ở những chỗ còn trống.',
      'Các câu có số liệu được sinh từ biểu mẫu; phần nhận định, phương hướng, kiến nghị lấy từ trang Thuyết minh.',
      'Ô tính tự động bị xóa hoặc dán đè được khôi phục công thức trước khi lập báo cáo; khung bên phải cho biết những ô đó.',
    ],
  },
  {
    heading: 'Kỳ trước và cùng kỳ năm trước',
    paragraphs: [
      'Chọn CCHC › Lấy số liệu kỳ trước và dán liên kết của bảng tính báo cáo kỳ trước của đơn vị: các chỉ tiêu ít thay đổi (số thủ tục, biên chế, hệ thống đang dùng…) và, trong cùng năm, kế hoạch năm được điền vào các ô còn trống, mỗi ô có ghi chú để kiểm tra lại. Ô đã nhập không bị ghi đè.',
      'Chọn CCHC › Chọn báo cáo cùng kỳ năm trước… và dán liên kết của bảng tính cùng kỳ năm trước: Kiểm tra sẽ cảnh báo các số thay đổi bất thường, Tạo báo cáo sẽ so sánh với cùng kỳ. Để trống rồi bấm OK để bỏ chọn.',
    ],
  },
  {
    heading: 'Tổng hợp (cơ quan cấp trên)',
    paragraphs: [
      'Mỗi xã, phường tạo bản sao của bảng tính mẫu (Tệp › Tạo bản sao), nhập số liệu, chia sẻ quyền xem cho tài khoản của cơ quan tổng hợp và gửi liên kết.',
      'Trong bản sao của cơ quan tổng hợp, chọn CCHC › Tổng hợp: lần đầu sẽ tạo trang Danh sách đơn vị; dán tên và liên kết của từng đơn vị (mỗi đơn vị một dòng) rồi chọn lại CCHC › Tổng hợp.',
      'Kết quả nằm ở trang Tổng hợp và các trang TH Biểu mẫu 1 đến TH Biểu mẫu 7. Đơn vị không mở được, không đúng mẫu, khác kỳ hoặc còn lỗi được nêu tên kèm lý do và tính là chưa báo cáo; các đơn vị còn lại vẫn được cộng.',
      'Nhiều đơn vị: nếu chưa đọc hết trong một lần chạy, việc tổng hợp tự tiếp tục sau khoảng một phút; khung bên phải cho biết đã đọc bao nhiêu đơn vị.',
      'Khi Google báo lỗi tạm thời lúc đọc một đơn vị, đơn vị đó được đọc lại ở các lần chạy sau (tối đa 3 lần); nếu vẫn lỗi, đơn vị được nêu là "tạm thời không đọc được". Nếu khung bên phải báo Tổng hợp không tiến triển, bấm Chạy tiếp Tổng hợp.',
      'Chọn CCHC › Báo cáo tổng hợp để tạo báo cáo tổng hợp (Google Tài liệu và tệp Word) từ lần Tổng hợp gần nhất.',
      'Để báo cáo tổng hợp so sánh với cùng kỳ năm trước, chọn CCHC › Chọn bảng tổng hợp cùng kỳ năm trước… và dán liên kết của bảng tính tổng hợp cùng kỳ năm trước của cơ quan (bảng tính đã chạy Tổng hợp năm trước). Để trống rồi bấm OK để bỏ chọn.',
    ],
  },
  {
    heading: 'Bộ biểu mẫu của tỉnh',
    paragraphs: [
      'Trong bảng tính mẫu của tỉnh (hoặc huyện), chọn CCHC › Bộ biểu mẫu… và dán liên kết của bảng tính soạn thảo bộ biểu mẫu, hoặc của sổ Excel (.xlsx) bộ biểu mẫu trong Google Drive. Bộ biểu mẫu được kiểm tra như lệnh cchc forms check: nếu có vấn đề, khung bên phải nêu từng vấn đề ở đúng trang và ô, bảng tính không thay đổi.',
      'Bộ biểu mẫu hợp lệ được lưu trong trang ẩn Bộ biểu mẫu của bảng tính, rồi các trang được lập lại: số liệu đã nhập được giữ ở dòng còn trong bộ mới; giá trị ở dòng không còn được chép sang trang Giá trị không còn dòng.',
      'Bản sao của xã, phường (Tệp › Tạo bản sao) mang theo bộ biểu mẫu đó; Lập biểu mẫu, Kiểm tra, Tạo báo cáo và Tổng hợp đều dùng bộ biểu mẫu mà bảng tính mang theo. Tổng hợp không tính bảng tính lập theo bộ biểu mẫu khác và nêu tên bộ đó.',
    ],
  },
  {
    heading: 'Lần chạy đầu tiên',
    paragraphs: [
      'Google sẽ hỏi quyền: xem và sửa bảng tính, tạo tài liệu, lưu tệp vào Drive, kết nối tới Google Tài liệu để xuất tệp Word, hiện khung bên phải, chạy tiếp Tổng hợp khi bảng tính đã đóng. Chọn tài khoản, Nâng cao, rồi Cho phép.',
      'Hãy để chọn tất cả các quyền. Nếu bỏ chọn quyền nào, lệnh sẽ dừng trước khi thay đổi bảng tính và Google sẽ hỏi lại các quyền còn thiếu.',
    ],
  },
];

/** CCHC › Lập biểu mẫu upgrading an older spreadsheet, then what was refused done again (`again`). */
const upgradeThen = (again: string): string => `Chọn CCHC › Lập biểu mẫu để nâng cấp (số liệu đã nhập được giữ nguyên) rồi ${again}.`;

export const GAS_TEXT = {
  /** The CCHC menu of the spreadsheet. */
  menu: {
    title: 'CCHC',
    layout: 'Lập biểu mẫu',
    check: 'Kiểm tra',
    report: 'Tạo báo cáo',
    reportDraft: 'Tạo báo cáo dự thảo',
    help: 'Hướng dẫn',
    consolidate: 'Tổng hợp',
    consolidateReport: 'Báo cáo tổng hợp',
    consolidatePrevious: 'Chọn bảng tổng hợp cùng kỳ năm trước…',
    formSet: 'Bộ biểu mẫu…',
  },

  /** CCHC › Bộ biểu mẫu…: the province's set chosen for the template, and the set line of the sidebar. */
  formSet: {
    promptTitle: 'Bộ biểu mẫu',
    prompt:
      'Dán liên kết (hoặc mã) của bảng tính soạn thảo bộ biểu mẫu của tỉnh, hoặc của sổ Excel (.xlsx) bộ biểu mẫu đã tải lên Google Drive:',
    badLink: (link: string): string => `"${link}" không phải liên kết tới một bảng tính Google hay một tệp trong Google Drive.`,
    openFailed: (detail: string): string =>
      `Không mở được tệp bộ biểu mẫu (${detail}). Kiểm tra lại liên kết và nhờ người giữ tệp chia sẻ quyền xem cho tài khoản của bạn.`,
    notSpreadsheet: (name: string, type: string): string =>
      `Tệp “${name}” không phải bảng tính Google hay sổ Excel (.xlsx) (loại tệp: ${type}); bảng tính không thay đổi.`,
    /** The Google Sheets copy of an .xlsx, deleted once read. */
    temporaryName: (name: string): string => `${name} (bản chuyển đổi tạm của CCHC, tự xóa)`,
    problemsTitle: 'Bộ biểu mẫu có vấn đề',
    problemsLead: (name: string, n: number): string =>
      `Bộ biểu mẫu trong “${name}” có ${n} vấn đề nên chưa được dùng; bảng tính không thay đổi. Sửa từng vấn đề ở đúng trang và ô của tệp đó rồi chọn lại CCHC › Bộ biểu mẫu….`,
    problemLabel: 'Vấn đề',
    older: (carried: string, given: string): string =>
      `Bảng tính đang dùng bộ biểu mẫu ${carried}, mới hơn bộ ${given} vừa chọn; không hạ phiên bản. Bảng tính không thay đổi.`,
    current: (label: string): string => `Bảng tính đã dùng bộ biểu mẫu ${label}; không có gì thay đổi.`,
    chosen: (from: string, to: string, kept: number): string =>
      `Đã lập lại bảng tính theo bộ biểu mẫu ${to} (trước đây: ${from}), giữ ${kept} ô số liệu đã nhập. Các bản sao lập từ bảng tính này mang theo bộ biểu mẫu đó.`,
    /**
     * Refusing, before changing anything, to lay out by the set chosen (`chosen`) a spreadsheet some of whose input cells have no
     * name (`said`: DAMAGE_TEXT's sentence, core setMoveRefusal): the move carries entries by name only. Laid out again first by
     * the set it carries (`carried`), which keeps those entries by their cells' places, it moves whole (labels: setLabel).
     */
    moveRefused: (said: string, carried: string, chosen: string): string =>
      `${said} Chuyển sang bộ biểu mẫu ${chosen} chỉ mang số liệu theo tên vùng, nên số liệu ở ô không có tên sẽ bị mất hoặc vào nhầm dòng; bảng tính chưa bị thay đổi. ` +
      `Hãy chọn CCHC › Lập biểu mẫu để lập lại bảng tính theo bộ ${carried} đang dùng (số liệu của ô không có tên được giữ theo vị trí của ô), rồi chọn lại CCHC › Bộ biểu mẫu….`,
    orphanLabel: 'Không còn dòng',
    /** After the carried set's "edited by hand" message: how Sheets lays the spreadsheet out with the set again. */
    damagedHint: 'Trong Google Sheets: chọn CCHC › Bộ biểu mẫu… và dán lại liên kết bộ biểu mẫu của tỉnh; số liệu đã nhập được giữ.',
    /** The sidebar's line naming the set the spreadsheet follows. */
    line: (name: string, version: number, issuer: string | undefined): string =>
      `Bộ biểu mẫu: ${name}, phiên bản ${version}${issuer ? `, ${issuer} ban hành` : ''}.`,
  },

  appTitle: 'Báo cáo cải cách hành chính',
  layoutDone: (sheets: number) => `Đã lập ${sheets} trang tính. Số liệu đã nhập được giữ nguyên.`,
  layoutKeptValues: (n: number) => `Giữ lại ${n} ô đã nhập.`,
  layoutUpgraded: (from: string, to: string) =>
    `Đã nâng cấp từ mẫu phiên bản ${from} lên phiên bản ${to}; số liệu đã nhập được chuyển sang đúng ô của từng chỉ tiêu.`,
  checkTitle: 'Kết quả kiểm tra',
  checkSummary: (errors: number, warnings: number, infos: number) =>
    `${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`,
  checkClean: 'Không có lỗi hay cảnh báo nào.',
  checkHint: 'Bấm vào một dòng để chuyển tới ô có vấn đề.',
  marksSkipped: (cells: number) =>
    `${cells} ô có vấn đề nằm trong vùng đã khóa mà bạn không có quyền sửa nên không được tô màu; các ô đó vẫn có trong danh sách.`,
  severityHeading: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  reportTitle: 'Tạo báo cáo',
  reportRefused: (errors: number) =>
    `Chưa tạo được báo cáo: số liệu còn ${errors} lỗi. Sửa các lỗi dưới đây rồi chọn lại CCHC › Tạo báo cáo.`,
  /** After RULE_TEXT.compulsory's lead, when a final report was asked for with compulsory inputs empty. */
  reportNeedsInputs: 'Nhập đủ rồi chọn lại CCHC › Tạo báo cáo; hoặc chọn CCHC › Tạo báo cáo dự thảo để có bản DỰ THẢO (ghi “chưa có số liệu” ở những chỗ còn trống).',
  /** The label of an empty compulsory input in the sidebar's list. */
  compulsoryLabel: 'Bắt buộc',
  reportDone: 'Đã tạo báo cáo trong cùng thư mục với bảng tính.',
  reportDocLink: 'Mở báo cáo (Google Tài liệu)',
  reportDocxLink: 'Tải tệp Word (.docx)',
  reportDocxFailed: (code: number) =>
    `Đã tạo Google Tài liệu nhưng chưa xuất được tệp .docx (mã lỗi ${code}). Có thể mở tài liệu rồi chọn Tệp › Tải xuống › Microsoft Word.`,
  reportDocxTooLarge:
    'Đã tạo Google Tài liệu nhưng chưa xuất được tệp .docx: Google Drive chỉ xuất tệp tới 10 MB mà báo cáo lớn hơn. Có thể thử mở tài liệu rồi chọn Tệp › Tải xuống › Microsoft Word.',
  reportDocName: (unit: string, subject: string, stamp: string) => `Báo cáo CCHC ${unit} - ${subject} (${stamp})`,
  reportDraftSuffix: ' - DỰ THẢO',
  notLaidOut:
    'Bảng tính chưa có biểu mẫu hoặc đã bị sửa mất tên vùng. Chọn CCHC › Lập biểu mẫu để lập lại (số liệu đã nhập được giữ nguyên).',
  /** After DAMAGE_TEXT's sentence on a damaged (or older) spreadsheet, in the commune's own commands. */
  damageHint: {
    repair: 'Chọn CCHC › Lập biểu mẫu để lập lại biểu mẫu; số liệu đã nhập còn lại được giữ nguyên.',
    /** Kiểm tra's: upgraded, then checked again. */
    upgrade: upgradeThen('kiểm tra lại'),
    /** Lấy số liệu kỳ trước's, refusing an older spreadsheet (it writes today's names, which that one lacks): upgraded, then the carry chosen again. */
    upgradeToCarry: upgradeThen('chọn lại CCHC › Lấy số liệu kỳ trước'),
    /** The names to give back to their cells before CCHC › Lập biểu mẫu may lay the spreadsheet out again: said by the commands that read it (Kiểm tra, Lấy số liệu kỳ trước), which never ran it. */
    giveBack: (names: readonly string[]) =>
      `Hãy đặt lại ${names.length > 1 ? 'các tên vùng' : 'tên vùng'} ${names.join(', ')} cho đúng ô (Dữ liệu › Dải ô được đặt tên) rồi chọn CCHC › Lập biểu mẫu.`,
  },
  badHeader: 'Thông tin chung chưa đủ để tạo báo cáo:',
  cellNotFound: (ref: string) => `Không tìm thấy ô ${ref}.`,
  failed: (detail: string) => `Không thực hiện được: ${detail}`,
  /** A Google API answered 429: its per-minute quota, refilled every minute (https://developers.google.com/sheets/api/limits). */
  quotaPerMinute:
    'Google đang tạm giới hạn số lần đọc, ghi bảng tính trong một phút. Chờ khoảng một phút rồi chọn lại lệnh này.',
  scopesDeclined:
    'Chưa thực hiện được vì bạn chưa cấp đủ quyền cho CCHC. Chọn lại lệnh này và đánh dấu chọn tất cả các quyền Google hỏi (hoặc bấm Chọn tất cả) rồi bấm Tiếp tục; chưa có gì trong bảng tính bị thay đổi.',
  close: 'Đóng',
  notePrefix: 'CCHC',
  protectionDescription: (sheet: string) => `${sheet}: chỉ nhập vào các ô số liệu và cột Ghi chú.`,
  protectedByOthers: (sheets: readonly string[]) =>
    `Chưa lập lại được biểu mẫu: bạn không có quyền sửa trang đã khóa ${sheets.join(', ')}. Nhờ người đã lập biểu mẫu hoặc chủ bảng tính chạy CCHC › Lập biểu mẫu, hoặc thêm bạn vào người được sửa (Dữ liệu › Bảo vệ trang tính và dải ô). Bảng tính chưa bị thay đổi.`,
  reportInMyDrive:
    'Bạn không có quyền thêm tệp vào thư mục chứa bảng tính, nên báo cáo được lưu trong Drive của tôi (My Drive) của bạn; có thể chuyển sang thư mục đó khi được cấp quyền.',
  /** The finding's words are the checker's, the same in every host. */
  formulaOverwritten: RULE_TEXT.formulaOverwritten,
  formulasRestored: (cells: readonly string[]) =>
    `Đã khôi phục công thức của ${cells.length} ô tính tự động bị xóa hoặc dán đè (${cells.join(', ')}) trước khi lập báo cáo.`,
  formulasNotRestored: (cells: readonly string[]) =>
    `Chưa tạo được báo cáo: ${cells.length} ô tính tự động đã bị xóa hoặc dán đè (${cells.join(', ')}) và không khôi phục được công thức với quyền của bạn. Người lập biểu mẫu hoặc chủ sở hữu bảng tính chọn CCHC › Lập biểu mẫu để khôi phục (số liệu đã nhập được giữ nguyên), rồi chọn lại CCHC › Tạo báo cáo.`,
  computedCellHelp: 'Ô này được tính tự động, không gõ vào.',
  docStructure: (written: number, found: number) =>
    `Không định dạng được báo cáo: Google Tài liệu vừa tạo có ${found} đoạn và bảng, khác với ${written} đoạn và bảng đã ghi vào. Tài liệu đó chưa được định dạng và chưa có tệp .docx; hãy xóa nó rồi chọn lại CCHC › Tạo báo cáo.`,
  /**
   * Lập biểu mẫu refused by Sheets for a named range left at #REF! (`names`: the one Sheets named). Sheets stops at the first
   * and lists none of them (a deleted sheet leaves every name of it so), so the clerk is asked to delete every #REF! name at
   * once, which the panel shows, not one per run.
   */
  namesBroken: (names: readonly string[]) =>
    `Chưa lập lại được biểu mẫu: ${names.length > 1 ? 'các tên vùng' : 'tên vùng'} ${names.join(', ')} đang trỏ tới trang đã bị xóa (#REF!). Ở Dữ liệu › Dải ô được đặt tên, xóa ${names.length > 1 ? 'các tên đó' : 'tên đó'} và mọi tên vùng khác đang trỏ tới #REF! (khi một trang bị xóa, mọi tên vùng của trang đó đều vậy), rồi chạy lại CCHC › Lập biểu mẫu. Bảng tính chưa bị thay đổi.`,
  /** CCHC › Lập biểu mẫu refusing, before changing anything, a spreadsheet whose entries it could not all keep (`said`: DAMAGE_TEXT's sentence): the names to give back first. */
  layoutRefused: (said: string, names: readonly string[]) =>
    `${said} Hãy đặt lại ${names.length > 1 ? 'các tên vùng' : 'tên vùng'} ${names.join(', ')} cho đúng ô (Dữ liệu › Dải ô được đặt tên) rồi chạy lại CCHC › Lập biểu mẫu.`,
  rangesProtectedByOthers: (sheets: readonly string[]) =>
    `Chưa lập lại được biểu mẫu: trang ${sheets.join(', ')} có vùng được người khác bảo vệ mà bạn không có quyền sửa. Nhờ chủ bảng tính gỡ bảo vệ vùng đó (Dữ liệu › Bảo vệ trang tính và dải ô) rồi chạy lại. Bảng tính chưa bị thay đổi.`,

  help: HELP,

  /** The district's copy: Tổng hợp over the communes' spreadsheets listed on `Danh sách đơn vị`. */
  district: {
    listSheet: 'Danh sách đơn vị',
    listInstruction:
      'Mỗi dòng một đơn vị, từ dòng 3: cột A ghi tên xã, phường; cột B dán liên kết bảng tính mà đơn vị đã chia sẻ cho bạn. Xong chọn CCHC › Tổng hợp.',
    listHeader: ['Tên đơn vị', 'Liên kết bảng tính của đơn vị'] as const,
    listCreated:
      'Đã tạo trang "Danh sách đơn vị". Điền tên và liên kết bảng tính của từng xã, phường (mỗi đơn vị một dòng, từ dòng 3) rồi chọn lại CCHC › Tổng hợp.',
    listEmpty:
      'Trang "Danh sách đơn vị" chưa có đơn vị nào. Điền tên và liên kết bảng tính của từng xã, phường (mỗi đơn vị một dòng, từ dòng 3) rồi chọn lại CCHC › Tổng hợp.',
    /** A consolidated form sheet: beside the copy's own Biểu mẫu sheets, never over them. */
    formSheet: (sheet: string): string => `TH ${sheet}`,
    /** What the Tổng hợp sheet calls a commune's spreadsheet when the list gives no name. */
    unnamedRow: (row: number): string => `dòng ${row} của Danh sách đơn vị`,
    /** A name given on two rows of the list: the second is told apart by its row. */
    repeatedName: (name: string, row: number): string => `${name} (dòng ${row})`,
    reasons: {
      noLink: 'chưa có liên kết bảng tính ở cột B của trang Danh sách đơn vị.',
      badLink: (link: string): string => `"${link}" không phải liên kết tới một bảng tính Google.`,
      noAccess: 'bạn chưa có quyền xem bảng tính này: nhờ đơn vị chia sẻ bảng tính (nút Chia sẻ) cho tài khoản của bạn.',
      notFound: 'không tìm thấy bảng tính (đã bị xóa, hoặc liên kết sai).',
      openFailed: (detail: string): string => `không mở được bảng tính (${detail}).`,
      passing: (detail: string, tries: number): string =>
        `tạm thời không đọc được: Google báo lỗi tạm thời (${detail}) ở cả ${tries} lần đọc, nên lần tổng hợp này tính là chưa báo cáo. Chọn lại CCHC › Tổng hợp sau ít phút để đọc lại.`,
      /** After DAMAGE_TEXT's sentence, on the Tổng hợp sheet: the commune repairs its own spreadsheet. */
      damageHint: {
        repair: 'Đơn vị cần chọn CCHC › Lập biểu mẫu trong bảng tính của mình để lập lại biểu mẫu (số liệu đã nhập còn lại được giữ nguyên), rồi chọn lại CCHC › Tổng hợp.',
        upgrade: 'Đơn vị cần chọn CCHC › Lập biểu mẫu trong bảng tính của mình để nâng cấp (số liệu đã nhập được giữ nguyên), rồi chọn lại CCHC › Tổng hợp.',
        giveBack: (names: readonly string[]): string =>
          `Đơn vị cần đặt lại ${names.length > 1 ? 'các tên vùng' : 'tên vùng'} ${names.join(', ')} cho đúng ô (Dữ liệu › Dải ô được đặt tên) và chọn CCHC › Lập biểu mẫu trong bảng tính của mình, rồi chọn lại CCHC › Tổng hợp.`,
      },
      missingSheet: (sheet: string): string =>
        `bảng tính không có trang "${sheet}" của mẫu báo cáo CCHC (trang đã bị xóa hoặc đổi tên, hoặc bảng tính không lập từ mẫu).`,
    },
    busy: 'Một lần Tổng hợp khác đang chạy trên bảng tính này. Chờ lần đó xong rồi chọn lại.',
    progress: (read: number, total: number): string => `Đã đọc ${read}/${total} đơn vị.`,
    pausedForTime:
      'Chưa đọc hết các đơn vị trong một lần chạy (Google giới hạn mỗi lần chạy 6 phút): việc tổng hợp tự tiếp tục sau khoảng một phút, không cần mở lại bảng tính. Khung này tự cập nhật.',
    pausedForQuota:
      'Google giới hạn số lần đọc bảng tính trong một phút: việc tổng hợp tự tiếp tục sau khoảng một phút, không cần mở lại bảng tính. Khung này tự cập nhật.',
    pausedForRetry: (n: number, minutes: number, tries: number): string =>
      `${n} đơn vị tạm thời không đọc được (Google báo lỗi tạm thời): việc tổng hợp tự đọc lại sau khoảng ${minutes} phút (tối đa ${tries} lần), không cần mở lại bảng tính. Khung này tự cập nhật.`,
    pausedForWrite:
      'Đã đọc xong các đơn vị: các trang Tổng hợp được ghi ở lần chạy tiếp theo, sau khoảng một phút, không cần mở lại bảng tính. Khung này tự cập nhật.',
    stalled: (minutes: number): string =>
      `Tổng hợp không tiến triển trong ${minutes} phút qua (lần chạy có thể đã bị Google dừng vì quá 6 phút). Bấm nút dưới đây để chạy tiếp từ chỗ đã dừng; các đơn vị đã đọc không phải đọc lại.`,
    continueButton: 'Chạy tiếp Tổng hợp',
    passingSummary: (n: number): string =>
      `Trong đó ${n} đơn vị tạm thời không đọc được vì lỗi tạm thời của Google (đã đọc lại nhiều lần) nên lần này tính là chưa báo cáo; chọn lại CCHC › Tổng hợp sau ít phút để đọc lại.`,
    /** Communes the spreadsheets name that no row of the list names: totalled, and counted as expected. */
    notListed: (units: readonly string[]): string =>
      `Có số liệu của đơn vị không có tên trong trang Danh sách đơn vị (vẫn được tổng hợp và tính là đơn vị phải báo cáo): ${units.join(', ')}.`,
    done: (accepted: number, expected: number): string =>
      `Đã tổng hợp ${accepted}/${expected} đơn vị vào trang Tổng hợp và các trang TH Biểu mẫu 1 đến TH Biểu mẫu 7.`,
    rejected: (n: number): string =>
      `${n} đơn vị không được tính (tính là chưa báo cáo), lý do ở dưới và ở trang Tổng hợp; các đơn vị còn lại vẫn được cộng.`,
    rejectedLabel: 'Không tính',
    chartsRefused: (detail: string): string =>
      `Các bảng đã ghi đủ, nhưng Google Trang tính không vẽ được biểu đồ ở trang Tổng hợp (${detail}); báo cáo tổng hợp sẽ không có biểu đồ. Chọn lại CCHC › Tổng hợp để vẽ lại.`,
    noneAccepted: (rejected: number): string =>
      `Chưa tổng hợp được: cả ${rejected} đơn vị đều không được tính. Xem lý do ở dưới, sửa rồi chọn lại CCHC › Tổng hợp.`,
    reportButton: 'Tạo báo cáo tổng hợp (Google Tài liệu và Word)',
    reportNeedsRun: 'Chưa có kết quả tổng hợp. Chọn CCHC › Tổng hợp trước, rồi chọn CCHC › Báo cáo tổng hợp.',
    reportNeedsFinish: (read: number, total: number): string =>
      `Lần Tổng hợp đang chạy chưa xong (đã đọc ${read}/${total} đơn vị). Chờ xong rồi chọn lại CCHC › Báo cáo tổng hợp.`,
    reportTitle: 'Báo cáo tổng hợp',
    reportDocName: (period: string, stamp: string): string => `Báo cáo tổng hợp CCHC ${period} (${stamp})`,
    /** The office's own header, signer, Nơi nhận and text of parts IV–VI for Báo cáo tổng hợp: one field a row, its label in A, its value in B. */
    contentSheet: 'Nội dung báo cáo',
    contentInstruction:
      'Nội dung của cơ quan tổng hợp cho CCHC › Báo cáo tổng hợp: ghi ở cột B, mỗi mục một ô. Trong ô, xuống dòng bằng Ctrl+Enter; để một dòng trống giữa hai đoạn; ý gạch đầu dòng bắt đầu bằng "- ". Nơi nhận: mỗi nơi một dòng. Mục để trống được in thành dòng chấm để điền tay.',
    contentHeader: ['Mục', 'Nội dung'] as const,
    /** Column A's labels: what is before " (" is what the row is known by; the rest is an example. */
    contentFields: {
      issuer: 'Cơ quan ban hành (ví dụ: Sở Nội vụ tỉnh Quảng Ngãi)',
      superior: 'Cơ quan chủ quản (ví dụ: UBND tỉnh Quảng Ngãi)',
      signerAuthority: 'Thẩm quyền ký (ví dụ: KT. GIÁM ĐỐC)',
      signerTitle: 'Chức vụ người ký (ví dụ: PHÓ GIÁM ĐỐC)',
      signerName: 'Họ và tên người ký',
      recipients: 'Nơi nhận (mỗi nơi một dòng; "Lưu: VT" tự thêm)',
      assessment: 'IV. Đánh giá chung',
      tasks: 'V. Phương hướng, nhiệm vụ trọng tâm kỳ tới',
      proposals: 'VI. Kiến nghị và đề xuất',
    },
    contentCreated:
      'Đã tạo trang "Nội dung báo cáo": ghi cơ quan ban hành, người ký, nơi nhận và nội dung mục IV, V, VI ở cột B rồi chọn lại CCHC › Báo cáo tổng hợp. Báo cáo lần này để các mục đó thành dòng chấm.',
    /** The parts the office left empty: "… còn để trống mục IV, VI …". */
    contentBlank: (parts: readonly string[]): string =>
      `Báo cáo còn để trống mục ${parts.join(', ')} (in thành dòng chấm): ghi nội dung ở trang "Nội dung báo cáo" rồi tạo lại báo cáo trước khi ký ban hành.`,
    /** CCHC › Chọn bảng tổng hợp cùng kỳ năm trước…: last year's copy of the office's spreadsheet, whose TH sheets the district report compares with. */
    lastYear: {
      promptTitle: 'Bảng tổng hợp cùng kỳ năm trước',
      promptText:
        'Dán đường liên kết của bảng tính tổng hợp cùng kỳ năm trước của cơ quan (bảng tính đã chạy CCHC › Tổng hợp năm trước, có trang "Tổng hợp" và các trang TH Biểu mẫu). Để trống để bỏ so sánh:',
      saved: (name: string, period: string, units: number | null): string =>
        `Đã ghi nhận bảng tổng hợp cùng kỳ năm trước: "${name}" (${period}${units === null ? '' : `, ${units} đơn vị`}). Báo cáo tổng hợp lập từ nay sẽ so sánh với cùng kỳ năm trước.`,
      cleared: 'Đã bỏ bảng tổng hợp cùng kỳ năm trước: báo cáo tổng hợp sẽ không so sánh với cùng kỳ năm trước.',
      badLink: (link: string): string =>
        `"${link}" không phải đường liên kết tới một bảng tính Google: mở bảng tính tổng hợp năm trước, chọn Chia sẻ › Sao chép đường liên kết rồi dán lại.`,
      noAccess: 'Không mở được bảng tính tổng hợp năm trước: tài khoản của bạn chưa có quyền xem bảng tính đó. Nhờ người sở hữu chia sẻ (nút Chia sẻ) cho tài khoản của bạn.',
      notFound: 'Không tìm thấy bảng tính tổng hợp năm trước từ đường liên kết này (bảng tính đã bị xóa, liên kết sai, hoặc đó là tệp khác, không phải bảng tính Google).',
      openFailed: (detail: string): string => `Không đọc được bảng tính tổng hợp năm trước (${detail}).`,
      /** Why the chosen spreadsheet cannot serve (PERIODS_TEXT.lastYearNamed), said of it by name. */
      unusable: (name: string, reason: string): string => `Bảng tính "${name}" ${reason}`,
      /** After a refusal in Báo cáo tổng hợp: the report asked for a comparison, and how to build it without. */
      forget:
        'Báo cáo tổng hợp chưa được tạo. Chọn lại CCHC › Chọn bảng tổng hợp cùng kỳ năm trước… để dán đúng bảng tính, hoặc để trống để lập báo cáo không so sánh với cùng kỳ năm trước.',
      /** The sidebar of Báo cáo tổng hợp: what its comparisons are made with. */
      compared: (name: string, period: string): string => `Báo cáo so sánh với cùng kỳ năm trước theo bảng tính "${name}" (${period}).`,
    },
    /** A row of Nội dung báo cáo whose label is none of the fields: its value is not used. */
    contentUnknownRow: (row: number, label: string): string =>
      `Dòng ${row} của trang "Nội dung báo cáo" ("${label}") không phải mục nào của báo cáo nên không được dùng; sửa tên mục ở cột A cho đúng như khi trang được tạo.`,
  },
} as const;
