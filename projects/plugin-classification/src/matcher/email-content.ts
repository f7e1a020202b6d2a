import { MatchContext } from '@halo-outlook/sdk';

/** The parts of an email the snapshot does not carry: the body as text and the internet headers. */
export interface EmailContent {
  /** The body as plain text. */
  readonly text: string;
  /** Internet headers by name (any case). */
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Reads the body and headers of the email being matched. The sdk's match context does not offer
 * them yet; until it does, the host application passes a reader (for example one built on
 * Office.js `body.getAsync` and `getAllInternetHeadersAsync`). Without one, the classifier reads
 * the subject and the sender only.
 */
export type EmailContentReader = (context: MatchContext) => Promise<EmailContent>;
