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
 * A matcher's proposal: "this email belongs to that Halo record", with how sure the matcher is and
 * why, in words an agent can read.
 */
export interface Candidate {
  /** What kind of record this is. */
  readonly kind: CandidateKind;
  /** The Halo id (for a `tag`, the tag's own key, e.g. `support`). */
  readonly id: number | string;
  /** A display label (a contact's name, a ticket's summary…). */
  readonly label: string;
  /** How sure the matcher is, from 0 (a guess) to 1 (certain). */
  readonly confidence: number;
  /** Why the matcher proposes it, shown to the agent on demand. */
  readonly reason: string;
  /** Extra fields for the pane (a client id on a contact, a status on a ticket). */
  readonly data?: Readonly<Record<string, unknown>>;
}
