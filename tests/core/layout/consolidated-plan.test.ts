// The consolidated workbook plan: structure, literal cells, and every formula calculated by HyperFormula equal to consolidate().
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { consolidate } from '../../../src/core/aggregate/consolidate';
import type { Grouping } from '../../../src/core/aggregate/grouping';
import type { CellValue, FormsData } from '../../../src/core/data/types';
import { isInputRow } from '../../../src/core/forms/types';
import { parseCellAddress } from '../../../src/core/layout/a1';
import {
  buildConsolidatedPlan,
  consolidatedCellAddress,
  consolidatedCellName,
  GROUPING_NAMES,
} from '../../../src/core/layout/consolidated-plan';
import type { SheetPlan } from '../../../src/core/layout/types';
import { formsWith } from '../aggregate/sample-units';
import { loadPlan } from './plan-engine';

const grouping = (n: number): Grouping => ({
  period: 'H1',
  year: 2026,
  units: Array.from({ length: n }, (_, i) => ({ file: `xa-${i + 1}.json`, meta: { unit: `Xã số ${i + 1}`, unitKind: i % 2 ? 'phường' : 'xã', period: 'H1', year: 2026 } })),
  rejected: [],
});

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A commune with random values (some rows empty, some 0, some text) for every input row. */
function randomCommune(r: () => number): FormsData {
  const out: Record<string, Record<string, CellValue>> = {};
  for (const form of BUILTIN_CATALOGUE.forms) {
    const values: Record<string, CellValue> = {};
    for (const row of form.rows) {
      if (!isInputRow(row)) continue;
      const x = r();
      if (x < 0.15) continue;
      if (x < 0.2) values[row.key] = null;
      else if (x < 0.3) values[row.key] = 0;
      else if (x < 0.33) values[row.key] = 'Văn bản';
      else if (row.kind === 'money') values[row.key] = Math.round(r() * 100000) / 100;
      else if (row.kind === 'percent') values[row.key] = Math.round(r() * 1000) / 10;
      else if (row.kind === 'code') values[row.key] = row.codes[Math.floor(r() * row.codes.length)]?.value ?? 0;
      else values[row.key] = Math.floor(r() * 500);
    }
    out[String(form.number)] = values;
  }
  return out as FormsData;
}

const CASES: readonly (readonly [string, readonly FormsData[]])[] = [
  ['the sample commune alone', [formsWith()]],
  ['the sample and a variation', [formsWith(), formsWith({ '1': { '2.1': 10, '2.2': 10 }, '6': { '1': 0.1, '2': 0.2 } })]],
  ['wholes 0 in every commune', [formsWith({ '1': { '3.2.1': 0, '3.2.2': 0 }, '3': { '3.4.1': 0, '3.4.2': 0 } }), formsWith({ '1': { '3.2.1': 0, '3.2.2': 0 }, '3': { '3.4.1': 0, '3.4.2': 0 } })]],
  ['communes that reported nothing', [{}, {}]],
  ...[1, 2, 3, 4, 5, 6].map((seed) => {
    const r = rng(seed);
    return [`random communes, set ${seed}`, Array.from({ length: 2 + (seed % 4) }, () => randomCommune(r))] as const;
  }),
];

