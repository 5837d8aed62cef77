// THE key check: every ratio and sum formula of the plan, calculated by a real engine, equals the core's computation.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import sample from '../../../examples/xa-hoa-phong.json';
import type { CellValue, FormsData, ReportData } from '../../../src/core/data/types';
import { definedName } from '../../../src/core/forms/catalogue';
import { computeForm } from '../../../src/core/forms/compute';
import { isInputRow } from '../../../src/core/forms/types';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { loadPlan } from './plan-engine';

const SAMPLE = sample as unknown as ReportData;
const withForms = (forms: FormsData): ReportData => ({ ...SAMPLE, forms });

/** Every input row of every form set to f(row). */
function everyInput(f: (form: number, key: string, kind: string) => CellValue | undefined): FormsData {
  const out: Record<string, Record<string, CellValue>> = {};
  for (const form of BUILTIN_CATALOGUE.forms) {
    const values: Record<string, CellValue> = {};
    for (const row of form.rows) {
      if (!isInputRow(row)) continue;
      const v = f(form.number, row.key, row.kind);
      if (v !== undefined) values[row.key] = v;
    }
    out[String(form.number)] = values;
  }
  return out as FormsData;
}

/** Wholes of every ratio (and sum terms) as given; parts as given. */
function wholesAndParts(whole: CellValue | undefined, part: CellValue | undefined): FormsData {
  const out: Record<string, Record<string, CellValue>> = {};
  for (const form of BUILTIN_CATALOGUE.forms) {
    const values: Record<string, CellValue> = {};
    for (const row of form.rows) {
      if (row.kind === 'ratio') {
        if (whole !== undefined) values[row.whole] = whole;
        if (part !== undefined) values[row.part] = part;
      }
    }
    // A sum used as a whole (Biểu mẫu 7, 6.6.1) is not an input: its own terms carry the value instead.
    if (form.number === 7) {
      delete values['6.6.1'];
    }
    out[String(form.number)] = values;
  }
  return out as FormsData;
}

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomForms(seed: number): FormsData {
  const r = rng(seed);
  return everyInput((_f, _k, kind) => {
    const x = r();
    if (x < 0.15) return undefined;
    if (x < 0.2) return null;
    if (x < 0.25) return 0;
    if (x < 0.28) return 'Văn bản';
    if (kind === 'money') return Math.round(r() * 1_000_000) / 100;
    if (kind === 'percent') return Math.round(r() * 1000) / 10;
    if (kind === 'code') return Math.floor(r() * 3);
    return Math.floor(r() * 2000);
  });
}

const CASES: readonly (readonly [string, ReportData | null])[] = [
  ['the sample commune', SAMPLE],
  ['an empty template', null],
  ['all inputs empty', withForms({})],
  ['every input 0', withForms(everyInput(() => 0))],
  ['wholes 0, parts 0', withForms(wholesAndParts(0, 0))],
  ['wholes 0, parts positive', withForms(wholesAndParts(0, 5))],
  ['wholes given, parts empty', withForms(wholesAndParts(37, undefined))],
  ['parts given, wholes empty', withForms(wholesAndParts(undefined, 21))],
  ['text in the wholes', withForms(wholesAndParts('Văn bản', 3))],
  ['text in the parts', withForms(wholesAndParts(40, '1.234'))],
  ['halves round away from zero (227 ÷ 400 = 56,75 %)', withForms(wholesAndParts(400, 227))],
  ['a third (1 ÷ 3)', withForms(wholesAndParts(3, 1))],
  ['parts larger than wholes', withForms(wholesAndParts(37, 40))],
  [
    'money with decimals',
    withForms({ ...SAMPLE.forms, '6': { '1': 3000.25, '2': 3500.1 } }),
  ],
  ['money 0.1 planned, 0.3 spent', withForms({ '6': { '1': 0.1, '2': 0.3 } })],
  [
    'sum terms partly text or empty (Biểu mẫu 2, 1 = 1.1 + 1.2 + 1.3)',
    withForms({ '2': { '1.1': 4, '1.2': null, '1.3': 'Văn bản' }, '7': { '6.4.2': 'x', '6.5.2': 58, '6.6.2': 30 } }),
  ],
  ['sum terms all text', withForms({ '2': { '1.1': 'a', '1.3': 'b' }, '7': { '6.4.2': 'x', '6.6.2': 3 } })],
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed) => [`random data set ${seed}`, withForms(randomForms(seed))] as const),
];

describe('computed cells calculated by HyperFormula equal computeForm', () => {
  it.each(CASES)('%s', (_name, data) => {
    const engine = loadPlan(buildWorkbookPlan(data));
    let compared = 0;
    for (const form of BUILTIN_CATALOGUE.forms) {
      const expected = computeForm(form.number, data?.forms[`${form.number}`] ?? {});
      for (const [key, value] of Object.entries(expected)) {
        const got = engine.valueOf(definedName(form.number, key));
        expect({ form: form.number, key, value: got }).toEqual({ form: form.number, key, value });
        compared++;
      }
    }
    expect(compared).toBe(BUILTIN_CATALOGUE.forms.reduce((n, f) => n + f.rows.filter((r) => r.kind === 'ratio' || r.kind === 'sum').length, 0));
  });

  it('shows empty, not 0 and not an error, where a whole is 0 (reference report: 0 ÷ 0 printed as 0)', () => {
    const engine = loadPlan(buildWorkbookPlan(withForms({ '1': { '3.2.1': 0, '3.2.2': 0 }, '3': { '3.4.1': 0, '3.4.2': 0 } })));
    expect(engine.valueOf('BM1_3_2')).toBeNull();
    expect(engine.valueOf('BM3_3_4')).toBeNull();
  });

  it('gives the ratios of the reference-style numbers (21 ÷ 37 = 56,8; 3500 ÷ 3000 = 116,7)', () => {
    const engine = loadPlan(buildWorkbookPlan(withForms({ '1': { '2.1': 37, '2.2': 21 }, '6': { '1': 3000, '2': 3500 } })));
    expect(engine.valueOf('BM1_2')).toBe(56.8);
    expect(engine.valueOf('BM6_0')).toBe(116.7);
  });

  it('chains a ratio over a sum (Biểu mẫu 7: 6.6 = 6.6.2 ÷ (6.4.2 + 6.5.2))', () => {
    const engine = loadPlan(buildWorkbookPlan(withForms({ '7': { '6.4.2': 62, '6.5.2': 56, '6.6.2': 100 } })));
    expect(engine.valueOf('BM7_6_6_1')).toBe(118);
    expect(engine.valueOf('BM7_6_6')).toBe(84.7);
  });
});
