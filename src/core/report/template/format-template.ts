// Sentence templates in ICU MessageFormat, parsed and filled by intl-messageformat (which interprets, no eval): the one file that imports it.
import { IntlMessageFormat } from 'intl-messageformat';
import { COMMON_TEXT } from '../../i18n/common';

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

/** intl-messageformat's own locale resolution, kept for what `resolveOneTag` leaves to it. */
export const libraryResolveLocale = IntlMessageFormat.resolveLocale;

/**
 * intl-messageformat resolves the locale of every format it builds by `Intl.NumberFormat.supportedLocalesOf`, whose first
 * call has ICU list every locale it holds: 18–28 ms of each report's start (issue 23). For a single tag both of the
 * library's branches give `new Intl.Locale(tag)` (supported or not, the tag itself, canonicalised), so a tag is
 * resolved without the list; a list of tags, or an engine without `Intl.Locale` (Office 2016's Internet Explorer), goes
 * to the library's own. The library calls its static by name, so the static is what is replaced (a test holds both
 * answers equal).
 */
export function resolveOneTag(locales: string | string[]): Intl.Locale | undefined {
  return typeof locales === 'string' && typeof Intl.Locale !== 'undefined' ? new Intl.Locale(locales) : libraryResolveLocale(locales);
}
IntlMessageFormat.resolveLocale = resolveOneTag;

/** intl-messageformat's element types (its parser's TYPE enum, which it does not re-export). */
const TYPE = { literal: 0, argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, pound: 7, tag: 8 } as const;

/** What separates the items of a list tag. */
export const ITEM_SEPARATOR = '|';

/**
 * The list tags: `<and>a|b|c</and>` → "a, b và c". Items left empty (a select that chose nothing)
 * are dropped, so a list holds only the rows its selects keep.
 */
const LIST_JOINERS: Readonly<Record<string, (items: readonly string[]) => string>> = {
  and: (items) => COMMON_TEXT.list(items),
  or: (items) => COMMON_TEXT.list(items, 'hoặc'),
  comma: (items) => items.join(', '),
  semicolon: (items) => items.join('; '),
};

export const LIST_TAGS: readonly string[] = Object.keys(LIST_JOINERS);

const joinItems = (join: (items: readonly string[]) => string) => (chunks: readonly unknown[]): string =>
  join(
    chunks
      .map(String)
      .join('')
      .split(ITEM_SEPARATOR)
      .filter((item) => item !== ''),
  );

const TAG_VALUES: Readonly<Record<string, (chunks: readonly unknown[]) => string>> = Object.fromEntries(
  Object.entries(LIST_JOINERS).map(([tag, join]) => [tag, joinItems(join)]),
);

/** A template's place where it does not parse: the library's error kind and the character offset. */
export interface TemplateSyntaxError {
  readonly kind: string;
  readonly offset: number;
}

/** One thing a template uses: an argument it prints, a select and the values it chooses by, a tag, or a form we do not support. */
export type TemplateUse =
  | { readonly kind: 'argument'; readonly name: string }
  | { readonly kind: 'select'; readonly name: string; readonly values: readonly string[] }
  | { readonly kind: 'tag'; readonly name: string }
  | { readonly kind: 'unsupported'; readonly name: string; readonly what: 'number' | 'date' | 'time' | 'plural' };

export interface ParsedTemplate {
  readonly format: IntlMessageFormat;
  readonly uses: readonly TemplateUse[];
  /** Every argument name it reads (printed or selected on). */
  readonly names: readonly string[];
}

function usesOf(elements: readonly Element[], out: TemplateUse[]): void {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
        out.push({ kind: 'argument', name: el.value });
        break;
      case TYPE.select:
        out.push({ kind: 'select', name: el.value, values: Object.keys(el.options) });
        for (const option of Object.values(el.options)) usesOf(option.value, out);
        break;
      case TYPE.plural:
        out.push({ kind: 'unsupported', name: el.value, what: 'plural' });
        for (const option of Object.values(el.options)) usesOf(option.value, out);
        break;
      case TYPE.number:
        out.push({ kind: 'unsupported', name: el.value, what: 'number' });
        break;
      case TYPE.date:
        out.push({ kind: 'unsupported', name: el.value, what: 'date' });
        break;
      case TYPE.time:
        out.push({ kind: 'unsupported', name: el.value, what: 'time' });
        break;
      case TYPE.tag:
        out.push({ kind: 'tag', name: el.value });
        usesOf(el.children, out);
        break;
      default:
        break;
    }
  }
}

const cache = new Map<string, ParsedTemplate | TemplateSyntaxError>();

/** The library reports a template it cannot read as a SyntaxError carrying where (anything else is a bug). */
const isSyntaxError = (e: unknown): e is SyntaxError & { location?: { start?: { offset?: number } } } => e instanceof SyntaxError;

/** Parses a template once (kept for the next sentence that uses it); a syntax error is returned, not thrown. */
export function parseTemplate(template: string): ParsedTemplate | TemplateSyntaxError {
  const known = cache.get(template);
  if (known) return known;
  let parsed: ParsedTemplate | TemplateSyntaxError;
  try {
    const format = new IntlMessageFormat(template, 'vi');
    const uses: TemplateUse[] = [];
    usesOf(format.getAst(), uses);
    const names = [...new Set(uses.filter((u) => u.kind !== 'tag').map((u) => u.name))];
    parsed = { format, uses, names };
  } catch (e) {
    if (!isSyntaxError(e)) throw e;
    parsed = { kind: e.message, offset: e.location?.start?.offset ?? 0 };
  }
  cache.set(template, parsed);
  return parsed;
}

export const isParsed = (p: ParsedTemplate | TemplateSyntaxError): p is ParsedTemplate => 'format' in p;

/** Stands in for the item separator inside a value while lists are joined (a unit's name may hold one). */
const HIDDEN_SEPARATOR = '\uE000';

/** The template's text with its arguments filled in (every one of `names` must be given) and its lists joined. */
export function fillTemplate(parsed: ParsedTemplate, args: Readonly<Record<string, string>>): string {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) values[name] = value.split(ITEM_SEPARATOR).join(HIDDEN_SEPARATOR);
  const out = parsed.format.format<string>({ ...TAG_VALUES, ...values });
  return (Array.isArray(out) ? out.join('') : String(out)).split(HIDDEN_SEPARATOR).join(ITEM_SEPARATOR);
}
