import type { Candidate, HaloSite, HaloUser, Matcher } from '@halo-outlook/sdk';
import { emailDomain } from '../email-address/email-domain';
import { findSenderContacts, senderClientId } from '../shared-lookups/sender-contacts';
import { PUBLIC_EMAIL_DOMAINS } from './public-email-domains';

/** Options of {@link clientByDomainMatcher}. */
export interface ClientByDomainOptions {
  /** Domains that never imply a client (default {@link PUBLIC_EMAIL_DOMAINS}). */
  readonly publicDomains?: readonly string[];
}

/** The confidence of a client when the domain points to it alone. */
const SOLE_SITE = 0.8;
const SOLE_CONTACTS = 0.6;
/** The confidence of each client when several share the domain: alike, so the agent chooses. */
const SHARED = 0.5;

/**
 * Creates the matcher that infers the sender's client from their e-mail domain: the sites whose
 * e-mail domain it is, and the clients of the contacts at that domain. One client → proposed
 * (more surely when a site names the domain). Several clients → each proposed with the same
 * confidence, so the pane asks the agent, never picking one silently. Public domains (gmail.com…)
 * never imply a client.
 *
 * The domain's sites come from the data layer's `sitesByEmailDomain` (the sites of the domain's
 * clients, cached), asked after the contacts: a lookup the matcher spends only when it helps. When
 * the sender's own contacts decide their client (the contact lookup, shared with the contact
 * matcher), that client and its site come from the contact, and the domain's sites are not read.
 *
 * @usageNotes
 * `withMatchers(clientByDomainMatcher({ publicDomains: [...PUBLIC_EMAIL_DOMAINS, 'mail.example'] }))`
 */
export function clientByDomainMatcher(options: ClientByDomainOptions = {}): Matcher {
  const publicDomains = new Set(
    (options.publicDomains ?? PUBLIC_EMAIL_DOMAINS).map((d) => d.toLowerCase()),
  );
  return {
    id: 'halo.client-by-domain',
    priority: 70,
    appliesTo: (snapshot) => {
      const domain = emailDomain(snapshot.from.address);
      return domain !== null && !publicDomains.has(domain);
    },
    match: async ({ snapshot, halo, signal }) => {
      const domain = emailDomain(snapshot.from.address) ?? '';
      const [users, contacts] = await Promise.all([
        halo.usersByEmailDomain(domain, { signal }),
        findSenderContacts(halo, snapshot.from.address, signal),
      ]);
      const active = users.filter((u) => !u.inactive);
      const decided = senderClientId(contacts);
      // The contact lookup decides the client (and its site): the domain's sites would add nothing.
      const sites =
        decided !== null && active.some((u) => u.clientId === decided)
          ? []
          : (await halo.sitesByEmailDomain(domain, { signal })).filter((s) => !s.inactive);
      return proposals(domain, sites, active);
    },
  };
}

interface Evidence {
  name: string;
  sites: HaloSite[];
  contacts: number;
}

function proposals(
  domain: string,
  sites: readonly HaloSite[],
  users: readonly HaloUser[],
): Candidate[] {
  const byClient = new Map<number, Evidence>();
  const evidence = (id: number, name: string | null) => {
    const found = byClient.get(id) ?? { name: name ?? `Client ${id}`, sites: [], contacts: 0 };
    byClient.set(id, found);
    return found;
  };
  for (const site of sites)
    if (site.clientId !== null) evidence(site.clientId, site.clientName).sites.push(site);
  for (const user of users)
    if (user.clientId !== null) evidence(user.clientId, user.clientName).contacts += 1;

  const shared = byClient.size > 1;
  const others = shared ? ` ${byClient.size} clients share ${domain}: choose the right one.` : '';
  return [...byClient].flatMap(([id, { name, sites: named, contacts }]): Candidate[] => {
    const why =
      named.length > 0
        ? `${domain} is the e-mail domain of ${named.map((s) => s.name).join(', ')} in Halo.`
        : `${contacts} contact${contacts === 1 ? '' : 's'} at ${domain} belong${contacts === 1 ? 's' : ''} to ${name}.`;
    const client: Candidate = {
      kind: 'client',
      id,
      label: name,
      confidence: shared ? SHARED : named.length > 0 ? SOLE_SITE : SOLE_CONTACTS,
      reason: why + others,
    };
    const siteCandidates = named.map((site): Candidate => ({
      kind: 'site',
      id: site.id,
      label: site.name,
      confidence: shared ? SHARED - 0.1 : SOLE_SITE - 0.1,
      reason: `${domain} is the e-mail domain of this site.`,
      data: { clientId: id },
    }));
    return [client, ...siteCandidates];
  });
}
