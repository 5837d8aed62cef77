// Report data for the report tests: the sample commune, and a way to vary it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import type { FormValues, Meta, Narrative, ReportData } from '../../../src/core/data/types';

export function sample(): ReportData {
  const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf-8')));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.data;
}

/** The sample with some meta fields, form values or narrative sections replaced. */
export function withData(o: {
  readonly meta?: Partial<Meta>;
  readonly forms?: Readonly<Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', FormValues>>>;
  readonly narrative?: Narrative;
  readonly replaceForms?: boolean;
}): ReportData {
  const base = sample();
  const forms = o.replaceForms ? { ...(o.forms ?? {}) } : { ...base.forms };
  if (!o.replaceForms) for (const [k, v] of Object.entries(o.forms ?? {})) forms[k as '1'] = { ...(base.forms[k as '1'] ?? {}), ...v };
  return { ...base, meta: { ...base.meta, ...o.meta }, forms, narrative: o.narrative ?? base.narrative };
}
