/*
 * Public API of @halo-outlook/plugin-email-rules: an example plugin that applies Halo-style email
 * rules in the pane, to preselect ticket type and fields on create and to warn when Halo's own
 * rules would ignore an email.
 */
export type {
  AddressCondition,
  AddressMatch,
  EmailRule,
  FieldMapping,
  RuleEmail,
} from './rules/email-rule';
export { textBetweenTags } from './rules/text-between-tags';
export { ruleMatches } from './rules/rule-matches';
export { evaluateEmailRules } from './rules/evaluate-email-rules';
export type { EmailRuleVerdict } from './rules/evaluate-email-rules';
export { checkEmailRules } from './rules/check-email-rules';
export type {
  EmailRuleProblem,
  EmailRuleProblemKind,
  EmailRulesCheck,
} from './rules/check-email-rules';
export { toEmailRule } from './halo/to-email-rule';
export type { HaloEmailRuleReading } from './halo/to-email-rule';
export { readHaloEmailRules } from './halo/read-halo-email-rules';
export { haloEmailRules } from './halo/halo-email-rules';
export type { HaloEmailRulesSource } from './halo/halo-email-rules';
export {
  EMAIL_RULES_MATCHER_ID,
  IGNORED_BY_HALO_TAG,
  emailRulesMatcher,
} from './matcher/email-rules-matcher';
export type { EmailRulesMatcherOptions } from './matcher/email-rules-matcher';
export type { EmailContent, EmailContentReader } from './matcher/email-content';
