import type { MailSnapshot } from '@halo-outlook/core';
import { freezeSnapshot } from './freeze-snapshot';

describe('freezeSnapshot', () => {
  const plain: MailSnapshot = {
    itemId: 'AAMk-1',
    internetMessageId: '<m1@contoso-dental.example>',
    conversationId: 'conv-1',
    inReplyTo: null,
    references: [],
    subject: 'Printer offline',
    from: { name: 'Alice Carter', address: 'alice.carter@contoso-dental.example' },
    sender: null,
    to: [{ name: 'Support', address: 'support@msp.example' }],
    cc: [],
    receivedAt: '2026-11-20T09:15:00Z',
    attachments: [],
  };

  it('returns an equal value that cannot be changed, deeply', () => {
    const frozen = freezeSnapshot(plain);
    expect(frozen).toEqual(plain);
    expect(Object.isFrozen(frozen)).toBeTrue();
    expect(Object.isFrozen(frozen.from)).toBeTrue();
    expect(Object.isFrozen(frozen.to)).toBeTrue();
    expect(Object.isFrozen(frozen.to[0])).toBeTrue();
    expect(() => (frozen.to as unknown as unknown[]).push({})).toThrowError(TypeError);
  });

  it("does not freeze the caller's own object", () => {
    freezeSnapshot(plain);
    expect(Object.isFrozen(plain.to)).toBeFalse();
  });
});
