import type { HaloReadFacade, HaloUser } from '@halo-outlook/sdk';
import { withoutPlusTag } from '../email-address/without-plus-tag';

/** The contacts Halo has for a sender, as {@link findSenderContacts} found them. */
export interface SenderContacts {
  /** The contacts with the address (or, when none has it, with the address without its tag). */
  readonly users: readonly HaloUser[];
  /** The address they were found by. */
  readonly address: string;
  /** True when they were found by the address without its plus tag. */
  readonly untagged: boolean;
}

/**
 * The contacts with the sender's exact address (ignoring case); for a plus-addressed sender
 * (`alice+billing@…`) the address without the tag is looked up at the same time and used when the
 * exact one is unknown.
 *
 * Every built-in matcher that needs the sender's contacts asks through here, so they ask Halo the
 * same questions: the data layer answers them with one request per address, shared in flight and
 * cached for the session.
 */
export async function findSenderContacts(
  halo: HaloReadFacade,
  from: string,
  signal: AbortSignal,
): Promise<SenderContacts> {
  const address = from.trim();
  const base = withoutPlusTag(address);
  const [exact, untagged] = await Promise.all([
    halo.usersByEmail(address, { signal }),
    base ? halo.usersByEmail(base, { signal }) : Promise.resolve([]),
  ]);
  if (exact.length > 0 || !base) return { users: exact, address, untagged: false };
  return { users: untagged, address: base, untagged: true };
}

/**
 * The client the sender's contacts decide: the one client of every active contact found, or
 * `null` when there is none, or several (one contact per client, which Halo allows).
 */
export function senderClientId(contacts: SenderContacts): number | null {
  const clients = new Set(
    contacts.users.filter((u) => !u.inactive && u.clientId !== null).map((u) => u.clientId),
  );
  const [only] = clients;
  return clients.size === 1 && typeof only === 'number' ? only : null;
}
