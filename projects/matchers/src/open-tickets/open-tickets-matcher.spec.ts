import type { Candidate } from '@halo-outlook/sdk';
import {
  aMailSnapshot,
  describeMatcherContract,
  RecordingHaloFacade,
  runMatcher,
} from '@halo-outlook/sdk/testing';
import { FIXED_TENANT } from '../testing/fixed-tenant';
import { openTicketsMatcher } from './open-tickets-matcher';

const contoso: Candidate = {
  kind: 'client',
  id: 1,
  label: 'Contoso Dental',
  confidence: 0.9,
  reason: 'r',
};
const alice: Candidate = {
  kind: 'contact',
  id: 1,
  label: 'Alice Carter',
  confidence: 0.95,
  reason: 'r',
};

describeMatcherContract('openTicketsMatcher', () => openTicketsMatcher(), [
  {
    name: 'a resolved client',
    snapshot: aMailSnapshot(),
    halo: FIXED_TENANT,
    resolved: { client: contoso, contact: alice },
    proposes: ['ticket'],
  },
]);

describe('openTicketsMatcher', () => {
  it('waits for the client', () => {
    expect(openTicketsMatcher().dependsOn).toEqual(['client']);
  });

  it("proposes the client's open tickets, the contact's own first, closed ones left out", async () => {
    const candidates = await runMatcher(openTicketsMatcher(), aMailSnapshot(), {
      halo: new RecordingHaloFacade(FIXED_TENANT),
      resolved: { client: contoso, contact: alice },
    });
    const byId = new Map(candidates.map((c) => [c.id, c]));
    expect([...byId.keys()].sort()).toEqual([1001, 1002]);
    expect(byId.get(1001)?.reason).toBe('An open ticket raised by Alice Carter.');
    expect(byId.get(1002)?.reason).toBe('An open ticket of Contoso Dental.');
    expect(byId.get(1001)?.confidence ?? 0).toBeGreaterThan(byId.get(1002)?.confidence ?? 1);
    expect(candidates.every((c) => c.relation === 'open')).toBeTrue();
  });

  it('asks Halo for a bounded number of open tickets of that client', async () => {
    const halo = new RecordingHaloFacade(FIXED_TENANT);
    await runMatcher(openTicketsMatcher({ count: 5 }), aMailSnapshot(), {
      halo,
      resolved: { client: contoso },
    });
    expect(halo.callsTo('listTickets')[0].args[0]).toEqual(
      jasmine.objectContaining({ clientId: 1, openOnly: true, pageSize: 5 }),
    );
  });
});
