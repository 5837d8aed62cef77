// The checker's public API: run the rules on report data; the rules themselves as data.
export { checkForms, checkReport, summarize, type CheckOptions } from './check';
export { checkHeader, type HeaderField } from './check-header';
export { evaluateRule, type RuleOutcome, type SideValue } from './evaluate-rule';
export {
  MISSING_STRATEGIES,
  OPERATORS,
  type Condition,
  type MissingStrategy,
  type Operator,
  type Relevance,
  type RowRef,
  type Side,
  type ValidationRule,
} from './validation-rule';
export { RULE_IDS, SEVERITIES, type CheckResult, type Finding, type RuleId, type Severity } from './types';
