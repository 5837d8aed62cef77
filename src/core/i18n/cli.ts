// Vietnamese texts of the `cchc` command line: help, progress lines and the one-line errors on bad input, for every command.
import { COMMON_TEXT } from './common';
import { DAMAGE_TEXT } from './damage';

const { clauses } = COMMON_TEXT;

/** Texts of the command line; functions take the file name or detail they must name. */
export const CLI_TEXT = {
  programSummary: 'cchc — biểu mẫu, kiểm tra số liệu và báo cáo cải cách hành chính cấp xã',
  usageTitle: 'Cách dùng',
  programUsage: 'cchc <lệnh> [tùy chọn]',
  commandsTitle: 'Các lệnh',
  optionsTitle: 'Tùy chọn',
  exitCodesTitle: 'Mã thoát',
  helpOption: 'hiện hướng dẫn này',
  moreHelp: 'Xem hướng dẫn của từng lệnh: cchc <lệnh> --help',

  templateSummary: 'lập sổ Excel biểu mẫu 1–7 (trống, hoặc điền sẵn từ tệp dữ liệu JSON)',
  templateOut: 'tệp .xlsx sẽ tạo (bắt buộc)',
  templateData: 'tệp dữ liệu báo cáo (.json) để điền sẵn',
  templateForce: 'cho phép ghi đè tệp đã có (mọi số liệu đã nhập trong tệp đó sẽ mất)',
  templateExit: '0 đã tạo; 2 dữ liệu đầu vào không đọc được hoặc dùng sai lệnh',

  checkSummary: 'kiểm tra số liệu của sổ Excel hoặc tệp dữ liệu JSON',
  checkJson: 'in kết quả dạng JSON (cho chương trình khác đọc)',
  checkExit: '0 không có lỗi; 1 có lỗi; 2 không đọc được tệp hoặc dùng sai lệnh',

  exportSummary: 'xuất số liệu của sổ Excel ra tệp dữ liệu JSON',
  exportOut: 'tệp .json sẽ ghi (không có thì in ra màn hình)',
  exportExit: '0 đã xuất; 2 không đọc được tệp hoặc dùng sai lệnh',

  upgradeSummary:
    'nâng cấp sổ Excel lập bằng mẫu phiên bản cũ lên mẫu hiện hành, hoặc lập lại biểu mẫu của sổ bị hỏng (mất trang, mất tên ô), giữ nguyên mọi số liệu đã nhập',
  upgradeExit:
    '0 đã nâng cấp hoặc lập lại (hoặc sổ đã ở phiên bản hiện hành, không hỏng); 2 không đọc được tệp, mẫu phiên bản mới hơn hoặc không rõ, sổ có trang riêng, sổ phiên bản cũ mất tên ô ở trang đã dời chỗ, sổ mất tên ô “Phiên bản mẫu” mà không biết được phiên bản, hoặc dùng sai lệnh',

  demoSummary: 'chạy thử toàn bộ quy trình với xã mẫu có sẵn',
  demoOut: 'thư mục ghi kết quả (mặc định: out)',
  demoExit: '0 đã chạy xong',

  /* Progress and results. */
  wroteWorkbook: (file: string): string => `Đã tạo sổ Excel: ${file}`,
  wroteData: (file: string): string => `Đã xuất dữ liệu: ${file}`,
  wroteCheck: (file: string): string => `Đã ghi kết quả kiểm tra: ${file}`,
  demoStart: (unit: string): string => `Chạy thử với dữ liệu mẫu của ${unit}.`,
  demoDone: (dir: string): string => `Xong. Các tệp nằm trong thư mục ${dir}.`,
  checkHeading: (file: string): string => `Kiểm tra ${file}:`,
  checkTotals: (errors: number, warnings: number, infos: number): string =>
    `${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`,
  checkClean: 'Không có lỗi nào: số liệu đủ điều kiện lập báo cáo.',
  checkBlocked: 'Còn lỗi: cần sửa trước khi lập báo cáo.',

  /* One-line errors on bad input (exit 2): each names the file and what is wrong. */
  fileNotFound: (file: string): string => `${file}: không tìm thấy tệp.`,
  fileIsDirectory: (file: string): string => `${file}: đây là thư mục, không phải tệp.`,
  fileUnreadable: (file: string, detail: string): string => `${file}: không đọc được tệp (${detail}).`,
  notJson: (file: string, detail: string): string => `${file}: không phải JSON hợp lệ (${detail}).`,
  noPermission: 'không có quyền đọc',
  unknownReason: 'không rõ lý do',
  badData: (file: string, problems: readonly string[]): string =>
    `${file}: dữ liệu báo cáo không hợp lệ — ${problems.join('; ')}.`,
  notXlsx: (file: string): string => `${file}: tệp hỏng hoặc không phải sổ Excel .xlsx.`,
  /** The reader's own sentence (not our template, newer template), prefixed by the file. */
  notTemplate: (file: string, sentence: string): string => `${file}: ${sentence}`,
  /** After DAMAGE_TEXT's sentence on a damaged workbook of today's version: `cchc upgrade` lays it out again (it repairs as Excel's Lập biểu mẫu does). */
  damageRepairHint: (file: string): string =>
    `Hãy chạy “cchc upgrade ${file}” để lập lại biểu mẫu (số liệu đã nhập còn lại được giữ nguyên), hoặc mở sổ trong Excel và bấm “Lập biểu mẫu”.`,
  /** The same where a sheet is missing: `cchc upgrade` refuses a sheet of another name (it would lose it), so a renamed sheet is named back first. */
  damageSheetsHint: (file: string): string =>
    `Nếu trang bị đổi tên, hãy đặt lại đúng tên cũ; nếu trang đã bị xóa, chạy “cchc upgrade ${file}” để lập lại biểu mẫu (số liệu đã nhập ở các trang còn lại được giữ nguyên). Hoặc mở sổ trong Excel và bấm “Lập biểu mẫu”.`,
  /** The names to give back to their cells before `cchc upgrade` may lay the workbook out again (what it refuses it with). */
  damageGiveBackHint: (names: readonly string[]): string =>
    `Hãy mở sổ trong Excel, đặt lại ${names.length > 1 ? 'các tên' : 'tên'} ${names.join(', ')} cho đúng ô (Công thức › Trình quản lý Tên › Mới), lưu sổ rồi chạy lại lệnh.`,
  /** After DAMAGE_TEXT's sentence on a damaged workbook of an older version. */
  damageUpgradeHint: (file: string): string => `Hãy chạy “cchc upgrade ${file}” để nâng cấp (số liệu đã nhập được giữ nguyên) rồi chạy lại lệnh.`,
  headerIncomplete: (file: string, problems: readonly string[]): string =>
    `${file}: phần Thông tin chung chưa đủ để xuất dữ liệu — ${clauses(problems)}.`,
  dataMustBeJson: (file: string): string => `${file}: --data cần tệp dữ liệu báo cáo dạng JSON, không phải sổ Excel.`,
  exportNeedsWorkbook: (file: string): string => `${file}: lệnh export cần một sổ Excel (.xlsx).`,
  outExists: (file: string): string =>
    `${file}: tệp đã có; không ghi đè để không mất số liệu đã nhập (thêm --force nếu thật sự muốn thay).`,
  writeFailed: (file: string, detail: string): string => `${file}: không ghi được tệp (${detail}).`,
  /** Why a file could not be written, by the system's error code (Node's errno codes: https://nodejs.org/api/errors.html#common-system-errors). */
  writeReason: {
    noPermission: 'không có quyền ghi vào đó, hoặc tệp đang mở trong chương trình khác',
    readOnly: 'ổ đĩa hoặc thư mục chỉ cho phép đọc',
    diskFull: 'ổ đĩa đã đầy',
    isDirectory: 'đường dẫn này là một thư mục, hãy thêm tên tệp',
    parentIsFile: 'một phần của đường dẫn là tệp chứ không phải thư mục',
    nameTooLong: 'tên tệp hoặc đường dẫn quá dài',
    busy: 'tệp đang được chương trình khác sử dụng',
    other: (code: string): string => `lỗi hệ thống ${code}`,
  },
  upgraded: (file: string, from: string, to: string, kept: number): string =>
    `Đã nâng cấp ${file} từ mẫu phiên bản ${from} lên phiên bản ${to}; giữ nguyên ${kept} ô số liệu đã nhập.`,
  /** `cchc upgrade` of a damaged workbook of today's version: laid out again, its entries kept by name (and by place where a name was lost). */
  repaired: (file: string, damage: string, kept: number): string =>
    `Đã lập lại biểu mẫu của ${file}: ${damage} Giữ nguyên ${kept} ô số liệu đã nhập; các ô mất tên được lấy theo vị trí của chúng trong mẫu.`,
  /** `cchc upgrade` of a damaged workbook of an older version: upgraded and laid out again, its entries kept by name (and by place where a name was lost). */
  upgradedRepaired: (file: string, from: string, to: string, damage: string, kept: number): string =>
    `Đã nâng cấp ${file} từ mẫu phiên bản ${from} lên phiên bản ${to} và lập lại biểu mẫu: ${damage} Giữ nguyên ${kept} ô số liệu đã nhập; các ô mất tên được lấy theo vị trí của chúng trong mẫu.`,
  /**
   * `cchc upgrade` refusing, the file untouched, a workbook whose entries it could not all keep (`said`: the core's sentence,
   * upgradeRefusal): the names to give back to their cells first.
   */
  upgradeRefused: (file: string, said: string, names: readonly string[]): string => `${file}: ${said} ${CLI_TEXT.damageGiveBackHint(names)}`,
  /** `cchc upgrade` refusing an older workbook that lost names on a sheet whose cells moved since its version: their entries could not be found. */
  upgradeLostMoved: (file: string, from: string, lost: readonly { readonly sheet: string; readonly names: readonly string[] }[]): string =>
    CLI_TEXT.upgradeRefused(file, DAMAGE_TEXT.upgradeWouldLose(from, lost), lost.flatMap((l) => l.names)),
  /**
   * `cchc upgrade --forms` refusing a damaged workbook (`damage`: DAMAGE_TEXT's words): moving to another version of the set
   * carries each entry by its cell's name only, so an entry whose name was lost would be dropped. Repaired first, it moves whole.
   */
  upgradeFormsDamaged: (file: string, damage: string): string =>
    `${file}: ${damage} Lệnh upgrade --forms chỉ mang số liệu theo tên ô nên số liệu của ô mất tên sẽ bị mất; tệp không bị thay đổi. ` +
    `Hãy chạy “cchc upgrade ${file}” (không có --forms) để lập lại biểu mẫu, giữ số liệu của ô mất tên theo vị trí của nó, rồi chạy lại lệnh.`,
  upgradeNotNeeded: (file: string, version: string): string => `${file}: sổ đã ở mẫu phiên bản ${version} (hiện hành), không cần nâng cấp; tệp không bị thay đổi.`,
  /** `damaged`: what the workbook lost (DAMAGE_TEXT.workbookDamaged), said first when that is why it was to be laid out again. */
  upgradeOtherSheets: (file: string, sheets: readonly string[], damaged = ''): string =>
    `${file}: ${damaged ? `${damaged} Sổ còn có` : 'sổ có'} trang tính ngoài biểu mẫu (${sheets.map((s) => `“${s}”`).join(', ')}); lệnh upgrade lập lại sổ từ đầu nên sẽ làm mất các trang đó. Tệp không bị thay đổi. Hãy chuyển các trang đó sang sổ khác, hoặc mở sổ trong Excel hay Google Trang tính và bấm “Lập biểu mẫu” (giữ nguyên các trang khác).`,
  sampleMissing: (file: string): string => `Không tìm thấy dữ liệu mẫu ${file}.`,

  /* Usage errors (exit 2). */
  unknownCommand: (name: string): string => `Không có lệnh "${name}". Xem: cchc --help`,
  missingCommand: 'Chưa chọn lệnh. Xem: cchc --help',
  badArguments: (command: string, detail: string): string => `cchc ${command}: ${detail}. Xem: cchc ${command} --help`,
  unknownOption: (option: string): string => `không có tùy chọn ${option}`,
  optionNeedsValue: (option: string): string => `tùy chọn ${option} cần một giá trị`,
  missingOption: (option: string): string => `thiếu tùy chọn ${option}`,
  missingFile: 'thiếu tên tệp',
  outMustBeXlsx: (file: string): string => `tên tệp ra phải có đuôi .xlsx (đã cho: ${file})`,
  tooManyFiles: (extra: string): string => `thừa tham số: ${extra}`,
  badOptionValue: (detail: string): string => `tham số không hợp lệ (${detail})`,

  unexpected: (detail: string): string => `Lỗi không mong đợi: ${detail}`,

  /** Texts of `cchc report`. */
  report: {
    summary: 'lập báo cáo Word (.docx) kèm phụ lục biểu mẫu, từ sổ Excel hoặc tệp dữ liệu JSON',
    out: 'tệp .docx sẽ tạo (bắt buộc; tệp đã có được thay bằng bản mới)',
    draft: 'vẫn lập khi số liệu còn lỗi hoặc còn chỉ tiêu bắt buộc để trống; báo cáo được đóng dấu DỰ THẢO',
    exit: '0 đã lập; 1 từ chối vì số liệu còn lỗi hoặc còn chỉ tiêu bắt buộc để trống (không ghi tệp); 2 không đọc được tệp hoặc dùng sai lệnh',
    outMustBeDocx: (file: string): string => `tên tệp ra phải có đuôi .docx (đã cho: ${file})`,
    outIsInput: (file: string): string => `tệp ra ${file} trùng với tệp vào`,
    headerIncomplete: (file: string, problems: readonly string[]): string =>
      `${file}: phần Thông tin chung chưa đủ để lập báo cáo — ${clauses(problems)}.`,
    refusedHeader:
      'Không lập được báo cáo, kể cả bản DỰ THẢO, vì phần Thông tin chung còn thiếu hoặc sai (các lỗi trên). Điền đủ rồi chạy lại.',
    refused: (errors: number): string =>
      `Không lập báo cáo vì số liệu còn ${errors} lỗi. Sửa các lỗi trên, hoặc thêm --draft để lập bản DỰ THẢO.`,
    refusedEmpty:
      'Không lập báo cáo chính thức khi còn chỉ tiêu bắt buộc để trống. Nhập đủ rồi chạy lại, hoặc thêm --draft để lập bản DỰ THẢO (ghi “chưa có số liệu” ở những chỗ còn trống).',
    wrote: (file: string): string => `Đã lập báo cáo: ${file}`,
    wroteDraft: (file: string, errors: number): string =>
      errors > 0 ? `Đã lập bản DỰ THẢO (số liệu còn ${errors} lỗi): ${file}` : `Đã lập bản DỰ THẢO: ${file}`,
  },

  /** Texts of `cchc consolidate`. */
  consolidate: {
    expectedTooSmall: (expected: number, given: number): string =>
      `số đơn vị phải báo cáo (${expected}) nhỏ hơn số tệp đã cho (${given})`,
    summary: 'tổng hợp số liệu của nhiều xã, phường (sổ Excel hoặc tệp JSON) vào một sổ Excel',
    out: 'tệp .xlsx tổng hợp sẽ tạo (bắt buộc)',
    report: 'lập thêm báo cáo tổng hợp Word (.docx)',
    expected: 'số đơn vị phải báo cáo (mặc định: số tệp đã cho); đơn vị chưa gửi được tính là thiếu, không tính là 0',
    issuer: 'tên cơ quan tổng hợp, in ở đầu báo cáo (ví dụ: Sở Nội vụ tỉnh Quảng Ngãi)',
    force: 'cho phép ghi đè tệp .xlsx đã có',
    exit: '0 đã tổng hợp; 1 có tệp bị từ chối (hỏng, không theo mẫu, còn lỗi, trùng đơn vị hoặc khác kỳ), không ghi tệp nào (với --skip-rejected: 0, tổng hợp từ các tệp được nhận); 2 dùng sai lệnh hoặc không đọc được tệp nào',
    skipRejected: 'bỏ qua các tệp bị từ chối: tổng hợp từ các tệp được nhận, các tệp bị từ chối được liệt kê và tính là đơn vị chưa báo cáo',
    superior: 'cơ quan chủ quản của cơ quan tổng hợp, in trên tên cơ quan ở đầu báo cáo và đứng đầu Nơi nhận (ví dụ: UBND tỉnh Quảng Ngãi)',
    signerAuthority: 'dòng thẩm quyền ký (ví dụ: KT. GIÁM ĐỐC)',
    signerTitle: 'chức vụ người ký (ví dụ: PHÓ GIÁM ĐỐC)',
    signerName: 'họ và tên người ký',
    recipient: 'một nơi nhận của báo cáo (lặp lại cho nhiều nơi nhận; “Lưu: VT” luôn ở cuối)',
    expectedList:
      'tệp văn bản liệt kê các đơn vị phải báo cáo, mỗi dòng một đơn vị (ví dụ: xã Hòa Phong); báo cáo nêu tên các đơn vị chưa gửi số liệu (không dùng cùng --expected)',
    officeText: 'tệp JSON nội dung của cơ quan tổng hợp: { "assessment": "…", "tasks": "…", "proposals": "…" } (mục IV, V, VI của báo cáo)',
    assessment: 'mục IV. Đánh giá chung của cơ quan tổng hợp (thay nội dung trong --office-text)',
    tasks: 'mục V. Phương hướng, nhiệm vụ trọng tâm kỳ sau (thay nội dung trong --office-text)',
    proposals: 'mục VI. Kiến nghị và đề xuất (thay nội dung trong --office-text)',
    expectedTwice: 'chỉ dùng một trong hai: --expected (số đơn vị) hoặc --expected-list (danh sách đơn vị)',
    badOfficeText: (file: string, problems: readonly string[]): string => `${file}: nội dung của cơ quan tổng hợp chưa đúng — ${problems.join('; ')}.`,
    badExpectedList: (file: string, problems: readonly string[]): string => `${file}: ${problems.join('; ')}.`,
    /** The parts of the report the office left empty: "Báo cáo tổng hợp còn để trống mục IV, V (…)". */
    officeTextBlank: (keys: readonly ('assessment' | 'tasks' | 'proposals')[]): string =>
      `Cảnh báo: báo cáo tổng hợp còn để trống mục ${keys.map((k) => ({ assessment: 'IV', tasks: 'V', proposals: 'VI' })[k]).join(', ')} (ghi bằng ${keys.map((k) => `--${k}`).join(', ')} hoặc --office-text) — chưa thể ký ban hành.`,
    /** Communes the files stand for that the list does not name: totalled, and counted as expected. */
    notListed: (units: readonly string[]): string =>
      `Có số liệu của đơn vị không có trong --expected-list (vẫn được tổng hợp và tính là đơn vị phải báo cáo): ${units.join(', ')}.`,
    /** One rejected file and why: "Từ chối a.json: số liệu còn 2 lỗi." */
    rejectedLine: (file: string, reason: string): string => `Từ chối ${file}: ${reason}`,
    noneReadable: (files: number): string => `Không đọc được tệp nào trong ${files} tệp đã cho; chưa ghi tệp nào.`,
    noneAccepted: (rejected: number): string => `Không tổng hợp: cả ${rejected} tệp đều bị từ chối; chưa ghi tệp nào.`,
    skipped: (rejected: number): string => `Bỏ qua ${rejected} tệp bị từ chối (--skip-rejected): các đơn vị này được tính là chưa báo cáo.`,
    missingFiles: 'cần ít nhất một tệp số liệu',
    expectedNotNumber: (v: string): string => `--expected cần một số nguyên dương (đã cho: ${v})`,
    outIsInput: (file: string): string => `tệp ra ${file} trùng với một tệp vào`,
    outMustBeDocx: (file: string): string => `tên tệp báo cáo phải có đuôi .docx (đã cho: ${file})`,
    nothingWritten: (rejected: number): string =>
      `Không tổng hợp: ${rejected} tệp bị từ chối. Sửa các lỗi trên rồi chạy lại, hoặc thêm --skip-rejected để tổng hợp từ các tệp còn lại; chưa ghi tệp nào.`,
    /** One line per file while reading many: "Đang đọc 12/300: xa-a.xlsx". */
    progress: (index: number, total: number, file: string): string => `Đang đọc ${index}/${total}: ${file}`,
    read: (n: number, period: string): string => `Đã đọc ${n} tệp số liệu, kỳ ${period}.`,
    warnings: (file: string, n: number): string => `${file}: ${n} cảnh báo (không ảnh hưởng tổng hợp).`,
    /** After the line saying a tie decided the set this year's files are totalled by (AGGREGATE_TEXT.grouping.setTie). */
    setTieHint: 'Muốn tổng hợp theo bộ khác, hãy chỉ bộ đó bằng --forms.',
    wrote: (file: string, rows: number): string => `Đã ghi sổ tổng hợp: ${file} (${rows} chỉ tiêu có số liệu).`,
    wroteReport: (file: string): string => `Đã lập báo cáo tổng hợp: ${file}`,
    /** With --skip-rejected: the communes not totalled, rejected ones included. */
    missingOrRejected: (missing: number, expected: number): string =>
      `${missing}/${expected} đơn vị chưa được tổng hợp (tệp bị từ chối hoặc chưa gửi): mọi chỉ tiêu được tính là thiếu ${missing} đơn vị, không tính là 0.`,
    missingUnits: (missing: number, expected: number): string =>
      `${missing}/${expected} đơn vị chưa gửi số liệu: mọi chỉ tiêu được tính là thiếu ${missing} đơn vị, không tính là 0.`,
    incompleteTitle: (n: number, received: number): string =>
      n === 0
        ? `Các tệp đã nhận có đủ số liệu ở mọi chỉ tiêu (${received} đơn vị).`
        : `${n} chỉ tiêu còn để trống ở một số tệp đã nhận (có số liệu / số tệp):`,
    incompleteRow: (form: number, key: string, reported: number, received: number): string =>
      `  ${COMMON_TEXT.formName(form)}, dòng ${key}: ${reported}/${received}`,
    incompleteMore: (n: number): string => `  … và ${n} chỉ tiêu khác (xem cột “Số đơn vị báo cáo” trong sổ tổng hợp).`,
  },

  /** `npm run build:cli`'s bundling step (src/hosts/cli/bundle-cli.cjs), which reads these from tsc's output. */
  build: {
    /** esbuild's platform binary missing (an optional package npm may skip): `cchc` still runs, from tsc's modules. */
    noBundles: (detail: string): string =>
      `Không nạp được esbuild (${detail}): không đóng gói các lệnh; cchc vẫn chạy được từ các mô-đun tsc đã biên dịch, chỉ khởi động chậm hơn.`,
  },

  /** Labels of `cchc bench` cases and its figures. */
  bench: {
    title: 'Số đo hiệu năng (trung vị của nhiều lần chạy)',
    plan: 'Lập kế hoạch sổ (buildWorkbookPlan)',
    check: 'Chạy `cchc check` trên một sổ Excel (cả khởi động Node)',
    checkCarried: 'Chạy `cchc check` trên một sổ mang bộ biểu mẫu riêng của tỉnh (cả khởi động Node)',
    report: 'Lập báo cáo Word của một xã (buildReport + renderDocx)',
    reportCli: 'Chạy `cchc report` trên số liệu JSON của một xã (cả khởi động Node)',
    consolidateJson: (n: number): string => `Tổng hợp ${n} tệp JSON bằng \`cchc consolidate\` (sổ tổng hợp, cả khởi động Node)`,
    consolidateXlsx: (n: number): string => `Tổng hợp ${n} sổ Excel bằng \`cchc consolidate\` (sổ và báo cáo, cả khởi động Node)`,
    memoryLine: (mib: number, target: number): string =>
      `  bộ nhớ cao nhất: ${mib.toFixed(0)} MiB (mục tiêu ≤ ${target} MiB) ${mib <= target ? 'ĐẠT' : 'CHƯA ĐẠT'}`,
    ratioLine: (ms: number, nodeMs: number, target: number): string =>
      `  so với \`node -e 0\` (${nodeMs.toFixed(1)} ms): ${(ms / nodeMs).toFixed(2)}× (mục tiêu ≤ ${target}×) ${ms / nodeMs <= target ? 'ĐẠT' : 'CHƯA ĐẠT'}`,
    /** The same ratio measured again without NODE_EXTRA_CA_CERTS, which this machine sets and a commune's does not. */
    ratioWithoutCertsLine: (ms: number, nodeMs: number, target: number): string =>
      `  như trên máy không đặt NODE_EXTRA_CA_CERTS (${ms.toFixed(1)} ms so với \`node -e 0\` ${nodeMs.toFixed(1)} ms): ${(ms / nodeMs).toFixed(2)}× (mục tiêu ≤ ${target}×) ${ms / nodeMs <= target ? 'ĐẠT' : 'CHƯA ĐẠT'}`,
    ratioToLine: (ms: number, other: string, otherMs: number, target: number): string =>
      `  so với ${other} (${otherMs.toFixed(1)} ms): ${(ms / otherMs).toFixed(2)}× (mục tiêu ≤ ${target}×) ${ms / otherMs <= target ? 'ĐẠT' : 'CHƯA ĐẠT'}`,
    nodeModulesLine: (mib: number, target: number): string =>
      `Dung lượng node_modules trên đĩa (như \`du -sh\`): ${mib.toFixed(0)} MiB (mục tiêu ≤ ${target} MiB) ${mib <= target ? 'ĐẠT' : 'CHƯA ĐẠT'}`,
    line: (label: string, ms: number, target: number, runs: number): string =>
      `${label}: ${ms.toFixed(1)} ms (mục tiêu < ${target} ms, ${runs} lần) ${ms < target ? 'ĐẠT' : 'CHƯA ĐẠT'}`,
    /** One Apps Script command's service calls on the sample, counted by the recording fakes (a fixed, greppable form). */
    serviceCalls: (step: 'layout' | 'check' | 'report' | 'consolidate 300', n: number): string => `apps-script ${step}: ${n} service calls`,
    /** Said after serviceCalls where the count has a goal (issue 23). */
    serviceCallsGoal: (n: number, target: number): string => ` (mục tiêu ≤ ${target}) ${n <= target ? 'ĐẠT' : 'CHƯA ĐẠT'}`,
  },
} as const;
