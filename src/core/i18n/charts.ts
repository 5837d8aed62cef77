// Vietnamese texts of the consolidated report's charts: captions, alternative texts, legends, the spread of all communes, the pane's table alternative.

/** "Tỷ lệ hồ sơ …" → "tỷ lệ hồ sơ …" inside a sentence (a key ratio's name starts with a capital). */
const lower = (s: string): string => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

export const CHART_TEXT = {
  /** "Biểu đồ 1. Tỷ lệ hồ sơ … của các xã, phường" (every commune with the ratio is drawn). */
  captionAll: (n: number, title: string, kinds: string): string => `Biểu đồ ${n}. ${title} của các ${kinds}`,
  /** "Biểu đồ 2. Tỷ lệ … của 15 xã, phường thấp nhất (trong 150 xã, phường có số liệu)". */
  captionLowest: (n: number, title: string, kinds: string, shown: number, all: number): string =>
    `Biểu đồ ${n}. ${title} của ${shown} ${kinds} thấp nhất (trong ${all} ${kinds} có số liệu)`,

  /** The reference line's label: the area's own ratio. */
  reference: (value: string): string => `Tỷ lệ chung: ${value}%`,
  /** Legend of the two bar colours. */
  legendBelow: 'Thấp hơn tỷ lệ chung',
  legendAtOrAbove: 'Bằng hoặc cao hơn tỷ lệ chung',
  /** A value on the axis or at a bar's end: "87,5%". */
  percent: (value: string): string => `${value}%`,
  /** The row label of the box showing every commune's spread. */
  spreadLabel: (all: number, kinds: string): string => `Cả ${all} ${kinds}`,
  /** Under the box: what its five numbers are. */
  spreadLine: (min: string, q1: string, median: string, q3: string, max: string): string =>
    `Thấp nhất ${min}%; một nửa số đơn vị từ ${q1}% đến ${q3}%; trung vị ${median}%; cao nhất ${max}%`,

  /**
   * One sentence saying what the chart shows (the drawing's alternative text): which ratio, how many communes, the lowest
   * and the highest drawn, the area's ratio and how many are below it; with many communes, the spread of all of them.
   */
  alt: (a: {
    readonly title: string;
    readonly kinds: string;
    readonly shown: number;
    readonly all: number;
    readonly lowest: string;
    readonly highest: string;
    readonly reference: string | null;
    readonly below: number;
    readonly spread: { readonly min: string; readonly q1: string; readonly median: string; readonly q3: string; readonly max: string } | null;
    readonly missing: number;
  }): string => {
    const who = a.shown < a.all ? `${a.shown} ${a.kinds} thấp nhất trong ${a.all} ${a.kinds} có số liệu` : `${a.all} ${a.kinds}`;
    const ref = a.reference === null ? 'chưa tính được tỷ lệ chung' : `đường đỏ là tỷ lệ chung ${a.reference}%, ${a.below} đơn vị thấp hơn`;
    const spread = a.spread
      ? `; hộp phía dưới cho phân bố của cả ${a.all} đơn vị: thấp nhất ${a.spread.min}%, một nửa từ ${a.spread.q1}% đến ${a.spread.q3}%, trung vị ${a.spread.median}%, cao nhất ${a.spread.max}%`
      : '';
    const missing = a.missing > 0 ? `; ${a.missing} đơn vị chưa có số liệu không được vẽ` : '';
    return `Biểu đồ cột ngang ${lower(a.title)} của ${who}, xếp từ thấp đến cao, từ ${a.lowest} đến ${a.highest}; ${ref}${spread}${missing}.`;
  },
  /** "xã Hòa Phong 87,5%" inside the alternative text. */
  unitValue: (unit: string, value: string): string => `${unit} ${value}%`,

  /** The pane: the heading over the charts, and the columns of each chart's table alternative. */
  paneHeading: 'Biểu đồ các chỉ tiêu chính',
  tableHeader: ['Đơn vị', 'Tỷ lệ (%)', 'So với tỷ lệ chung'] as const,
  tableBelow: 'Thấp hơn',
  tableAtOrAbove: 'Bằng hoặc cao hơn',
  tableReference: 'Tỷ lệ chung của địa bàn',

  /** The CLI's chart thread gone before its charts were drawn (killed, out of memory), or asked after it was closed. */
  threadExited: (code: number, undrawn: number): string => `Luồng vẽ biểu đồ đã dừng (mã ${code}) khi còn ${undrawn} biểu đồ chưa vẽ.`,
  threadClosed: 'Luồng vẽ biểu đồ đã đóng, không vẽ thêm được.',
} as const;
