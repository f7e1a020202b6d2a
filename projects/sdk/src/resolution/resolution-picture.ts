import type { MergedCandidate } from './merged-candidate';

/**
 * What the pane shows about an e-mail: who sent it and the tickets that matter. Derived from the
 * merged candidates by `derivePicture`.
 */
export interface ResolutionPicture {
  /** The sender as a Halo contact, when one is decided. */
  readonly contact: MergedCandidate | null;
  /** The contacts to choose from when the sender's address belongs to several (else empty). */
  readonly contactChoice: readonly MergedCandidate[];
  /** The client, when one is decided. */
  readonly client: MergedCandidate | null;
  /**
   * The clients to choose from when the evidence does not decide between them (several clients
   * share the sender's domain), most likely first; empty when a client is decided or none is known.
   * The pane asks the agent, never picks the first silently.
   */
  readonly clientChoice: readonly MergedCandidate[];
  /** The site, when one of the decided client is proposed. */
  readonly site: MergedCandidate | null;
  /** Tickets of this e-mail's thread, most confident first. */
  readonly threadTickets: readonly MergedCandidate[];
  /** Open tickets of the contact and client that are not in the thread, most confident first. */
  readonly openTickets: readonly MergedCandidate[];
  /** Tags proposed for the e-mail. */
  readonly tags: readonly MergedCandidate[];
  /** True when a matcher said this e-mail must never be logged (an internal sender). */
  readonly neverLog: boolean;
}

/** The picture of an e-mail nothing is known about yet. */
export const EMPTY_PICTURE: ResolutionPicture = Object.freeze({
  contact: null,
  contactChoice: [],
  client: null,
  clientChoice: [],
  site: null,
  threadTickets: [],
  openTickets: [],
  tags: [],
  neverLog: false,
});
