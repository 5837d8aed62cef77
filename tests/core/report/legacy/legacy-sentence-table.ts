// The sentence table as it was before the templates (frozen): which rows feed which clause of the legacy wording.
import type { NarrativeKey } from '../../../../src/core/data/types';
import type { FormNumber } from '../../../../src/core/forms/types';

/**
 * One clause of a sentence. `needs` are the input rows its wording reads. The wording is used when
 * at least one of them holds a number (it asks `has` for the others); rows that are empty (or hold
 * text) are named once at the end of the sentence ("chưa có số liệu về …"), so an empty row never
 * reads as 0. `when` (XLSForm `relevant`) keeps a clause out unless a code row holds the given value.
 */
export interface ClauseDef<Id extends string = SentenceId> {
  /** Key of the wording in REPORT_TEXT.sentences. */
  readonly id: Id;
  readonly needs: readonly string[];
  readonly when?: { readonly key: string; readonly equals: number };
  /** What joins the clause to the one before when both read as sentences ("; " unless given). */
  readonly sep?: string;
}

/** A sentence: its clauses joined by "; ", capitalised, closed with a full stop. */
export interface SentenceDef {
  readonly section: NarrativeKey;
  readonly form: FormNumber;
  readonly clauses: readonly ClauseDef[];
}

/** A clause whose id keeps its literal type, so that SentenceId is the union of the ids the table uses. */
const c = <const Id extends string>(
  id: Id,
  needs: readonly string[],
  o: { readonly when?: ClauseDef<string>['when']; readonly sep?: string } = {},
): ClauseDef<Id> => ({
  id,
  needs,
  ...o,
});

/** The sentence table; its ids give SentenceId. */
const SENTENCE_TABLE = [
  { section: 'I.1', form: 1, clauses: [c('directives', ['1'])] },
  { section: 'I.2', form: 1, clauses: [c('plan', ['2.1', '2.2'])] },
  { section: 'I.3', form: 1, clauses: [c('inspection', ['3.1', '3.2.1', '3.2.2'])] },
  { section: 'I.4', form: 1, clauses: [c('dialogue', ['6'])] },
  { section: 'I.5', form: 1, clauses: [c('assignedTasks', ['4.1', '4.2', '4.3', '4.4'])] },
  { section: 'II.1', form: 2, clauses: [c('legalDocs', ['1.1', '1.2', '1.3'])] },
  { section: 'II.1', form: 2, clauses: [c('legalCheck', ['2.1', '2.2.1', '2.2.2'])] },
  { section: 'II.1', form: 2, clauses: [c('legalReview', ['3.1', '3.2.1', '3.2.2'])] },
  { section: 'II.2.a', form: 3, clauses: [c('feedback', ['3.4.1', '3.4.2'])] },
  { section: 'II.2.b', form: 3, clauses: [c('procedures', ['1.1'])] },
  { section: 'II.2.c', form: 3, clauses: [c('oneStop', ['2.1', '2.2', '2.3'])] },
  { section: 'II.2.c', form: 3, clauses: [c('resolved', ['3.3.1', '3.3.2'])] },
  { section: 'II.2.c', form: 7, clauses: [c('onlineFiles', ['6.7.1', '6.7.2'])] },
  {
    section: 'II.2.c',
    form: 1,
    clauses: [
      c('survey', ['5']),
      c('surveyForms', ['5.1'], { when: { key: '5', equals: 1 }, sep: ' ' }),
      c('surveyMode', ['5.2'], { when: { key: '5', equals: 1 }, sep: ', ' }),
    ],
  },
  { section: 'II.3', form: 4, clauses: [c('villages', ['1.1']), c('structure', ['1.2'])] },
  {
    section: 'II.3',
    form: 4,
    clauses: [c('staff', ['2.1', '2.2']), c('contracts', ['2.3']), c('streamlined', ['2.4']), c('streamlinedSince2015', ['2.5'])],
  },
  { section: 'II.3', form: 4, clauses: [c('partTimeCommune', ['3.1', '3.2']), c('partTimeVillage', ['4.1', '4.2'])] },
  { section: 'II.4', form: 5, clauses: [c('positions', ['1.1', '1.2'])] },
  { section: 'II.4', form: 5, clauses: [c('recruited', ['2.1', '2.2']), c('leadersByExam', ['3'])] },
  { section: 'II.4', form: 5, clauses: [c('discipline', ['4.1', '4.2'])] },
  { section: 'II.5', form: 6, clauses: [c('investment', ['1', '2'])] },
  { section: 'II.6', form: 7, clauses: [c('architecture', ['1']), c('nationalReporting', ['2']), c('lgsp', ['4'])] },
  { section: 'II.6', form: 7, clauses: [c('eDocuments', ['5.1']), c('oneStopSystem', ['5.2'])] },
  { section: 'II.6', form: 7, clauses: [c('level3', ['6.4.1', '6.4.2', '6.4.3'])] },
  { section: 'II.6', form: 7, clauses: [c('level4', ['6.5.1', '6.5.2', '6.5.3'])] },
  { section: 'II.6', form: 7, clauses: [c('nationalPortal', ['6.4.2', '6.5.2', '6.6.2'])] },
  { section: 'II.6', form: 7, clauses: [c('onlinePayment', ['6.8.1', '6.8.2'])] },
] as const;

/**
 * Every sentence id the table uses. The wording is checked against it at compile time
 * (`satisfies Record<SentenceId, …>` in i18n/report.ts): a missing or misspelt id does not compile.
 */
export type SentenceId = (typeof SENTENCE_TABLE)[number]['clauses'][number]['id'];

/** Every generated sentence, in the order it is printed within its section. */
export const SENTENCES: readonly SentenceDef[] = SENTENCE_TABLE;
