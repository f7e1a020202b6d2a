/** The threading headers of a message (RFC 5322 §3.6.4). */
export interface ThreadHeaders {
  /** The first message id of In-Reply-To, with angle brackets, or null. */
  readonly inReplyTo: string | null;
  /** The message ids of References, oldest first. */
  readonly references: readonly string[];
}
