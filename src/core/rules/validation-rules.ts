// The built-in set's rules between rows (its `rules`, as data), run by evaluate-rule.ts.
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import type { Relevance, ValidationRule } from './validation-rule';

export const VALIDATION_RULES: readonly ValidationRule[] = BUILTIN_CATALOGUE.rules;

/** Inputs expected only under a condition (survey details when there was no survey). */
export const RELEVANCE: readonly Relevance[] = BUILTIN_CATALOGUE.relevance;
