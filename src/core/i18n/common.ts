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
   * The placeholders a form set's row texts may hold: the unit's word for its villages, the level of the body above it,
   * the province's own word ("tỉnh", or "thành phố" for a centrally-run city).
   */
  rowPlaceholders: { village: '{thôn}', superiorLevel: '{cấp trên}', province: '{tỉnh}' },

  /** What a province is called: "tỉnh", or "thành phố" for the six centrally-run cities. */
  provinceKinds: { province: 'tỉnh', city: 'thành phố' },
  /**
   * The six centrally-run cities since 1 July 2025 (DOMAIN.md, the 2025 reform), as their names are written, with the
   * other ways people write them ("TP. Hồ Chí Minh", "Thừa Thiên Huế" before it became a city).
   */
  centralCities: ['Hà Nội', 'Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'TP.HCM', 'TP HCM', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Thừa Thiên Huế'],

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
