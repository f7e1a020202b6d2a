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
});
