import type { Candidate } from '../contracts/candidate';
import type { SourcedCandidates } from './merge-candidates';

/**
 * The part of a resolution worth keeping for the sender's next e-mail: contacts, clients, sites
 * and open tickets found by matchers. Not the agent's choices for this e-mail, not the cache
 * itself, and not thread tickets, which belong to one e-mail.
 */
export function senderPart(sources: readonly SourcedCandidates[]): Candidate[] {
  return sources
    .filter((s) => s.source !== 'agent' && s.source !== 'cache')
    .flatMap((s) => s.candidates)
    .filter((c) => c.kind !== 'tag' && !(c.kind === 'ticket' && c.relation === 'thread'));
}
