import type { GraphAddress, GraphMessageSummary } from './graph-message';

/**
 * Reads one message of a Graph list tolerantly: null without an id or a received time; a missing
 * subject is empty; a missing author is null.
 */
export function readMessageSummary(value: unknown): GraphMessageSummary | null {
  if (!value || typeof value !== 'object') return null;
  const m = value as Record<string, unknown>;
  const id = text(m['id']);
  const receivedDateTime = text(m['receivedDateTime']);
  if (!id || !receivedDateTime) return null;
  return Object.freeze({
    id,
    internetMessageId: text(m['internetMessageId']) || null,
    subject: text(m['subject']),
    from: readAddress(m['from']),
    receivedDateTime,
    hasAttachments: m['hasAttachments'] === true,
  });
}

function readAddress(value: unknown): GraphAddress | null {
  const email = (value as { emailAddress?: { name?: unknown; address?: unknown } } | null)
    ?.emailAddress;
  const address = text(email?.address);
  return address ? Object.freeze({ name: text(email?.name), address }) : null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
