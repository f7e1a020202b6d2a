import type { MailSnapshot } from '@halo-outlook/core';

/**
 * Freezes a snapshot and its nested arrays so no consumer can change what another one sees.
 *
 * @usageNotes
 * Adapters build a plain object and return `freezeSnapshot(value)`.
 */
export function freezeSnapshot(snapshot: MailSnapshot): MailSnapshot {
  return Object.freeze({
    ...snapshot,
    from: Object.freeze({ ...snapshot.from }),
    sender: snapshot.sender ? Object.freeze({ ...snapshot.sender }) : null,
    to: Object.freeze(snapshot.to.map((a) => Object.freeze({ ...a }))),
    cc: Object.freeze(snapshot.cc.map((a) => Object.freeze({ ...a }))),
    references: Object.freeze([...snapshot.references]),
    attachments: Object.freeze(snapshot.attachments.map((a) => Object.freeze({ ...a }))),
  });
}
