// zod schema that every form definition passes when the catalogue is loaded.
import '../data/zod-config';
import { z } from 'zod';
import { DATA_TEXT } from '../i18n/data';

const key = z.string().regex(/^\d+(\.\d+)*$/, DATA_TEXT.rowKeyFormat);
const base = {
  key,
  stt: z.string(),
  label: z.string().min(1),
  unit: z.string(),
  labelBySuperior: z.string().min(1).optional(),
  topic: z.string().min(1).optional(),
  required: z.boolean().optional(),
  printed: z.boolean().optional(),
  words: z.array(z.string().min(1)).optional(),
  keyRatioName: z.string().min(1).optional(),
};

export const codeOptionSchema = z.object({ value: z.number().int().min(0), label: z.string().min(1) }).strict();

export const formRowSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('section') }).strict(),
  z.object({ ...base, kind: z.literal('count') }).strict(),
  z.object({ ...base, kind: z.literal('money') }).strict(),
  z.object({ ...base, kind: z.literal('percent') }).strict(),
  z.object({ ...base, kind: z.literal('code'), codes: z.array(codeOptionSchema).min(2) }).strict(),
  z.object({ ...base, kind: z.literal('ratio'), part: key, whole: key }).strict(),
  z.object({ ...base, kind: z.literal('sum'), terms: z.array(key).min(2) }).strict(),
]);

export const formDefSchema = z
  .object({
    number: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)]),
    title: z.string().min(1),
    rows: z.array(formRowSchema).min(1),
  })
  .strict()
  .superRefine((form, ctx) => {
    const keys = new Set<string>();
    for (const row of form.rows) {
      if (keys.has(row.key)) ctx.addIssue({ code: 'custom', message: DATA_TEXT.duplicateRow(form.number, row.key) });
      keys.add(row.key);
    }
    const kindOf = new Map(form.rows.map((r) => [r.key, r.kind] as const));
    const numeric = (k: string): boolean => {
      const kind = kindOf.get(k);
      return kind === 'count' || kind === 'money' || kind === 'sum';
    };
    for (const row of form.rows) {
      const refs = row.kind === 'ratio' ? [row.part, row.whole] : row.kind === 'sum' ? row.terms : [];
      for (const ref of refs) {
        if (!numeric(ref)) {
          ctx.addIssue({ code: 'custom', message: DATA_TEXT.computedFromNonNumeric(form.number, row.key, ref) });
        }
      }
    }
  });
