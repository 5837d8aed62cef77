// The built-in set's sentences (Câu văn), as data: the templates the report's generated text is made from.
import type { SetSentence } from '../forms/form-set';
import SENTENCES_JSON from './builtin-sentences.json';

/** Every generated sentence of the built-in set: clauses sharing `order` make one sentence (README "Câu văn"). */
export const BUILTIN_SENTENCES: readonly SetSentence[] = SENTENCES_JSON as readonly SetSentence[];
