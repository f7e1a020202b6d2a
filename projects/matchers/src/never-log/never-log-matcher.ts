import { type Matcher, NEVER_LOG_TAG } from '@halo-outlook/sdk';
import { emailDomain } from '../email-address/email-domain';

/** Options of {@link neverLogMatcher}. */
export interface NeverLogOptions {
  /** Domains whose e-mail is never logged, such as the MSP's own (subdomains included). */
  readonly domains: readonly string[];
}

/**
 * Creates the matcher that marks e-mail from internal domains (the MSP's own) as never to be
 * logged to Halo, with the `never-log` tag; the pane then offers no log action.
 *
 * @usageNotes
 * `withMatchers(neverLogMatcher({ domains: ['msp.example'] }))`
 */
export function neverLogMatcher(options: NeverLogOptions): Matcher {
  const domains = options.domains.map((d) => d.trim().toLowerCase()).filter((d) => d !== '');
  const internal = (domain: string | null) =>
    domain !== null && domains.some((d) => domain === d || domain.endsWith(`.${d}`));
  return {
    id: 'halo.never-log',
    priority: 100,
    appliesTo: (snapshot) => internal(emailDomain(snapshot.from.address)),
    match: async ({ snapshot }) => [
      {
        kind: 'tag',
        id: NEVER_LOG_TAG,
        label: 'Internal',
        confidence: 1,
        reason: `${emailDomain(snapshot.from.address)} is an internal domain: its e-mail is never logged.`,
      },
    ],
  };
}
