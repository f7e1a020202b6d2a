import { MatchContext } from '@halo-outlook/sdk';

/** The parts of an email the snapshot does not carry: the body as text and the internet headers. */
export interface EmailContent {
  /** The body as plain text. */
  readonly text: string;
  /** Internet headers by name (any case). */
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Reads the body and headers of the email being matched. By default the matcher reads them from
 * the match context (`context.mail`, see `readEmailContent`); give your own reader to classify
 * other text (a body cleaned of signatures, headers from elsewhere).
 */
export type EmailContentReader = (context: MatchContext) => Promise<EmailContent>;
