/** The kinds of Halo record a matcher can propose for an email. */
export type CandidateKind = 'contact' | 'client' | 'site' | 'ticket' | 'tag';

/** Every candidate kind, in the order the pane presents them. */
export const CANDIDATE_KINDS: readonly CandidateKind[] = [
  'contact',
  'client',
  'site',
  'ticket',
  'tag',
];

/**
 * How a ticket relates to the email: `thread` (this email belongs to the ticket's conversation) or
 * `open` (an open ticket of the sender or their client, a likely place to log it).
 */
export type TicketRelation = 'thread' | 'open';

/**
 * A matcher's proposal: "this email belongs to that Halo record", with how sure the matcher is and
 * why, in words an agent can read.
 *
 * Confidence guide: 1 is reserved for the agent's own choices (overrides and remembered
 * choices); 0.9–0.99 for facts Halo stored (an exact email, a ticket tag, a message id); 0.5–0.8
 * for inferences (a domain); below 0.5 for hints.
 */
export interface Candidate {
  /** What kind of record this is. */
  readonly kind: CandidateKind;
  /** The Halo id (for a `tag`, the tag's own key, e.g. `never-log`). */
  readonly id: number | string;
  /** A display label (a contact's name, a ticket's summary…). */
  readonly label: string;
  /** How sure the matcher is, from 0 (a guess) to 1 (certain). */
  readonly confidence: number;
  /** Why the matcher proposes it, shown to the agent on demand. */
  readonly reason: string;
  /** For a ticket: how it relates to the email (default `open`). */
  readonly relation?: TicketRelation;
  /** Extra fields for the pane (a client id on a contact, a status on a ticket). */
  readonly data?: Readonly<Record<string, unknown>>;
}
