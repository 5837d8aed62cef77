// Vietnamese texts of the Excel/Word task pane, the ribbon commands and the standalone page.
import { DAMAGE_TEXT } from './damage';

/**
 * What the pane tells the person to do with a damaged or older workbook (after READ_TEXT's sentence saying what is wrong):
 * in Excel, Lập biểu mẫu; for a picked file (the Word pane, the standalone page, Tổng hợp), the same in Excel, or the command line.
 */
/** Lập biểu mẫu upgrading an older workbook in Excel, then what was refused done again (`again`). */
const upgradeThen = (again: string): string => `Hãy bấm “Lập biểu mẫu” để nâng cấp (số liệu đã nhập được giữ nguyên) rồi ${again}.`;

const DAMAGE_HINT = {
  excel: {
    repair: 'Hãy bấm “Lập biểu mẫu” để lập lại biểu mẫu; số liệu đã nhập còn lại được giữ nguyên.',
    /** Kiểm tra's: upgraded, then checked again. */
    upgrade: upgradeThen('kiểm tra lại'),
    /** Lấy số liệu kỳ trước's, refusing an older workbook (it writes today's names, which that one lacks): upgraded, then the carry pressed again. */
    upgradeToCarry: upgradeThen('bấm lại “Lấy số liệu kỳ trước”'),
    /** The names to give back to their cells before Lập biểu mẫu may lay the workbook out again: said by Kiểm tra and Lấy số liệu kỳ trước, which never pressed it. */
    giveBack: (names: readonly string[]): string =>
      `Hãy đặt lại ${names.length > 1 ? 'các tên' : 'tên'} ${names.join(', ')} cho đúng ô (Công thức › Trình quản lý Tên › Mới) rồi bấm “Lập biểu mẫu”.`,
  },
  file: {
    repair:
      'Hãy mở sổ trong Excel và bấm “Lập biểu mẫu” (hoặc dùng lệnh “cchc upgrade” với sổ này) để lập lại biểu mẫu; số liệu đã nhập còn lại được giữ nguyên. Lưu sổ rồi chọn lại tệp.',
    repairSheets:
      'Hãy mở sổ trong Excel và bấm “Lập biểu mẫu” để lập lại biểu mẫu (nếu trang bị đổi tên, đặt lại đúng tên cũ trước); số liệu đã nhập còn lại được giữ nguyên. Lưu sổ rồi chọn lại tệp.',
    upgrade:
      'Hãy mở sổ trong Excel và bấm “Lập biểu mẫu” (hoặc dùng lệnh “cchc upgrade” với sổ này) để nâng cấp; số liệu đã nhập được giữ nguyên. Lưu sổ rồi chọn lại tệp.',
    /** The names to give back in Excel before Lập biểu mẫu may lay the workbook out again (its words, for a picked file). */
    giveBack: (names: readonly string[]): string =>
      `Hãy mở sổ trong Excel, đặt lại ${names.length > 1 ? 'các tên' : 'tên'} ${names.join(', ')} cho đúng ô (Công thức › Trình quản lý Tên › Mới) rồi bấm “Lập biểu mẫu”. Lưu sổ rồi chọn lại tệp.`,
  },
} as const;

/** Lập biểu mẫu refusing a workbook until `names` are given back to their cells: then it is pressed again. */
const layoutGiveBack = (names: readonly string[]): string =>
  `Hãy đặt lại ${names.length > 1 ? 'các tên' : 'tên'} ${names.join(', ')} cho đúng ô (Công thức › Trình quản lý Tên › Mới) rồi bấm lại “Lập biểu mẫu”.`;

