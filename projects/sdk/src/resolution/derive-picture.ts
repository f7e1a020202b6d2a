import type { CandidateKind } from '../contracts/candidate';
import { NEVER_LOG_TAG } from '../contracts/well-known-tags';
import { decide } from './decide';
import type { MergedCandidate } from './merged-candidate';
import type { ResolutionPicture } from './resolution-picture';

/**
 * Derives what the pane shows from the merged candidates (most confident first): the contact and
 * the client (each decided, or a choice for the agent), the site of the decided client, the
 * thread's tickets, the other open tickets, the tags, and whether the e-mail must never be logged.
 *
 * A site is shown only when it belongs to the decided client (its `data.clientId`), or when it
 * says nothing of its client.
 *
 * @usageNotes
 * `const picture = derivePicture(mergeCandidates(sources));`
 */
export function derivePicture(merged: readonly MergedCandidate[]): ResolutionPicture {
  const of = (kind: CandidateKind) => merged.filter((c) => c.kind === kind);
  const contact = decide(of('contact'));
  const client = decide(of('client'));
  const clientId = client.chosen?.id;
  const site =
    client.chosen === null
      ? null
      : (of('site').find(
          (s) => s.data?.['clientId'] === undefined || s.data['clientId'] === clientId,
        ) ?? null);
  const tickets = of('ticket');
  const tags = of('tag');
  return {
    contact: contact.chosen,
    contactChoice: contact.choice,
    client: client.chosen,
    clientChoice: client.choice,
    site,
    threadTickets: tickets.filter((t) => t.relation === 'thread'),
    openTickets: tickets.filter((t) => t.relation !== 'thread'),
    tags,
    neverLog: tags.some((t) => t.id === NEVER_LOG_TAG),
  };
}
