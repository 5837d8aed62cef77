// Reads the `Thông tin chung` cells into report meta, with one finding per missing or invalid field.
import { PERIODS, SIGNER_FORMS, UNIT_KINDS } from '../data/types';
import type { Meta, Period, Signer, SignerForm, UnitKind } from '../data/types';
import { COMMON_TEXT } from '../i18n/common';
import { READ_TEXT } from '../i18n/read';
import { PERIOD_ALIASES } from './period-aliases';
import { LEGACY_SIGNER_AUTHORITY_NAME, infoCellName } from '../layout/names';
import type { InfoField } from '../layout/names';
import { RULE_IDS, type Finding } from '../rules/types';
import { hostValue } from './host-value';
import type { HostValue } from './host-value';
import { parseDate, viOfIso, isoOfDate } from './parse-date';

export interface HeaderResult {
  /** Null when a required field (unit, unitKind, superior, period, year) is missing or invalid. */
  readonly meta: Meta | null;
  readonly findings: readonly Finding[];
}

const key = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/** A period as people write it in the header cell (its label, its code or an alias); undefined for anything else. */
export function periodOf(text: string): Period | undefined {
  const k = key(text);
  for (const p of PERIODS) if (k === key(COMMON_TEXT.periodLabels[p]) || k === p.toLowerCase()) return p;
  return PERIOD_ALIASES[k];
}

const unitKindOf = (text: string): UnitKind | undefined => UNIT_KINDS.find((u) => key(u) === key(text));

/** The text a person sees in a cell, for messages and free-text fields. */
function shown(v: HostValue): string {
  switch (v.kind) {
    case 'empty':
      return '';
    case 'date':
      return viOfIso(isoOfDate(v.value));
    case 'boolean':
      return v.value ? 'TRUE' : 'FALSE';
    default:
      return String(v.value);
  }
}

/**
 * `values` maps defined name → host value; `cellOfField` gives the sheet-qualified address of a
 * header field for findings.
 */
