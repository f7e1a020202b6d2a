import { Injectable, inject } from '@angular/core';
import {
  type Candidate,
  type HaloClient,
  HaloPluginAccess,
  type HaloUser,
} from '@halo-outlook/sdk';
import type { PickerOption } from './picker-option';

/** The resolution store replaces it with its own words for the agent's choice. */
const AGENT_CHOICE = 'Chosen by the agent.';

/**
 * The searches behind the override pickers, counted under the email's scope:
 * - clients by name (`searchClients`);
 * - contacts by exact address anywhere in Halo (`usersByEmail`), or by name among the decided
 *   client's contacts (`usersByClient`, asked once per client and filtered as the agent types),
 *   because Halo has no name search across all contacts that the facades offer.
 *
 * Provided by `providePaneStores()`, so a client's contacts are asked once per session.
 */
@Injectable()
export class RecordSearch {
  private readonly access = inject(HaloPluginAccess);
  private readonly clientContacts = new Map<string, Promise<readonly HaloUser[]>>();

  /** Active clients whose name contains `text`. */
  async clients(scope: string, text: string, signal: AbortSignal): Promise<PickerOption[]> {
    const found = await this.access.read(scope).searchClients(text, { signal });
    return found.filter((c) => !c.inactive).map(clientOption);
  }

  /**
   * Contacts whose address is `text` (when it is one), else whose name or address contains `text`
   * among the contacts of `clientId` (none without a client).
   */
  async contacts(
    scope: string,
    text: string,
    clientId: number | null,
    signal: AbortSignal,
  ): Promise<PickerOption[]> {
    const halo = this.access.read(scope);
    if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) {
      return (await halo.usersByEmail(text, { signal })).map(contactOption);
    }
    if (clientId === null) return [];
    const key = `${scope}|${clientId}`;
    // Kept for the email being worked on only: another email asks afresh.
    for (const kept of this.clientContacts.keys()) {
      if (!kept.startsWith(`${scope}|`)) this.clientContacts.delete(kept);
    }
    let contacts = this.clientContacts.get(key);
    if (contacts === undefined) {
      contacts = halo.usersByClient(clientId);
      this.clientContacts.set(key, contacts);
      contacts.catch(() => this.clientContacts.delete(key));
    }
    const wanted = text.toLowerCase();
    return (await contacts)
      .filter(
        (u) =>
          !u.inactive &&
          (u.name.toLowerCase().includes(wanted) ||
            (u.email?.toLowerCase().includes(wanted) ?? false)),
      )
      .slice(0, 20)
      .map(contactOption);
  }
}

function clientOption(client: HaloClient): PickerOption {
  return {
    key: `client:${client.id}`,
    label: client.name,
    detail: null,
    choices: [
      { kind: 'client', id: client.id, label: client.name, confidence: 1, reason: AGENT_CHOICE },
    ],
  };
}

function contactOption(user: HaloUser): PickerOption {
  const contact: Candidate = {
    kind: 'contact',
    id: user.id,
    label: user.name,
    confidence: 1,
    reason: AGENT_CHOICE,
    data: { clientId: user.clientId, siteId: user.siteId, email: user.email },
  };
  const client: Candidate[] =
    user.clientId === null
      ? []
      : [
          {
            kind: 'client',
            id: user.clientId,
            label: user.clientName ?? `#${user.clientId}`,
            confidence: 1,
            reason: AGENT_CHOICE,
          },
        ];
  const site: Candidate[] =
    user.siteId === null
      ? []
      : [
          {
            kind: 'site',
            id: user.siteId,
            label: user.siteName ?? `#${user.siteId}`,
            confidence: 1,
            reason: AGENT_CHOICE,
            data: { clientId: user.clientId },
          },
        ];
  return {
    key: `contact:${user.id}`,
    label: user.name,
    detail: [user.email, user.clientName].filter((part) => part).join(' · ') || null,
    choices: [contact, ...client, ...site],
  };
}
