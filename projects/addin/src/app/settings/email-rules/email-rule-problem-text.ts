import type { EmailRuleProblem } from '@halo-outlook/plugin-email-rules';

/**
 * One problem of the email rules typed in Settings, in words: which rule, which property, and
 * what it should be.
 *
 * @usageNotes
 * `emailRuleProblemText({ rule: 2, property: 'name', kind: 'missing' })` → `Rule 2 has no “name”.`
 */
export function emailRuleProblemText(problem: EmailRuleProblem): string {
  const { rule, property } = problem;
  switch (problem.kind) {
    case 'not-a-list':
      return $localize`:@@settings.emailRules.notAList:The rules must be a list in square brackets: [ { "name": "…", … }, … ].`;
    case 'not-a-rule':
      return $localize`:@@settings.emailRules.notARule:Rule ${rule}:rule: is not a rule in braces { … }.`;
    case 'unknown-property':
      return $localize`:@@settings.emailRules.unknownProperty:Rule ${rule}:rule: has “${property}:property:”, which rules do not have: check its spelling.`;
    case 'missing':
      return $localize`:@@settings.emailRules.missing:Rule ${rule}:rule: has no “${property}:property:”.`;
    case 'not-text':
      return $localize`:@@settings.emailRules.notText:Rule ${rule}:rule:: “${property}:property:” must be text in quotes.`;
    case 'not-true-false':
      return $localize`:@@settings.emailRules.notTrueFalse:Rule ${rule}:rule:: “${property}:property:” must be true or false.`;
    case 'not-a-number':
      return $localize`:@@settings.emailRules.notANumber:Rule ${rule}:rule:: “${property}:property:” must be a number.`;
    case 'not-an-id':
      return $localize`:@@settings.emailRules.notAnId:Rule ${rule}:rule:: “${property}:property:” must be a whole number above 0.`;
    case 'duplicate-id':
      return $localize`:@@settings.emailRules.duplicateId:Rule ${rule}:rule: has the same “id” as an earlier rule.`;
    case 'not-a-type':
      return $localize`:@@settings.emailRules.notAType:Rule ${rule}:rule:: “type” must be "ticket" or "ignore".`;
    case 'not-an-address':
      return $localize`:@@settings.emailRules.notAnAddress:Rule ${rule}:rule:: “${property}:property:” must be an address, or a part of one, in quotes.`;
    case 'not-a-mapping':
      return property === 'assetTag'
        ? $localize`:@@settings.emailRules.notAnAssetTag:Rule ${rule}:rule:: “assetTag” must be { "startTag": "…", "endTag": "…" }.`
        : $localize`:@@settings.emailRules.notAMapping:Rule ${rule}:rule:: “${property}:property:” must be a list of { "field": "…", "startTag": "…", "endTag": "…" }.`;
  }
}