describe('consolidated formulas calculated by HyperFormula equal consolidate()', () => {
  it.each(CASES)('%s', (_name, units) => {
    const c = consolidate(units, { expected: units.length + 1 });
    const { plan, results } = buildConsolidatedPlan(grouping(units.length), c);
    const engine = loadPlan(plan);
    let compared = 0;
    for (const form of BUILTIN_CATALOGUE.forms) {
      for (const row of form.rows) {
        const cell = c.forms[form.number]?.[row.key];
        if (cell?.kind !== 'computed' && cell?.kind !== 'ratio') continue;
        const got = engine.valueOf(consolidatedCellName(form.number, row.key));
        expect({ form: form.number, key: row.key, value: got }).toEqual({ form: form.number, key: row.key, value: cell.value });
        // The cached result a file carries is the same number (absent where the cell is empty).
        const at = consolidatedCellAddress(plan, form.number, row.key)!.replace(/^'(.*)'!/, '$1!');
        expect(results.get(at) ?? null).toBe(cell.value);
        compared++;
      }
    }
    expect(compared).toBe(BUILTIN_CATALOGUE.forms.reduce((n, f) => n + f.rows.filter((r) => r.kind === 'ratio' || r.kind === 'sum').length, 0));
    expect(engine.valueOf(GROUPING_NAMES.share)).toBe(Math.round((units.length / (units.length + 1)) * 1000) / 10);
  });

  it('a ratio over added parts, not the mean of ratios: (27 + 10) ÷ (40 + 10) = 74,0', () => {
    const c = consolidate([formsWith(), formsWith({ '1': { '2.1': 10, '2.2': 10 } })]);
    const engine = loadPlan(buildConsolidatedPlan(grouping(2), c).plan);
    expect(engine.valueOf('TH1_2_1')).toBe(50);
    expect(engine.valueOf('TH1_2_2')).toBe(37);
    expect(engine.valueOf('TH1_2')).toBe(74);
  });

  it('a part without its whole (the e2e’s 133,3 %): the formula over the pair totals equals the core, ≤ 100 %', () => {
    const c = consolidate([formsWith({ '5': { '1.1': 3, '1.2': 3 } }), formsWith({ '5': { '1.1': undefined, '1.2': 1 } })]);
    const engine = loadPlan(buildConsolidatedPlan(grouping(2), c).plan);
    expect(engine.valueOf('TH5_1_1')).toBe(3);
    expect(engine.valueOf('TH5_1_2')).toBe(4);
    expect(engine.valueOf('TH5_1_3')).toBe(100);
  });

  it('shows empty, not 0 and not an error, where the added whole is 0', () => {
    const zero = formsWith({ '1': { '3.2.1': 0, '3.2.2': 0 } });
    const engine = loadPlan(buildConsolidatedPlan(grouping(2), consolidate([zero, zero])).plan);
    expect(engine.valueOf('TH1_3_2_1')).toBe(0);
    expect(engine.valueOf('TH1_3_2')).toBeNull();
  });
});

