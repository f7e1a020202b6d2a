import { validateCandidate } from '@halo-outlook/sdk';
import { aMailSnapshot, runMatcher } from '@halo-outlook/sdk/testing';
import { threadBySubjectTagMatcher } from './thread-by-subject-tag-matcher';

describe('threadBySubjectTagMatcher', () => {
  const matcher = threadBySubjectTagMatcher();

  it('does not apply to a subject without a tag', () => {
    expect(matcher.appliesTo?.(aMailSnapshot({ subject: 'Printer offline' }))).toBeFalse();
  });

  it('proposes the tagged ticket with a reason an agent can read', async () => {
    const candidates = await runMatcher(
      matcher,
      aMailSnapshot({ subject: 'RE: [ID: 1042] Printer offline' }),
    );
    expect(candidates.length).toBe(1);
    expect(candidates[0]).toEqual(jasmine.objectContaining({ kind: 'ticket', id: 1042 }));
    expect(candidates[0].reason).toContain('#1042');
    expect(validateCandidate(candidates[0]).ok).toBeTrue();
  });
});
