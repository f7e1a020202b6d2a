import { MatchContext } from '@halo-outlook/sdk';

/** The parts of an email the snapshot does not carry: the body as text and the internet headers. */
export interface EmailContent {
  /** The body as plain text. */
  readonly text: string;
  /** Internet headers by name (any case). */
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Reads the body and headers of the email being matched. By default the matcher reads the body
 * from the match context (`context.mail`); give your own reader to match other text. When the body
 * cannot be read, rules are matched on the sender, recipients and subject, and field mappings are
 * reported as unread.
 */
export type EmailContentReader = (context: MatchContext) => Promise<EmailContent>;