describe('the consolidated plan', () => {
  const c = consolidate([formsWith(), formsWith({ '1': { '5': 0, '1': undefined }, '4': { '2.5': 2 } })], { expected: 3 });
  const { plan } = buildConsolidatedPlan(grouping(2), c);
  const sheet = (name: string): SheetPlan => plan.sheets.find((s) => s.name === name)!;
  const at = (s: SheetPlan, a1: string) => {
    const { row, col } = parseCellAddress(a1);
    return { value: s.values[row - 1]?.[col - 1] ?? null, format: s.numberFormats[row - 1]?.[col - 1], formula: s.formulas[row - 1]?.[col - 1] ?? null };
  };
  const named = (name: string) => {
    for (const s of plan.sheets) {
      const n = s.names.find((x) => x.name === name);
      if (n) return { sheet: s, ...at(s, n.cell), row: parseCellAddress(n.cell).row };
    }
    throw new Error(`no ${name}`);
  };

  it('has `Tổng hợp` then Biểu mẫu 1–7, every sheet protected and A4', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(['Tổng hợp', ...BUILTIN_CATALOGUE.forms.map((f) => `Biểu mẫu ${f.number}`)]);
    for (const s of plan.sheets) {
      expect(s.protect).toBe(true);
      expect(s.print.paperSize).toBe('A4');
    }
  });

  it('heads every form table with the official columns, then the total, the completeness and Ghi chú', () => {
    const s = sheet('Biểu mẫu 1');
    expect(s.values[3]).toEqual(['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Tổng hợp', 'Số đơn vị báo cáo', 'Ghi chú', 'Tử số (cộng)', 'Mẫu số (cộng)']);
    expect(s.rows).toBe(4 + BUILTIN_CATALOGUE.forms[0]!.rows.length);
    // Only the Ghi chú column can be typed into.
    expect(s.inputs).toEqual([`F5:F${s.rows}`]);
  });

  it('writes totals as numbers with the completeness beside them', () => {
    const t = named('TH1_2_1');
    expect(t.value).toBe(80);
    expect(t.format).toBe('0');
    expect(at(t.sheet, `E${t.row}`).value).toBe('2/3');
    const one = named('TH1_1');
    expect(one.value).toBe(12);
    expect(at(one.sheet, `E${one.row}`).value).toBe('1/3');
    expect(named('TH6_1').format).toBe('#,##0.00');
  });

  it('writes codes as counts per code and percents as min – mean – max, both as text', () => {
    const code = named('TH1_5');
    expect(code.value).toBe('Có: 1; Không: 1');
    expect(code.format).toBe('@');
    const pct = named('TH4_2_5');
    expect(pct.value).toBe('2 – 6,3 – 10,5');
    expect(pct.format).toBe('@');
    expect(at(pct.sheet, `F${pct.row}`).value).toContain('Thấp nhất – trung bình – cao nhất');
  });

  it('computes ratios and sums with formulas, never literals; a ratio reads its pair totals (G, H) and counts the communes that gave both', () => {
    const ratio = named('TH1_2');
    expect(ratio.value).toBeNull();
    const r = ratio.row;
    expect(ratio.formula).toBe(`=IF(AND(ISNUMBER(H${r}),ISNUMBER(G${r})),IF(H${r}=0,"",ROUND(G${r}/H${r}*100,1)),"")`);
    expect(at(ratio.sheet, `G${r}`).value).toBe(54);
    expect(at(ratio.sheet, `H${r}`).value).toBe(80);
    expect(at(ratio.sheet, `E${r}`).value).toBe('2/3');
    expect(named('TH2_1').formula).toMatch(/SUM\(/);
    expect(at(named('TH2_1').sheet, `E${named('TH2_1').row}`).value).toBeNull();
  });

  it('lists the grouping: period, communes reported and expected, each commune with its kind and file', () => {
    const g = sheet('Tổng hợp');
    expect(g.values[1]?.[0]).toBe('6 tháng đầu năm 2026');
    expect(named(GROUPING_NAMES.reported).value).toBe(2);
    expect(named(GROUPING_NAMES.expected).value).toBe(3);
    expect(g.values.slice(10).map((r) => r.slice(0, 4))).toEqual([
      [1, 'Xã số 1', 'xã', 'xa-1.json'],
      [2, 'Xã số 2', 'phường', 'xa-2.json'],
    ]);
  });

  it('uses TH names, never the BM names a commune workbook is read by', () => {
    const names = plan.sheets.flatMap((s) => s.names.map((n) => n.name));
    expect(names.some((n) => n.startsWith('BM'))).toBe(false);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('Biểu mẫu 1 row 4 names the communes’ superior (issue 22 item 8)', () => {
  const rowFourLabel = (superiors: readonly (string | undefined)[]): unknown => {
    const g = grouping(superiors.length);
    const withSuperiors: Grouping = { ...g, units: g.units.map((u, i) => ({ ...u, meta: { ...u.meta, ...(superiors[i] ? { superior: superiors[i] } : {}) } })) };
    const sheet = buildConsolidatedPlan(withSuperiors, consolidate(superiors.map(() => formsWith()))).plan.sheets.find((s) => s.name === 'Biểu mẫu 1')!;
    const at = sheet.values.findIndex((r) => r[0] === '4.');
    return sheet.values[at]?.[1];
  };

  it('says UBND tỉnh in a 2026 provincial total and UBND huyện in a district’s before the reform', () => {
    expect(rowFourLabel(['UBND tỉnh Ninh Bình', 'UBND tỉnh Ninh Bình'])).toBe('Thực hiện nhiệm vụ của UBND tỉnh, Chủ tịch UBND tỉnh giao');
    expect(rowFourLabel(['UBND huyện Bình Giang', 'Ủy ban nhân dân huyện Bình Giang'])).toBe('Thực hiện nhiệm vụ của UBND huyện, Chủ tịch UBND huyện giao');
  });

  it('says UBND cấp trên when the communes do not name one level', () => {
    expect(rowFourLabel(['UBND tỉnh Ninh Bình', 'UBND huyện Gia Viễn'])).toBe('Thực hiện nhiệm vụ của UBND cấp trên, Chủ tịch UBND cấp trên giao');
    expect(rowFourLabel([undefined, undefined])).toBe('Thực hiện nhiệm vụ của UBND cấp trên, Chủ tịch UBND cấp trên giao');
  });
});
