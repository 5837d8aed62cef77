// The outline of the report's body: its headings in order and the narrative key each carries. Kept apart from the
// body's builder so that the checker (a section left empty) reads it without loading the sentence engine.
import type { NarrativeKey } from '../data/types';
import { SECTION_TEXT } from '../i18n/sections';

/** The outline of the body: which headings, in which order, and which narrative key each carries. */
export type OutlineItem =
  | {
      readonly kind: 'part';
      readonly number: keyof typeof SECTION_TEXT.parts;
      readonly section?: NarrativeKey;
      /** The part's own text only leads into its sub-sections, which fill it. */
      readonly intro?: true;
    }
  | { readonly kind: 'heading'; readonly label: string; readonly title: string; readonly section?: NarrativeKey }
  | { readonly kind: 'sub'; readonly label: string; readonly section: NarrativeKey };

const h = (label: string, section: NarrativeKey): OutlineItem => ({ kind: 'heading', label, title: SECTION_TEXT.titles[section], section });

export const OUTLINE: readonly OutlineItem[] = [
  { kind: 'part', number: 'I', section: 'I', intro: true },
  h('1.', 'I.1'),
  h('2.', 'I.2'),
  h('3.', 'I.3'),
  h('4.', 'I.4'),
  h('5.', 'I.5'),
  { kind: 'part', number: 'II' },
  h('1.', 'II.1'),
  { kind: 'heading', label: '2.', title: SECTION_TEXT.ii2Title },
  { kind: 'sub', label: 'a)', section: 'II.2.a' },
  { kind: 'sub', label: 'b)', section: 'II.2.b' },
  { kind: 'sub', label: 'c)', section: 'II.2.c' },
  h('3.', 'II.3'),
  h('4.', 'II.4'),
  h('5.', 'II.5'),
  h('6.', 'II.6'),
  { kind: 'part', number: 'III' },
  h('1.', 'III.1'),
  h('2.', 'III.2'),
  { kind: 'part', number: 'IV', section: 'IV' },
  { kind: 'part', number: 'V', section: 'V' },
];

/**
 * The sections the report prints under a heading of their own, which nothing but their generated
 * sentences and the staff's text fills (every one but I's lead-in): without either, the heading stands empty.
 */
export const SECTIONS_UNDER_HEADING: readonly NarrativeKey[] = OUTLINE.flatMap((item) =>
  item.section && !(item.kind === 'part' && item.intro) ? [item.section] : [],
);

