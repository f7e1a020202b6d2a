import type { PreselectionSource } from './create-defaults';

/**
 * Says, under a field of the create form, where the value it started with comes from: "From email
 * rule “Printers”", "From tag “Billing question”", "Your default (Settings)".
 *
 * @usageNotes
 * `preselectionHint({ kind: 'email-rule', name: 'Printers' })`
 */
export function preselectionHint(source: PreselectionSource): string {
  switch (source.kind) {
    case 'email-rule':
      return $localize`:@@log.create.fromEmailRule:From email rule “${source.name}:rule:”`;
    case 'tag':
      return $localize`:@@log.create.fromTag:From tag “${source.label}:tag:”`;
    case 'default':
      return $localize`:@@log.create.fromDefault:Your default (Settings)`;
  }
}
