import {
  aMailSnapshot,
  describeMatcherContract,
  RecordingHaloFacade,
  runMatcher,
} from '@halo-outlook/sdk/testing';
import { FIXED_TENANT } from '../testing/fixed-tenant';
import { threadBySubjectTagMatcher } from './thread-by-subject-tag-matcher';

describeMatcherContract('threadBySubjectTagMatcher', () => threadBySubjectTagMatcher(), [
  {
    name: 'a tagged reply',
    snapshot: aMailSnapshot({ subject: 'RE: [ID: 1001] Printer offline' }),
    halo: FIXED_TENANT,
    proposes: ['ticket'],
  },
]);

describe('threadBySubjectTagMatcher', () => {
  const run = (subject: string, prefixes?: readonly string[]) =>
    runMatcher(threadBySubjectTagMatcher({ prefixes }), aMailSnapshot({ subject }), {
      halo: new RecordingHaloFacade(FIXED_TENANT),
    });

  it('does not apply to a subject without a tag', () => {
    expect(
      threadBySubjectTagMatcher().appliesTo?.(aMailSnapshot({ subject: 'Printer offline' })),
    ).toBeFalse();
  });

  it('proposes the tagged ticket as the thread, with its summary and a reason', async () => {
    const [ticket] = await run('RE: [ID: 1001] Printer offline');
    expect(ticket).toEqual(
      jasmine.objectContaining({
        kind: 'ticket',
        id: 1001,
        relation: 'thread',
        label: '#1001 Printer offline',
      }),
    );
    expect(ticket.reason).toBe('The subject carries the ticket tag of #1001.');
  });

  it("ignores a tag naming a ticket this Halo does not have (another tenant's tag)", async () => {
    expect(await run('RE: [ID: 424242] Elsewhere')).toEqual([]);
  });

  it("uses the tenant's own tag prefixes", async () => {
    expect((await run('RE: [TKT 1004] DMS', ['TKT'])).map((c) => c.id)).toEqual([1004]);
    expect(await run('RE: [ID: 1004] DMS', ['TKT'])).toEqual([]);
  });

  describe('requests', () => {
    const runFrom = async (from: string, subject: string) => {
      const halo = new RecordingHaloFacade(FIXED_TENANT);
      const candidates = await runMatcher(
        threadBySubjectTagMatcher(),
        aMailSnapshot({ from, subject }),
        { halo },
      );
      return { halo, candidates };
    };

    it("accepts a tag among the client's open tickets without asking Halo for the ticket", async () => {
      const { halo, candidates } = await runFrom(
        'alice.carter@contoso-dental.example',
        'RE: [ID: 1001] Printer offline',
      );
      expect(candidates.map((c) => c.id)).toEqual([1001]);
      expect(halo.callsTo('getTicket')).toEqual([]);
      // The open-tickets matcher's own request (the data layer shares it in flight).
      expect(halo.callsTo('listTickets').map((c) => c.args)).toEqual([
        [
          {
            clientId: 1,
            openOnly: true,
            pageSize: 10,
            order: 'lastactiondate',
            orderDesc: true,
          },
        ],
      ]);
    });

    it('asks Halo only for the tagged tickets that are not among the open ones', async () => {
      const { halo, candidates } = await runFrom(
        'alice.carter@contoso-dental.example',
        'RE: [ID: 1002] [ID: 1003] [ID: 424242] Laptop',
      );
      expect(candidates.map((c) => c.id)).toEqual([1002, 1003]);
      expect(halo.callsTo('getTicket').map((c) => c.args[0])).toEqual([1003, 424242]);
    });

    it("asks Halo for the ticket when the sender's contacts decide no client", async () => {
      const { halo, candidates } = await runFrom(
        'someone@northwind.example',
        'RE: [ID: 1004] DMS slow',
      );
      expect(candidates.map((c) => c.id)).toEqual([1004]);
      expect(halo.callsTo('listTickets')).toEqual([]);
      expect(halo.callsTo('getTicket').map((c) => c.args[0])).toEqual([1004]);
    });

    it('still checks the tag in Halo when the open tickets cannot be read', async () => {
      const halo = new RecordingHaloFacade(FIXED_TENANT).failNext(
        'listTickets',
        new Error('Halo is busy'),
      );
      const candidates = await runMatcher(
        threadBySubjectTagMatcher(),
        aMailSnapshot({ subject: 'RE: [ID: 1001] Printer offline' }),
        { halo },
      );
      expect(candidates.map((c) => c.id)).toEqual([1001]);
      expect(halo.callsTo('getTicket').map((c) => c.args[0])).toEqual([1001]);
    });

    it('reads as many open tickets as the open-tickets matcher, so it is the same request', async () => {
      const halo = new RecordingHaloFacade(FIXED_TENANT);
      await runMatcher(
        threadBySubjectTagMatcher({ openTicketsCount: 5 }),
        aMailSnapshot({ subject: 'RE: [ID: 1001] Printer offline' }),
        { halo },
      );
      expect(halo.callsTo('listTickets')[0].args[0]).toEqual(
        jasmine.objectContaining({ pageSize: 5 }),
      );
    });
  });
});
