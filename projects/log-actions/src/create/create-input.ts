import type { ContentChoice } from '../content/content-choice';

/** What the create form collects. Plain data (kept in the outbox when Halo cannot be reached). */
export interface CreateInput extends ContentChoice {
  /** The ticket type; null for Halo's default. */
  readonly ticketTypeId: number | null;
  /** The summary (the subject without RE:/FW: and tags, as the agent edited it). */
  readonly summary: string;
  /** The client. */
  readonly clientId: number | null;
  /** The site; null for the client's (or contact's) main site. */
  readonly siteId: number | null;
  /** The contact (Halo user); null when the sender is not in Halo. */
  readonly userId: number | null;
  /** The sender's name, when the contact is not in Halo. */
  readonly userName: string | null;
  /** The sender's address, when the contact is not in Halo. */
  readonly userEmail: string | null;
  /** The outcome of the action recording the e-mail on the new ticket. */
  readonly outcomeId: number | null;
  /** Its name, when no id is known. */
  readonly outcomeName?: string | null;
  /** That action is private (agents only). */
  readonly privateNote: boolean;
  /** Time taken, in whole minutes. */
  readonly minutes: number;
}