export function readHeader(values: Readonly<Record<string, unknown>>, cellOfField: (field: InfoField) => string | null): HeaderResult {
  const findings: Finding[] = [];
  const problem = (field: InfoField, rule: typeof RULE_IDS.metaMissing | typeof RULE_IDS.metaInvalid, message: string): void => {
    findings.push({ form: null, row: null, cell: cellOfField(field), severity: 'error', rule, message });
  };
  const cell = (field: InfoField): HostValue => hostValue(values[infoCellName(field)]);
  const text = (field: InfoField): string | undefined => {
    const s = shown(cell(field)).trim();
    return s === '' ? undefined : s;
  };
  let requiredOk = true;
  const required = <T>(field: InfoField, parse: (v: HostValue) => T | undefined, invalid: (got: string) => string): T | undefined => {
    const v = cell(field);
    if (v.kind === 'empty') {
      problem(field, RULE_IDS.metaMissing, READ_TEXT.missing(field));
      requiredOk = false;
      return undefined;
    }
    const out = parse(v);
    if (out === undefined) {
      problem(field, RULE_IDS.metaInvalid, invalid(shown(v)));
      requiredOk = false;
    }
    return out;
  };

  const unit = required('unit', (v) => shown(v).trim() || undefined, (g) => READ_TEXT.invalidText('unit', g));
  const unitKind = required('unitKind', (v) => unitKindOf(shown(v)), READ_TEXT.invalidUnitKind);
  const superior = required('superior', (v) => shown(v).trim() || undefined, (g) => READ_TEXT.invalidText('superior', g));
  const period = required('period', (v) => (v.kind === 'text' ? periodOf(v.value) : undefined), READ_TEXT.invalidPeriod);
  const year = required(
    'year',
    (v) => {
      const n = v.kind === 'number' ? v.value : v.kind === 'text' && /^\s*\d{4}\s*$/.test(v.value) ? Number(v.value) : NaN;
      return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : undefined;
    },
    READ_TEXT.invalidYear,
  );

  const optional: Record<string, unknown> = {};
  for (const field of ['province', 'reportNumber', 'place', 'basis'] as const) {
    const s = text(field);
    if (s !== undefined) optional[field] = s;
  }
  for (const field of ['date', 'dataFrom', 'dataTo'] as const) {
    const v = cell(field);
    if (v.kind === 'empty') continue;
    const iso = parseDate(v);
    if (iso === null) problem(field, RULE_IDS.metaInvalid, READ_TEXT.invalidDate(field, shown(v)));
    else optional[field] = iso;
  }
  const formText = text('signerForm');
  const form = formText === undefined ? undefined : signerFormOf(formText);
  // A whole authority line in the form cell ("TM. ỦY BAN NHÂN DÂN"): where upgrading a version-1
  // workbook carries its single authority cell (template-versions.ts). Read as that line; the body
  // cell beside it, which version 1 lacked, can only hold the template's default and is not read.
  const lineInFormCell = formText !== undefined && form === undefined && SIGNER_FORMS.some((f) => key(formText).startsWith(key(f)));
  if (formText !== undefined && form === undefined && !lineInFormCell) problem('signerForm', RULE_IDS.metaInvalid, READ_TEXT.invalidSignerForm(formText));
  const legacyAuthority = (lineInFormCell ? formText : undefined) ?? (shown(hostValue(values[LEGACY_SIGNER_AUTHORITY_NAME])).trim() || undefined);
  const body = lineInFormCell ? undefined : text('signerBody');
  const signer = readSigner({ form, body, authority: legacyAuthority }, text('signerTitle'), text('signerName'), problem);
  if (signer) optional.signer = signer;
  const recipients = lines(text('recipients'));
  if (recipients.length > 0) optional.recipients = recipients;
  const formerUnits = lines(text('formerUnits'));
  if (formerUnits.length > 0) optional.formerUnits = formerUnits;

  if (!requiredOk || !unit || !unitKind || !superior || !period || year === undefined) return { meta: null, findings };
  return { meta: { unit, unitKind, superior, period, year, ...optional } as Meta, findings };
}

/** A cell of one item a line ("Nơi nhận", "Đơn vị cũ"): each line without a list mark or closing punctuation, empty lines dropped. */
const lines = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split('\n')
    .map((line) => line.trim().replace(/^[-–•+]\s*/, '').replace(/[;.,]+$/, '').trim())
    .filter((line) => line !== '');

/** "TM.", "tm", "KT" → the signing form; undefined for anything else. */
const signerFormOf = (text: string): SignerForm | undefined => {
  const k = key(text).replace(/\.$/, '');
  return SIGNER_FORMS.find((f) => key(f).replace(/\.$/, '') === k);
};

/**
 * The signer from its cells; undefined when none is filled. The title is needed once anything is;
 * the form and body default to TM. ỦY BAN NHÂN DÂN. A template before version 2 has one
 * authority cell instead ("KT. CHỦ TỊCH"), kept as `authority` for the report to read.
 */
function readSigner(
  signing: { readonly form: SignerForm | undefined; readonly body: string | undefined; readonly authority: string | undefined },
  title: string | undefined,
  name: string | undefined,
  problem: (field: InfoField, rule: typeof RULE_IDS.metaMissing, message: string) => void,
): Signer | undefined {
  const { form, body, authority } = signing;
  if (form === undefined && body === undefined && authority === undefined && title === undefined && name === undefined) return undefined;
  if (title === undefined) {
    problem('signerTitle', RULE_IDS.metaMissing, READ_TEXT.signerIncomplete('signerTitle'));
    return undefined;
  }
  return {
    ...(form ? { form } : {}),
    ...(body ? { body } : {}),
    ...(authority && !form && !body ? { authority } : {}),
    title,
    name: name ?? '',
  };
}
