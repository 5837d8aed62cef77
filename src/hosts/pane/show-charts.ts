// The pane's Tổng hợp charts: each key ratio's chart as inline SVG (titled and described), its caption, and a table of the same numbers for screen readers.
import type { ChartModel } from '../../core/report/charts/chart-model';
import { chartSvg } from '../../core/report/charts/chart-svg';
import { CHART_TEXT } from '../../core/i18n/charts';

function tableOf(doc: Document, chart: ChartModel): HTMLTableElement {
  const table = doc.createElement('table');
  table.className = 'visually-hidden';
  const caption = table.createCaption();
  // The figure's caption names the chart; the table's says what it shows.
  caption.textContent = chart.altText;
  const head = table.createTHead().insertRow();
  for (const h of CHART_TEXT.tableHeader) {
    const th = doc.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    head.appendChild(th);
  }
  const body = table.createTBody();
  const row = (name: string, value: string, note: string): void => {
    const tr = body.insertRow();
    const th = doc.createElement('th');
    th.scope = 'row';
    th.textContent = name;
    tr.appendChild(th);
    for (const text of [value, note]) tr.insertCell().textContent = text;
  };
  for (const b of chart.bars) row(b.label, b.valueText, chart.reference ? (b.below ? CHART_TEXT.tableBelow : CHART_TEXT.tableAtOrAbove) : '');
  if (chart.reference) row(CHART_TEXT.tableReference, chart.reference.valueText, '');
  if (chart.spread) row(chart.spread.label, chart.spread.text, '');
  return table;
}

/** Replaces what `container` shows with the charts (nothing, and hidden, when there are none). */
export function showCharts(doc: Document, container: HTMLElement, charts: readonly ChartModel[]): void {
  container.replaceChildren();
  container.hidden = charts.length === 0;
  if (charts.length === 0) return;
  const heading = doc.createElement('h2');
  heading.className = 'ms-font-l';
  heading.id = 'charts-title';
  heading.textContent = CHART_TEXT.paneHeading;
  container.appendChild(heading);
  for (const chart of charts) {
    const figure = doc.createElement('figure');
    figure.className = 'chart';
    const drawn = chartSvg(chart);
    // Parsed as XML, never as HTML: the communes' names stay text.
    const svg = new DOMParser().parseFromString(drawn.svg, 'image/svg+xml').documentElement;
    svg.setAttribute('width', '100%');
    svg.removeAttribute('height');
    // The table below says the same to a screen reader, row by row; the drawing is its picture.
    svg.setAttribute('aria-hidden', 'true');
    svg.removeAttribute('role');
    svg.removeAttribute('aria-labelledby');
    figure.appendChild(doc.importNode(svg, true));
    const caption = doc.createElement('figcaption');
    caption.className = 'ms-font-s';
    caption.textContent = chart.caption;
    figure.appendChild(caption);
    figure.appendChild(tableOf(doc, chart));
    container.appendChild(figure);
  }
}
