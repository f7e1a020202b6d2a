import {
  aMailSnapshot,
  describeMatcherContract,
  RecordingHaloFacade,
  runMatcher,
} from '@halo-outlook/sdk/testing';
import { FIXED_TENANT } from '../testing/fixed-tenant';
import { threadByMessageIdMatcher } from './thread-by-message-id-matcher';

const reply = aMailSnapshot({
  subject: 'RE: Printer offline',
  inReplyTo: '<halo-1001-2@msp.example>',
  references: ['<thread-001@contoso-dental.example>', '<halo-1001-2@msp.example>'],
});

describeMatcherContract('threadByMessageIdMatcher', () => threadByMessageIdMatcher(), [
  { name: 'a reply in a logged thread', snapshot: reply, halo: FIXED_TENANT, proposes: ['ticket'] },
]);

describe('threadByMessageIdMatcher', () => {
  const run = (snapshot = reply) =>
    runMatcher(threadByMessageIdMatcher(), snapshot, {
      halo: new RecordingHaloFacade(FIXED_TENANT),
    });

  it("proposes the thread's ticket found through References", async () => {
    const snapshot = aMailSnapshot({ references: ['<thread-001@contoso-dental.example>'] });
    const [ticket] = await run(snapshot);
    expect(ticket).toEqual(
      jasmine.objectContaining({
        kind: 'ticket',
        id: 1001,
        relation: 'thread',
        label: '#1001 Printer offline',
      }),
    );
    expect(ticket.reason).toBe('This e-mail belongs to a conversation logged on ticket #1001.');
  });

  it('is surer of the message it replies to than of older references', async () => {
    const candidates = await run();
    expect(candidates.length).toBe(1);
    expect(candidates[0].confidence).toBe(0.95);
    expect(candidates[0].reason).toContain('replies to');
  });

  it('says when this very e-mail is already logged', async () => {
    const [ticket] = await run(
      aMailSnapshot({ internetMessageId: '<thread-004@northwind.example>' }),
    );
    expect(ticket.id).toBe(1004);
    expect(ticket.data?.['alreadyLogged']).toBeTrue();
  });

  it('looks every message id of the e-mail up at once, its own first', async () => {
    const halo = new RecordingHaloFacade(FIXED_TENANT).neverAnswer();
    void runMatcher(threadByMessageIdMatcher(), reply, { halo }).catch(() => undefined);
    await Promise.resolve();
    expect(halo.callsTo('actionsByMessageId').map((c) => c.args[0])).toEqual([
      reply.internetMessageId,
      '<halo-1001-2@msp.example>',
      '<thread-001@contoso-dental.example>',
    ]);
  });
});
