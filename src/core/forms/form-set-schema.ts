// zod schema of a form set's JSON (form-set.ts): the shape only; what the rows mean together is checked by check-form-set.ts.
import '../data/zod-config';
import { z } from 'zod';
import { ACROSS_CLASSES, FORM_SET_FORMAT_VERSION, SET_OPERATORS, SET_ROW_KINDS, type FormSetDef } from './form-set';

const text = z.string();
const condition = z.object({ key: text.min(1), equals: z.number().int() }).strict();

export const setRowSchema = z
  .object({
    key: text.min(1),
    stt: text,
    label: text.min(1),
    labelBySuperior: text.min(1).optional(),
    unit: text,
    kind: z.enum(SET_ROW_KINDS),
    part: text.min(1).optional(),
    whole: text.min(1).optional(),
    terms: z.array(text.min(1)).optional(),
    codes: z.array(z.object({ value: z.number().int().min(0), label: text.min(1) }).strict()).optional(),
    required: z.boolean().optional(),
    printed: z.boolean().optional(),
    across: z.enum(ACROSS_CLASSES).optional(),
    compare: z.boolean().optional(),
    keyRatio: z.number().int().min(1).optional(),
    keyRatioName: text.min(1).optional(),
    words: z.array(text.min(1)).optional(),
    topic: text.min(1).optional(),
    zeroWhen: z.array(z.array(text.min(1)).min(1)).optional(),
    notExpectedWhen: condition.optional(),
  })
  .strict();

export const setRuleSchema = z
  .object({
    form: z.number().int().min(1),
    rows: z.array(text.min(1)).min(1),
    operator: z.enum(SET_OPERATORS),
    against: z.union([z.array(text.min(1)), z.number()]),
    severity: z.enum(['error', 'warning']),
    message: text.min(1).optional(),
    id: text.regex(/^[a-z][a-z0-9-]*$/).optional(),
    when: condition.optional(),
  })
  .strict();

export const setSentenceSchema = z
  .object({
    section: text.min(1),
    order: z.number(),
    form: z.number().int().min(1),
    rows: z.array(text.min(1)),
    template: text,
    joiner: text.optional(),
    when: condition.optional(),
  })
  .strict();

export const setDistrictSentenceSchema = z
  .object({
    form: z.number().int().min(1),
    rows: z.array(text.min(1)),
    ratio: text.min(1).optional(),
    topic: text,
    template: text,
  })
  .strict();

export const formSetSchema: z.ZodType<FormSetDef> = z
  .object({
    formSetVersion: z.literal(FORM_SET_FORMAT_VERSION),
    id: text.min(1),
    version: z.number().int().min(1),
    name: text.min(1),
    issuer: text.optional(),
    appliesFrom: text.optional(),
    forms: z.array(z.object({ number: z.number().int().min(1), title: text.min(1), rows: z.array(setRowSchema) }).strict()),
    rules: z.array(setRuleSchema),
    sentences: z.array(setSentenceSchema),
    districtSentences: z.array(setDistrictSentenceSchema).optional(),
  })
  .strict();