/** Texts of the task pane and the ribbon commands; functions take the detail they must name. */
export const UI_TEXT = {
  appTitle: 'Báo cáo cải cách hành chính',
  appSubtitle: 'Biểu mẫu 1–7, kiểm tra số liệu và báo cáo Word',

  /* Buttons (the ribbon uses the same words, see manifest/manifest.xml). */
  layoutButton: 'Lập biểu mẫu',
  checkButton: 'Kiểm tra',
  generateButton: 'Tạo báo cáo',
  insertButton: 'Chèn báo cáo',
  openFileButton: 'Mở tệp số liệu…',
  draftLabel: 'Tạo bản dự thảo (dù còn lỗi hay ô bắt buộc để trống)',
  autoCheckLabel: 'Tự kiểm tra lại khi nhập số liệu',

  /* Hints under the title, one per mode. */
  hintExcel: 'Lập biểu mẫu trong sổ tính này, nhập số liệu vào các ô nền màu, rồi kiểm tra và tạo báo cáo.',
  hintWord: 'Chọn sổ Excel đã nhập số liệu (.xlsx) hoặc tệp dữ liệu (.json): báo cáo được chèn vào văn bản đang mở.',
  hintStandalone: 'Chọn sổ Excel đã nhập số liệu (.xlsx) hoặc tệp dữ liệu (.json) để kiểm tra và tải báo cáo Word về máy.',
  fileInputLabel: 'Tệp số liệu (.xlsx hoặc .json)',
  noFileChosen: 'Chưa chọn tệp nào.',
  fileChosen: (name: string): string => `Đang dùng tệp: ${name}`,

  /* Progress. */
  working: 'Đang xử lý…',
  layingOut: 'Đang lập biểu mẫu…',
  checking: 'Đang kiểm tra số liệu…',
  reading: (name: string): string => `Đang đọc tệp ${name}…`,
  buildingReport: 'Đang tạo báo cáo…',
  loadingWriter: 'Đang tải bộ soạn văn bản…',
  inserting: 'Đang chèn báo cáo vào văn bản…',

  /* Results. */
  layoutDone: (sheets: number, kept: number): string =>
    kept > 0
      ? `Đã lập ${sheets} trang biểu mẫu; giữ nguyên ${kept} ô số liệu đã nhập.`
      : `Đã lập ${sheets} trang biểu mẫu. Hãy nhập số liệu vào các ô nền màu.`,
  /* Lập biểu mẫu in Excel for Windows or Mac: said after layoutDone, since Excel there may not apply the sheets' "1 page wide" until Page Layout is opened (OfficeDev/office-js#1860). */
  layoutPrintFit:
    'Trước khi in: Excel trên máy tính có thể chưa áp dụng chế độ vừa 1 trang theo chiều ngang đã đặt cho các trang biểu mẫu; nếu bảng tràn sang trang thứ hai, mở thẻ Bố trí Trang (Page Layout) và chọn Chiều rộng (Width): 1 trang.',
  /* Lập biểu mẫu on a workbook of an older template version: said after layoutDone. */
  layoutUpgraded: (from: string, to: string): string =>
    `Sổ tính được nâng cấp từ mẫu phiên bản ${from} lên phiên bản ${to}; số liệu đã nhập được chuyển sang đúng ô của từng chỉ tiêu.`,
  checkClean: 'Không có lỗi nào: số liệu đủ điều kiện lập báo cáo.',
  checkTotals: (errors: number, warnings: number, infos: number): string =>
    `${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`,
  checkBlocked: (errors: number): string =>
    `Còn ${errors} lỗi: hãy sửa các ô được đánh dấu trước khi tạo báo cáo (hoặc chọn “Tạo bản dự thảo”).`,
  /** After the list of empty compulsory inputs (RULE_TEXT.compulsory), when a final report was asked for. */
  reportNeedsInputs: 'Nhập đủ rồi tạo lại; hoặc chọn “Tạo bản dự thảo” để có bản DỰ THẢO (ghi “chưa có số liệu” ở những chỗ còn trống).',
  reportDownloaded: (file: string): string => `Đã tạo báo cáo: ${file}`,
  reportOpenedInBrowser: 'Báo cáo đang được tải về trong cửa sổ trình duyệt vừa mở.',
  /* The ribbon's “Tạo báo cáo”: the file waits for the user's click in the pane (a download needs it). */
  reportReady: (file: string): string => `Báo cáo đã sẵn sàng: bấm “Tải báo cáo về máy” để lưu tệp ${file}.`,
  downloadReportButton: 'Tải báo cáo về máy',
  /* Office on Mac or iPad too old to open a browser window: its pane cannot save files. */
  reportCannotDownload: (address: string): string =>
    `Excel trên máy này không cho bảng điều khiển lưu tệp về máy, nên chưa tạo được tệp báo cáo. Hãy lưu sổ tính, mở ${address} bằng Safari hoặc Chrome rồi chọn sổ này để tải báo cáo; hoặc trên máy có công cụ cchc, dùng lệnh “cchc report sổ.xlsx --out báo-cáo.docx”.`,
  reportInserted: 'Đã chèn báo cáo vào văn bản.',
  reportInsertedAtEnd: 'Đã chèn báo cáo vào cuối văn bản (con trỏ không ở phần nội dung chính, hoặc phiên bản Word này không cho biết con trỏ ở đâu).',
  findingsTitle: 'Kết quả kiểm tra',
  headerGroup: 'Thông tin chung',
  narrativeGroup: 'Thuyết minh',
  goToCell: (cell: string): string => `Chọn ô ${cell}`,
  noFindings: 'Chưa kiểm tra.',
  timing: (ms: number): string => `(${ms} ms)`,

  /* Errors, shown as messages in the pane. */
  /** What to do with a damaged or older workbook, after DAMAGE_TEXT's sentence: in Excel (`excel`), or for a picked file (`file`). */
  damageHint: DAMAGE_HINT,
  notLaidOut: 'Sổ tính chưa có biểu mẫu (thiếu các ô được đặt tên). Hãy bấm “Lập biểu mẫu” trước.',
  /**
   * `lacks`: what the workbook lost of its own version (DAMAGE_TEXT's words), when it lost anything; `upgrade`: the way to
   * upgrade it and go on, Kiểm tra's unless given (Lấy số liệu kỳ trước: DAMAGE_HINT.excel.upgradeToCarry).
   */
  olderTemplate: (from: string, to: string, lacks?: string, upgrade: string = DAMAGE_HINT.excel.upgrade): string =>
    [DAMAGE_TEXT.olderTemplate(from, to), ...(lacks ? [lacks] : []), upgrade].join(' '),
  workbookDamaged: (missingSheets: readonly string[], brokenNames: readonly string[]): string =>
    `${DAMAGE_TEXT.workbookDamaged(missingSheets, brokenNames)} ${DAMAGE_HINT.excel.repair}`,
  /** Lập biểu mẫu refusing, before writing anything, a workbook whose entries it could not all keep (`said`: DAMAGE_TEXT's sentence): the names to give back first. */
  layoutRefused: (said: string, names: readonly string[]): string => `${said} ${layoutGiveBack(names)}`,
  /**
   * Lập biểu mẫu with another form set (“Chọn bộ biểu mẫu…”, FORMSET_TEXT.pane.chooseLabel) refusing, before writing anything, a
   * workbook some of whose input cells have no name (`said`: DAMAGE_TEXT's sentence, core setMoveRefusal): the move carries entries
   * by name only. Laid out again first by the set it carries (`carried`), which keeps those entries by their cells' places, it
   * moves whole to `chosen` (labels: setLabel).
   */
  setMoveRefused: (said: string, carried: string, chosen: string): string =>
    `${said} Chuyển sang bộ biểu mẫu ${chosen} chỉ mang số liệu theo tên ô, nên số liệu ở ô không có tên sẽ bị mất hoặc vào nhầm dòng; sổ tính chưa bị thay đổi. ` +
    `Hãy bấm “Lập biểu mẫu” để lập lại sổ theo bộ ${carried} đang dùng (số liệu của ô không có tên được giữ theo vị trí của ô), rồi chọn lại bộ ${chosen} ở “Chọn bộ biểu mẫu…”.`,
  /** Kiểm tra (and Lấy số liệu kỳ trước) on a workbook whose version cell lost its name (`said`: DAMAGE_TEXT's words, versionNameLostRead): the names to give back, then Lập biểu mẫu. */
  versionNameLost: (said: string, names: readonly string[]): string => `${said} ${DAMAGE_HINT.excel.giveBack(names)}`,
  excelTooOld:
    'Phiên bản Excel này quá cũ để lập biểu mẫu (cần Excel 2016 đã cập nhật, Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web). Máy này vẫn dùng được sổ mẫu Excel (lệnh “cchc template”) hoặc trang báo cáo mở bằng Chrome hoặc Edge.',
  unreadableFile: (name: string, detail: string): string => `Không đọc được tệp ${name}: ${detail}`,
  unsupportedFile: (name: string): string => `Tệp ${name} không phải sổ Excel (.xlsx) hay tệp dữ liệu (.json).`,
  badJson: 'nội dung không phải JSON hợp lệ',
  fileGone: 'trình duyệt không đọc được tệp nữa (tệp đã bị xoá, đổi hoặc đang bị chương trình khác khoá sau khi chọn). Hãy chọn lại tệp.',
  badData: (problems: string): string => `dữ liệu báo cáo không hợp lệ: ${problems}`,
  noHeaderData: 'Trang “Thông tin chung” chưa đủ thông tin (tên xã, cấp trên, kỳ báo cáo, năm): chưa thể tạo báo cáo.',
  officeError: (detail: string): string => `Excel/Word báo lỗi: ${detail}`,
  unexpected: (detail: string): string => `Đã xảy ra lỗi: ${detail}`,
  wordApiMissing: 'Phiên bản Word này không hỗ trợ chèn tệp (cần WordApi 1.1).',
  /* Word takes at most 4 MB through insertFileFromBase64: the size is rounded up to a tenth, with a decimal comma. */
  reportTooLargeForWord: (bytes: number): string =>
    `Báo cáo nặng ${(Math.ceil((bytes / 1_048_576) * 10) / 10).toFixed(1).replace('.', ',')} MB, quá giới hạn 4 MB mà Word cho phép chèn vào văn bản, nên chưa chèn gì. Hãy mở bảng điều khiển trong Excel hoặc trong trình duyệt (Chrome, Edge) để tải tệp báo cáo về máy rồi mở bằng Word; hoặc dùng lệnh “cchc report sổ.xlsx --out báo-cáo.docx”.`,
  downloadPageTitle: 'Tải báo cáo cải cách hành chính',
  downloadPageWorking: 'Đang dựng lại báo cáo trên máy này (số liệu không gửi đi đâu)…',
  downloadPageDone: (file: string): string => `Đã tải về ${file}. Có thể đóng cửa sổ này.`,
  downloadPageNoData: 'Không có số liệu báo cáo trong địa chỉ trang này. Hãy bấm “Tạo báo cáo” trong Excel.',
  downloadAgain: 'Tải lại tệp',

  /* Severity headings in the findings list. */
  severityTitle: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },

  /** File name of the generated report: "Báo cáo CCHC xã Hòa Phong - 6 tháng đầu năm 2026.docx" (NFC, no characters a file system forbids). */
  reportFileName: (unitKind: string, unit: string, periodLabel: string, year: number): string => {
    const name = `Báo cáo CCHC ${unitKind} ${unit} - ${periodLabel} ${year}`
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return `${name}.docx`.normalize('NFC');
  },

  /**
   * What a computer whose Office cannot run the pane can use instead. Plain strings and one
   * function: the ES5 loader of the pane (pane-loader.ts, run by Internet Explorer 11) shows them.
   */
  unsupported: {
    title: 'Bảng điều khiển không chạy được trên máy này',
    oldWebView:
      'Excel/Word trên máy này hiển thị phần bổ trợ bằng trình duyệt cũ gắn sẵn (Internet Explorer 11: luôn như vậy ở Office 2016 và Office 2019 bản cấp phép số lượng lớn; ở Office khác khi máy chưa có Microsoft Edge WebView2 hoặc Office chưa được cập nhật), không chạy được bảng điều khiển.',
    oldExcel:
      'Phiên bản Excel này quá cũ để lập biểu mẫu (cần Excel 2016 đã cập nhật, Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web).',
    oldBrowser: 'Trình duyệt này quá cũ để dựng lại báo cáo.',
    instead: 'Máy này vẫn làm được báo cáo theo một trong hai cách:',
    template:
      'Sổ mẫu Excel: trên máy có công cụ cchc, chạy lệnh “cchc template --out bieu-mau.xlsx”, chép tệp sang máy này và mở bằng Excel 2010 trở lên. Sổ có sẵn công thức, ô khóa và kiểm tra dữ liệu; nhập số liệu xong, dùng “cchc check” và “cchc report” để kiểm tra và tạo báo cáo.',
    browser: (address: string): string =>
      `Trang báo cáo: mở ${address} bằng Chrome hoặc Edge, chọn sổ Excel đã nhập số liệu để kiểm tra và tải báo cáo Word về máy.`,
    reportInBrowser: 'Hãy chép toàn bộ địa chỉ của trang này sang Chrome, Edge hoặc Safari để tải báo cáo.',
  },
  /** The pane's "Tổng hợp": many communes' files in, the consolidated workbook and report out (the texts of `cchc consolidate`, for a click). */
  consolidate: {
    title: 'Tổng hợp nhiều đơn vị',
    hint: 'Chọn sổ Excel (.xlsx) hoặc tệp số liệu (.json) của các xã, phường cùng một kỳ; nhận sổ tổng hợp và báo cáo tổng hợp Word.',
    button: 'Tổng hợp nhiều tệp…',
    skipLabel: 'Bỏ qua các tệp bị từ chối (tổng hợp từ các tệp được nhận)',
    lastYearButton: 'Tệp cùng kỳ năm trước (để so sánh)…',
    lastYearHint: 'Không bắt buộc: chọn trước các tệp của các đơn vị cùng kỳ năm trước, báo cáo tổng hợp sẽ so sánh số tổng với cùng kỳ.',
    lastYearNone: 'Chưa chọn tệp cùng kỳ năm trước.',
    lastYearChosen: (files: number): string => `Đã chọn ${files} tệp cùng kỳ năm trước để so sánh.`,
    lastYearProgress: (index: number, total: number, file: string): string => `Đang đọc tệp cùng kỳ năm trước ${index}/${total}: ${file}`,
    progress: (index: number, total: number, file: string): string => `Đang đọc ${index}/${total}: ${file}`,
    building: 'Đang lập sổ và báo cáo tổng hợp…',
    rejectedLine: (file: string, reason: string): string => `Từ chối ${file}: ${reason}`,
    /** After the line saying a tie decided the set the picked files are totalled by (AGGREGATE_TEXT.grouping.setTie). */
    setTieHint: 'Muốn tổng hợp theo bộ khác, hãy chọn lại chỉ các tệp theo bộ đó.',
    nothingWritten: (rejected: number): string =>
      `Không tổng hợp: ${rejected} tệp bị từ chối. Sửa các lỗi trên rồi chọn lại, hoặc đánh dấu “Bỏ qua các tệp bị từ chối”.`,
    noneReadable: (files: number): string => `Không đọc được tệp nào trong ${files} tệp đã chọn.`,
    noneAccepted: (rejected: number): string => `Không tổng hợp: cả ${rejected} tệp đều bị từ chối.`,
    done: (units: number, expected: number, workbook: string, report: string): string =>
      `Đã tổng hợp ${units}/${expected} đơn vị; đã tải về ${workbook} và ${report}.`,
    damaged: 'tệp hỏng hoặc không phải sổ Excel .xlsx.',
    notData: (detail: string): string => `không phải tệp số liệu hợp lệ (${detail}).`,
    unsupported: 'không phải sổ Excel (.xlsx) hay tệp số liệu (.json).',
    workbookName: (period: string): string => `Tổng hợp CCHC - ${period}.xlsx`,
    reportName: (period: string): string => `Báo cáo tổng hợp CCHC - ${period}.docx`,
    /* The district report's own inputs: header, signer, Nơi nhận, parts IV–VI and the communes expected. */
    officeTitle: 'Nội dung báo cáo tổng hợp',
    officeHint:
      'Không bắt buộc: ghi ở đây được in vào báo cáo tổng hợp; mục để trống được in thành dòng chấm để điền tay. Nội dung đã ghi được giữ trên máy này cho lần sau.',
    issuerLabel: 'Cơ quan ban hành (ví dụ: Sở Nội vụ tỉnh Quảng Ngãi)',
    superiorLabel: 'Cơ quan chủ quản (ví dụ: UBND tỉnh Quảng Ngãi)',
    signerAuthorityLabel: 'Thẩm quyền ký (ví dụ: KT. GIÁM ĐỐC)',
    signerTitleLabel: 'Chức vụ người ký (ví dụ: PHÓ GIÁM ĐỐC)',
    signerNameLabel: 'Họ và tên người ký',
    recipientsLabel: 'Nơi nhận (mỗi nơi một dòng; “Lưu: VT” tự thêm)',
    textHint: 'Ở các mục IV, V, VI: để một dòng trống giữa hai đoạn; ý gạch đầu dòng bắt đầu bằng “- ”.',
    assessmentLabel: 'IV. Đánh giá chung',
    tasksLabel: 'V. Phương hướng, nhiệm vụ trọng tâm kỳ tới',
    proposalsLabel: 'VI. Kiến nghị và đề xuất',
    expectedLabel: 'Các đơn vị phải báo cáo (mỗi dòng một đơn vị, ví dụ: xã Hòa Phong): báo cáo nêu tên các đơn vị chưa gửi số liệu',
    /** The parts of the report left empty: "… còn để trống mục IV, VI …". */
    officeTextBlank: (parts: readonly string[]): string =>
      `Cảnh báo: báo cáo tổng hợp còn để trống mục ${parts.join(', ')} (in thành dòng chấm): ghi ở “Nội dung báo cáo tổng hợp” rồi tổng hợp lại trước khi ký ban hành.`,
    /** Communes the files stand for that the list of those expected does not name: totalled, and counted as expected. */
    notListed: (units: readonly string[]): string =>
      `Có số liệu của đơn vị không có trong danh sách đơn vị phải báo cáo (vẫn được tổng hợp và tính là đơn vị phải báo cáo): ${units.join(', ')}.`,
  },
  /** The add-in's help page (help.html, the manifest's SupportUrl), written into the page when it is built. */
  help: {
    title: 'Hướng dẫn sử dụng phần bổ trợ Báo cáo CCHC',
    intro:
      'Phần bổ trợ giúp xã, phường lập Biểu mẫu 1–7, kiểm tra số liệu và tạo báo cáo cải cách hành chính (tệp Word) ngay trong Excel. Số liệu chỉ nằm trên máy của bạn: phần bổ trợ không gửi số liệu đi đâu.',
    sections: [
      {
        heading: 'Thẻ CCHC trong Excel',
        paragraphs: [
          'Lập biểu mẫu: tạo trang Thông tin chung, Biểu mẫu 1 đến Biểu mẫu 7 và Thuyết minh. Chạy lại bất cứ lúc nào: số liệu đã nhập được giữ nguyên.',
          'Kiểm tra: tô màu các ô có lỗi hoặc cảnh báo; bảng điều khiển liệt kê từng vấn đề theo biểu mẫu, bấm vào một dòng để tới ô cần sửa.',
          'Tạo báo cáo: kiểm tra rồi tạo báo cáo Word, khi không còn lỗi và mọi chỉ tiêu bắt buộc đã có số liệu (không phát sinh thì ghi 0). Khi bấm trên thẻ CCHC, bảng điều khiển mở ra với nút “Tải báo cáo về máy”; bấm nút đó để lưu tệp.',
          'Cần xem trước khi chưa đủ số liệu? Chọn “Tạo bản dự thảo” trong bảng điều khiển: bản đó đóng dấu DỰ THẢO và ghi “chưa có số liệu” ở những chỗ còn trống.',
          'Bảng điều khiển: mở khung bên phải với các chức năng khác: lấy số liệu kỳ trước, báo cáo cùng kỳ năm trước, tổng hợp nhiều đơn vị.',
        ],
      },
      {
        heading: 'Trong Word',
        paragraphs: [
          'Mở bảng điều khiển, chọn sổ Excel đã nhập số liệu (.xlsx) hoặc tệp số liệu (.json) rồi bấm “Chèn báo cáo”. Văn bản trống nhận toàn bộ báo cáo; văn bản đã có nội dung được giữ nguyên, báo cáo được chèn sau con trỏ hoặc ở cuối văn bản.',
        ],
      },
      {
        heading: 'Khi in biểu mẫu',
        paragraphs: [
          'Excel trên máy tính có thể chưa áp dụng chế độ vừa 1 trang theo chiều ngang đã đặt cho các trang biểu mẫu. Trước khi in, mở thẻ Bố trí Trang (Page Layout) và chọn Chiều rộng (Width): 1 trang.',
        ],
      },
      {
        heading: 'Máy không chạy được bảng điều khiển',
        paragraphs: [
          'Office 2016 và Office 2019 bản cấp phép số lượng lớn, hoặc Office trên máy chưa có Microsoft Edge WebView2, hiển thị phần bổ trợ bằng Internet Explorer 11, nên bảng điều khiển chỉ hiện hướng dẫn. Khi đó hãy dùng sổ mẫu Excel do cán bộ phụ trách cung cấp, và mở địa chỉ của bảng điều khiển bằng Chrome hoặc Edge để kiểm tra số liệu và tải báo cáo.',
        ],
      },
      {
        heading: 'Cần hỗ trợ',
        paragraphs: ['Liên hệ bộ phận công nghệ thông tin của đơn vị đã cài phần bổ trợ cho máy của bạn.'],
      },
    ],
  },
} as const;
