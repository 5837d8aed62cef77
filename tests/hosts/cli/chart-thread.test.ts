// The CLI's chart painter: a chart asked for early (while the workbook is written) is drawn once, and the report gets that drawing.
import { chartSvg } from '../../../src/core/report/charts/chart-svg';
import { chartPainter } from '../../../src/hosts/cli/charts/chart-thread';
import { CHART_PNG_SCALE } from '../../../src/render/docx-chart';
import { chartDistrict } from '../../fixtures/chart-communes';

describe('chartPainter', () => {
  it('draws each prefetched chart once and hands the same PNG to the report', async () => {
    const svgs = chartDistrict(4).charts.slice(0, 2).map(chartSvg);
    const painter = chartPainter();
    try {
      painter.prefetch(svgs, CHART_PNG_SCALE);
      const first = painter.rasterise(svgs[0]!, CHART_PNG_SCALE);
      expect(painter.rasterise(svgs[0]!, CHART_PNG_SCALE)).toBe(first);
      const pngs = await Promise.all(svgs.map((s) => painter.rasterise(s, CHART_PNG_SCALE)));
      for (const png of pngs) expect(Array.from(png.slice(0, 4))).toEqual([137, 80, 78, 71]);
      expect(pngs[0]).not.toEqual(pngs[1]);
    } finally {
      await painter.close();
    }
  });
});
