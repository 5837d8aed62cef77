// Test helper: communes built from the sample commune (examples/xa-hoa-phong.json) with some values changed.
import sample from '../../../examples/xa-hoa-phong.json';
import type { CellValue, FormsData, Meta, ReportData } from '../../../src/core/data/types';

export const SAMPLE = sample as unknown as ReportData;

type FormEdits = Readonly<Record<string, Readonly<Record<string, CellValue | undefined>>>>;

/** The sample's forms with `edits` applied; an `undefined` value removes the row (not reported). */
export function formsWith(edits: FormEdits = {}): FormsData {
  const out: Record<string, Record<string, CellValue>> = JSON.parse(JSON.stringify(SAMPLE.forms)) as Record<string, Record<string, CellValue>>;
  for (const [form, rows] of Object.entries(edits)) {
    const values = (out[form] ??= {});
    for (const [key, v] of Object.entries(rows)) {
      if (v === undefined) delete values[key];
      else values[key] = v;
    }
  }
  return out as FormsData;
}

/** A whole report for another commune: the sample with another name (and kind, period, year) and edited forms. */
export function commune(meta: Partial<Meta>, edits: FormEdits = {}): ReportData {
  return { ...SAMPLE, meta: { ...SAMPLE.meta, ...meta }, forms: formsWith(edits) };
}
