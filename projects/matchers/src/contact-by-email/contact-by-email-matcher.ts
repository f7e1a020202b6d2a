import type { Candidate, HaloUser, Matcher } from '@halo-outlook/sdk';
import { findSenderContacts } from '../shared-lookups/sender-contacts';

/**
 * Creates the matcher that finds the sender among Halo's contacts by their exact e-mail address
 * (ignoring case). For a plus-addressed sender (`alice+billing@…`) the address without the tag is
 * looked up at the same time and used, a little less surely, when the exact one is unknown. Each
 * contact found also proposes its client and site. Inactive contacts are proposed less surely.
 *
 * Several contacts with the same address (one per client, which Halo allows) score alike, so the
 * agent is asked to choose.
 *
 * @usageNotes
 * `withMatchers(contactByEmailMatcher())`
 */
export function contactByEmailMatcher(): Matcher {
  return {
    id: 'halo.contact-by-email',
    priority: 90,
    appliesTo: (snapshot) => snapshot.from.address.includes('@'),
    match: async ({ snapshot, halo, signal }) => {
      const { users, address, untagged } = await findSenderContacts(
        halo,
        snapshot.from.address,
        signal,
      );
      const sentFrom = snapshot.from.address.trim();
      return untagged
        ? users.flatMap((u) => proposals(u, address, 0.85, sentFrom))
        : users.flatMap((u) => proposals(u, address, 0.95));
    },
  };
}

function proposals(user: HaloUser, address: string, sure: number, sentFrom?: string): Candidate[] {
  const confidence = user.inactive ? sure - 0.3 : sure;
  const inactive = user.inactive ? ' (inactive in Halo)' : '';
  const how = sentFrom
    ? `${sentFrom} is ${address} with a plus tag, ${user.name}'s address in Halo${inactive}.`
    : `${address} is ${user.name}'s address in Halo${inactive}.`;
  const client = user.clientName ?? `Client ${user.clientId}`;
  const out: Candidate[] = [
    {
      kind: 'contact',
      id: user.id,
      label: user.name,
      confidence,
      reason: how,
      data: { clientId: user.clientId, siteId: user.siteId, email: user.email },
    },
  ];
  if (user.clientId !== null) {
    out.push({
      kind: 'client',
      id: user.clientId,
      label: client,
      confidence: confidence - 0.05,
      reason: `${user.name} is a contact of ${client}.`,
    });
  }
  if (user.siteId !== null) {
    out.push({
      kind: 'site',
      id: user.siteId,
      label: user.siteName ?? `Site ${user.siteId}`,
      confidence: confidence - 0.1,
      reason: `${user.name}'s site in Halo.`,
      data: { clientId: user.clientId },
    });
  }
  return out;
}
