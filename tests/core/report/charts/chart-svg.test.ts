// A chart drawn as SVG: well-formed XML, one bar per commune in its colour, the reference line, names escaped, a title and description.
import { DOMParser } from '@xmldom/xmldom';
import { CHART_COLOURS, chartSvg } from '../../../../src/core/report/charts/chart-svg';
import type { ChartModel } from '../../../../src/core/report/charts/chart-model';
import { fitText, textWidth } from '../../../../src/core/report/charts/text-width';

const chart = (over: Partial<ChartModel> = {}): ChartModel => ({
  kind: 'ranked-bars',
  number: 2,
  form: 3,
  key: 'k',
  title: 'Tỷ lệ thử',
  caption: 'Biểu đồ 2. Tỷ lệ thử của các xã',
  altText: 'Biểu đồ cột ngang tỷ lệ thử của 3 xã.',
  axis: { max: 100, ticks: [0, 50, 100].map((v) => ({ value: v, text: `${v}%` })) },
  bars: [
    { label: 'xã A & <B>', value: 40.5, valueText: '40,5%', below: true },
    { label: 'xã Đông', value: 80, valueText: '80%', below: false },
    { label: 'xã Một Tên Rất Dài Dài Dài Dài Dài Dài Dài Dài Dài Dài Dài Dài Dài', value: 100, valueText: '100%', below: false },
  ],
  reference: { value: 70, valueText: '70%', label: 'Tỷ lệ chung: 70%' },
  spread: null,
  legend: { below: 'Thấp hơn tỷ lệ chung', atOrAbove: 'Bằng hoặc cao hơn tỷ lệ chung' },
  ...over,
});

const parse = (svg: string): Document => {
  const errors: string[] = [];
  const doc = new DOMParser({ errorHandler: { warning: (m: string) => void errors.push(m), error: (m: string) => void errors.push(m), fatalError: (m: string) => void errors.push(m) } }).parseFromString(svg, 'image/svg+xml') as unknown as Document;
  expect(errors).toEqual([]);
  return doc;
};

describe('chartSvg', () => {
  it('is well-formed, titled and described for assistive technology, with names escaped', () => {
    const { svg, width, height } = chartSvg(chart());
    const doc = parse(svg);
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe('Biểu đồ 2. Tỷ lệ thử của các xã');
    expect(doc.getElementsByTagName('desc')[0]?.textContent).toBe('Biểu đồ cột ngang tỷ lệ thử của 3 xã.');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toContain('xã A & <B>');
    expect(texts).toEqual(expect.arrayContaining(['40,5%', '80%', '100%', '0%', '50%', 'Tỷ lệ chung: 70%']));
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
  });

  it('draws a bar per commune, proportional to its value, coloured by whether it is below the area’s ratio', () => {
    const doc = parse(chartSvg(chart()).svg);
    const rects = Array.from(doc.getElementsByTagName('rect')).filter((r) => Number(r.getAttribute('height')) === 14);
    expect(rects.map((r) => r.getAttribute('fill'))).toEqual([CHART_COLOURS.below, CHART_COLOURS.atOrAbove, CHART_COLOURS.atOrAbove]);
    const widths = rects.map((r) => Number(r.getAttribute('width')));
    expect((widths[0] ?? 0) / (widths[2] ?? 1)).toBeCloseTo(0.405, 2);
    const ref = Array.from(doc.getElementsByTagName('line')).filter((l) => l.getAttribute('stroke') === CHART_COLOURS.reference);
    expect(ref).toHaveLength(2); // the line, and its sample in the legend
  });

  it('cuts a long name to the label column, and draws the spread box when there is one', () => {
    const doc = parse(
      chartSvg(chart({ spread: { label: 'Cả 40 xã', min: 10, q1: 50, median: 60, q3: 70, max: 95, text: 'Thấp nhất 10%; …' } })).svg,
    );
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(texts.some((t) => t.startsWith('xã Một Tên') && t.endsWith('…'))).toBe(true);
    expect(texts).toEqual(expect.arrayContaining(['Cả 40 xã', 'Thấp nhất 10%; …']));
    expect(Array.from(doc.getElementsByTagName('rect')).some((r) => r.getAttribute('fill') === CHART_COLOURS.box)).toBe(true);
  });

  it('measures Vietnamese text by its base letters', () => {
    expect(textWidth('Đức Phổ', 12)).toBeCloseTo(textWidth('Duc Pho', 12), 5);
    expect(textWidth('WWW', 10)).toBeGreaterThan(textWidth('iii', 10));
    expect(fitText('ngắn', 12, 200)).toBe('ngắn');
    expect(textWidth(fitText('x'.repeat(100), 12, 100), 12)).toBeLessThanOrEqual(100);
  });
});
