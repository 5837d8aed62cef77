// zod schema of report data (JSON, schemaVersion 1); unknown fields are rejected by name.
import './zod-config';
import { z } from 'zod';
import { DATA_TEXT } from '../i18n/data';
import { PERIODS_TEXT } from '../i18n/periods';

const VI = z.locales.vi();
import type { FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import { NARRATIVE_KEYS, PERIODS, SIGNER_FORMS, UNIT_KINDS } from './types';
import type { ReportData } from './types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, DATA_TEXT.dateFormat).refine(
  (s) => {
    // A malformed date is already reported by the pattern; only a well-formed one can be impossible.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return true;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  },
  { message: DATA_TEXT.dateImpossible },
);

const nonEmpty = z.string().trim().min(1, DATA_TEXT.required);

export const signerSchema = z
  .object({ form: z.enum(SIGNER_FORMS).optional(), body: nonEmpty.optional(), authority: nonEmpty.optional(), title: nonEmpty, name: z.string() })
  .strict();

export const metaSchema = z
  .object({
    unit: nonEmpty,
    unitKind: z.enum(UNIT_KINDS),
    superior: nonEmpty,
    province: z.string().optional(),
    period: z.enum(PERIODS),
    year: z.number().int().min(2000).max(2100),
    reportNumber: z.string().optional(),
    date: isoDate.optional(),
    place: z.string().optional(),
    dataFrom: isoDate.optional(),
    dataTo: isoDate.optional(),
    basis: z.string().optional(),
    signer: signerSchema.optional(),
    recipients: z.array(nonEmpty).optional(),
    formerUnits: z.array(nonEmpty).optional(),
  })
  .strict();

const cellValue = z.union([z.number().finite(), z.string(), z.null()]);

/** A record keyed by row key whose keys must be rows of form `n`; unknown rows are named in the message. */
const rowRecordSchema = <T extends z.ZodType>(n: number, keys: readonly string[], value: T) =>
  z.record(z.string(), value).superRefine((values, ctx) => {
    for (const key of Object.keys(values)) {
      if (!keys.includes(key)) ctx.addIssue({ code: 'custom', path: [key], message: DATA_TEXT.unknownRow(n, key) });
    }
  });

/** The schema of report data of one set: its forms' rows, and nothing else, in `forms`, `notes` and `previous`. */
function buildReportDataSchema(catalogue: FormCatalogue) {
  const formsShape = Object.fromEntries(
    catalogue.forms.map((f) => [
      String(f.number),
      rowRecordSchema(
        f.number,
        f.rows.filter((r) => r.kind !== 'section').map((r) => r.key),
        cellValue,
      ).optional(),
    ]),
  );

  // Every row of the table has a Ghi chú cell, section rows included.
  const notesShape = Object.fromEntries(
    catalogue.forms.map((f) => [String(f.number), rowRecordSchema(f.number, f.rows.map((r) => r.key), z.string()).optional()]),
  );

  return z
    .object({
      schemaVersion: z.literal(1),
      meta: metaSchema,
      forms: z.object(formsShape).strict(),
      // Optional as a whole: data from another program may carry numbers only; the report then has the generated sentences alone.
      narrative: z
        .object(Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, z.string().optional()])))
        .strict()
        .default({}),
      notes: z.object(notesShape).strict().optional(),
      previous: z
        .object({ period: z.enum(PERIODS), year: z.number().int().min(2000).max(2100), forms: z.object(formsShape).strict() })
        .strict()
        .optional(),
      // The form set the data follows (absent: the built-in set); which set may be read is the caller's choice (chooseFormSet).
      formSet: z
        .object({ id: z.string().regex(/^[A-Za-z0-9-]+$/u), version: z.number().int().min(1) })
        .strict()
        .optional(),
    })
    .strict()
    .superRefine((data, ctx) => {
      // A comparison "so với cùng kỳ năm …" needs the same period of an earlier year.
      const { previous, meta } = data;
      if (previous && (previous.period !== meta.period || previous.year >= meta.year)) {
        ctx.addIssue({ code: 'custom', path: ['previous'], message: PERIODS_TEXT.previousBlockMismatch(meta.period, meta.year) });
      }
    });
}

export type ReportDataSchema = ReturnType<typeof buildReportDataSchema>;

const schemas = new WeakMap<FormCatalogue, ReportDataSchema>();

/** The report data schema of a set, built once per catalogue. */
export function reportDataSchemaFor(catalogue: FormCatalogue): ReportDataSchema {
  let schema = schemas.get(catalogue);
  if (!schema) {
    schema = buildReportDataSchema(catalogue);
    schemas.set(catalogue, schema);
  }
  return schema;
}

/** The outcome of reading report data: the data, or the problems in Vietnamese, each with its path. */
export type ParseResult =
  | { readonly ok: true; readonly data: ReportData }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Validates unknown JSON as report data of a set (the built-in one unless given). */
export function parseReportData(input: unknown, catalogue: FormCatalogue = BUILTIN_CATALOGUE): ParseResult {
  const r = reportDataSchemaFor(catalogue).safeParse(input, { error: VI.localeError });
  if (r.success) return { ok: true, data: r.data as ReportData };
  return {
    ok: false,
    problems: r.error.issues.map((issue) => {
      const path = issue.path.join('.');
      if (issue.code === 'unrecognized_keys') {
        return DATA_TEXT.unknownFields(path, issue.keys);
      }
      return DATA_TEXT.atPath(path, issue.message);
    }),
  };
}
