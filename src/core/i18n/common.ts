// Shared vocabulary of the catalogue: period names, unit kinds, severities, form names, number formatting in Vietnamese notation.
import type { Period, UnitKind } from '../data/types';
import type { Severity } from '../rules/types';

export const COMMON_TEXT = {
  /** How each period is named in the report and on the sheet's drop-down. */
  periodLabels: {
    Q1: 'Quý I',
    H1: '6 tháng đầu năm',
    Q3: 'Quý III',
    Y: 'Năm',
  } satisfies Readonly<Record<Period, string>>,

  unitKindLabels: {
    xã: 'xã',
    phường: 'phường',
    'thị trấn': 'thị trấn',
    'đặc khu': 'đặc khu',
  } satisfies Readonly<Record<UnitKind, string>>,

  /** What a unit's villages are called: a xã has thôn, a phường or thị trấn has tổ dân phố. */
  villageWords: {
    xã: 'thôn',
    phường: 'tổ dân phố',
    'thị trấn': 'tổ dân phố',
    'đặc khu': 'thôn, tổ dân phố',
  } satisfies Readonly<Record<UnitKind, string>>,

  /**
   * A form row as a noun phrase, where its label is not one ("Đã thực hiện", "UBND cấp xã đã hoàn
   * thành…") or is shared with another row ("Tổng số người được giao" under cấp xã and under thôn).
   * Keyed "form:key"; each takes what the unit calls its villages. Other rows read as their label.
   */
  rowTopics: {
    '1:5': () => 'việc khảo sát sự hài lòng của người dân, tổ chức',
    '1:5.2': () => 'hình thức khảo sát',
    '1:6': () => 'việc tổ chức đối thoại của lãnh đạo với người dân, cộng đồng doanh nghiệp',
    '2:2.2.2': () => 'số văn bản quy phạm pháp luật đã xử lý xong sau kiểm tra',
    '2:3.2.2': () => 'số văn bản quy phạm pháp luật đã xử lý xong sau rà soát',
    '4:1.1': (village: string) => `tỷ lệ thực hiện sắp xếp, sáp nhập, chia tách ${village}`,
    '4:1.2': () => 'mức độ hoàn thành việc sắp xếp cơ cấu tổ chức và bố trí các bộ phận chuyên môn của UBND cấp xã',
    '4:2.3': () => 'số người làm việc theo hợp đồng lao động tại cơ quan hành chính nhà nước',
    '4:3.1': () => 'số người hoạt động không chuyên trách cấp xã được giao',
    '4:3.2': () => 'số người hoạt động không chuyên trách cấp xã có mặt',
    '4:4.1': (village: string) => `số người hoạt động không chuyên trách ở ${village} được giao`,
    '4:4.2': (village: string) => `số người hoạt động không chuyên trách ở ${village} có mặt`,
    '6:1': () => 'kế hoạch vốn đầu tư công được giao',
    '6:2': () => 'số vốn đầu tư công đã giải ngân',
    '7:1': () => 'việc cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất',
    '7:4': () => 'việc triển khai nền tảng chia sẻ, tích hợp dùng chung (LGSP)',
    '7:5.1': () => 'tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử',
    '7:5.2': () => 'việc vận hành Hệ thống thông tin một cửa điện tử tập trung của tỉnh',
  } satisfies Readonly<Record<string, (village: string) => string>>,

  /** Biểu mẫu 1 row 4's label, naming the superior body's level ("tỉnh", "huyện"). */
  superiorTasksLabel: (level: string): string => `Thực hiện nhiệm vụ của UBND ${level}, Chủ tịch UBND ${level} giao`,

  /** A list in prose: "a", "a và b", "a, b và c" (or "hoặc"). */
  list: (items: readonly string[], last: 'và' | 'hoặc' = 'và'): string =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1] ?? ''}`,

  severityLabels: {
    error: 'lỗi',
    warning: 'cảnh báo',
    info: 'thông tin',
  } satisfies Readonly<Record<Severity, string>>,

  /** "Biểu mẫu 3": the one way a form is named (sheet name, sheet heading, table caption, pane group, messages). */
  formName: (n: number): string => `Biểu mẫu ${n}`,

  /**
   * A number in Vietnamese notation: "." groups thousands, "," marks decimals.
   * 1234 → "1.234", 98.3 → "98,3", 3500.5 → "3.500,5"; with minDecimals 1, 75 → "75,0".
   */
  formatNumber: (x: number, maxDecimals = 2, minDecimals = 0): string => {
    const negative = x < 0;
    const fixed = Math.abs(x).toFixed(maxDecimals);
    const [intPart = '0', frac = ''] = fixed.split('.');
    const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    // Trailing zeros go, except the ones a fixed format keeps ("75,0" for a ratio in a table).
    let trimmed = frac.replace(/0+$/, '');
    if (trimmed.length < minDecimals) trimmed = frac.slice(0, minDecimals);
    return `${negative ? '-' : ''}${grouped}${trimmed ? ',' + trimmed : ''}`;
  },

  /** Sentences joined into one clause list ("a; b; c"), their own full stops dropped so the caller's ends it. */
  clauses: (sentences: readonly string[]): string => sentences.map((s) => s.trim().replace(/\.+$/, '')).join('; '),
} as const;
