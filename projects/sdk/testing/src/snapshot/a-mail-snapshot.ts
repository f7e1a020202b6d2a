import { freezeSnapshot, MailAddress, MailSnapshot } from '@halo-outlook/sdk';

/** Fields to change from the default test email; addresses may be given as plain strings. */
export type MailSnapshotOverrides = Partial<Omit<MailSnapshot, 'from' | 'to' | 'cc' | 'sender'>> & {
  readonly from?: MailAddress | string;
  readonly sender?: MailAddress | string | null;
  readonly to?: readonly (MailAddress | string)[];
  readonly cc?: readonly (MailAddress | string)[];
};

let sequence = 0;

/**
 * Builds an immutable {@link MailSnapshot} for a test: a plausible customer email, changed by the
 * overrides given. Each call gets its own item and message ids.
 *
 * @usageNotes
 * ```ts
 * const snapshot = aMailSnapshot({ from: 'bob@northwind.example', subject: 'RE: [ID: 1042] VPN' });
 * ```
 */
export function aMailSnapshot(overrides: MailSnapshotOverrides = {}): MailSnapshot {
  sequence += 1;
  const { from, sender, to, cc, ...rest } = overrides;
  return freezeSnapshot({
    itemId: `test-item-${sequence}`,
    internetMessageId: `<test-${sequence}@contoso-dental.example>`,
    conversationId: `test-conversation-${sequence}`,
    inReplyTo: null,
    references: [],
    subject: 'Printer on the second floor is offline',
    receivedAt: '2026-11-20T09:15:00.000Z',
    attachments: [],
    ...rest,
    from: toAddress(
      from ?? { name: 'Alice Carter', address: 'alice.carter@contoso-dental.example' },
    ),
    sender: sender === undefined || sender === null ? null : toAddress(sender),
    to: (to ?? [{ name: 'Service Desk', address: 'support@msp.example' }]).map(toAddress),
    cc: (cc ?? []).map(toAddress),
  });
}

function toAddress(value: MailAddress | string): MailAddress {
  if (typeof value !== 'string') return value;
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value);
  return match ? { name: match[1], address: match[2] } : { name: '', address: value.trim() };
}
