// Test data: the sample commune's forms (no errors, no warnings), and a way to change a few values of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormsData, ReportData } from '../../../src/core/data/types';

export const sampleReport = (): ReportData =>
  JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')) as ReportData;

export const SAMPLE_FORMS: FormsData = sampleReport().forms;

type Patch = Partial<Record<`${1 | 2 | 3 | 4 | 5 | 6 | 7}`, Record<string, number | string | null>>>;

/** The sample's forms with some values replaced (null: not reported). */
export function withValues(patch: Patch, base: FormsData = SAMPLE_FORMS): FormsData {
  const out: Record<string, Record<string, number | string | null>> = {};
  for (const [form, values] of Object.entries(base)) out[form] = { ...values };
  for (const [form, values] of Object.entries(patch)) out[form] = { ...(out[form] ?? {}), ...values };
  return out;
}
