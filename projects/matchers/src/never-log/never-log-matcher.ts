import { type Matcher, NEVER_LOG_TAG } from '@halo-outlook/sdk';
import { emailDomain } from '../email-address/email-domain';

/** Options of {@link neverLogMatcher}. */
export interface NeverLogOptions {
  /**
   * Domains whose e-mail is never logged, such as the MSP's own (subdomains included): a list, or
   * a function read at each e-mail (domains an agent can change in Settings).
   */
  readonly domains: readonly string[] | (() => readonly string[]);
  /** The matcher's id (default `halo.never-log`): give another to register a second one. */
  readonly id?: string;
  /** The tag's label (default `Internal`). */
  readonly label?: string;
  /** Why the e-mail is not logged, from its domain (default: it is an internal domain). */
  readonly reason?: (domain: string) => string;
}

/**
 * Creates the matcher that marks e-mail from internal domains (the MSP's own) as never to be
 * logged to Halo, with the `never-log` tag; the pane then offers no log action.
 *
 * @usageNotes
 * `withMatchers(neverLogMatcher({ domains: ['msp.example'] }))`,
 * `neverLogMatcher({ id: 'acme.never-log', domains: () => settings.neverLogDomains() })`
 */
export function neverLogMatcher(options: NeverLogOptions): Matcher {
  const read = options.domains;
  const domains = () =>
    (typeof read === 'function' ? read() : read)
      .map((d) => d.trim().toLowerCase())
      .filter((d) => d !== '');
  const listed = (domain: string | null): domain is string =>
    domain !== null && domains().some((d) => domain === d || domain.endsWith(`.${d}`));
  const reason =
    options.reason ?? ((domain) => `${domain} is an internal domain: its e-mail is never logged.`);
  return {
    id: options.id ?? 'halo.never-log',
    priority: 100,
    appliesTo: (snapshot) => listed(emailDomain(snapshot.from.address)),
    match: async ({ snapshot }) => {
      const domain = emailDomain(snapshot.from.address);
      if (!listed(domain)) return [];
      return [
        {
          kind: 'tag',
          id: NEVER_LOG_TAG,
          label: options.label ?? 'Internal',
          confidence: 1,
          reason: reason(domain),
        },
      ];
    },
  };
}
