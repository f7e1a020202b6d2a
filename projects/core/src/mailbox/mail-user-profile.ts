/** The signed-in Outlook user. */
export interface MailUserProfile {
  /** Display name. */
  readonly displayName: string;
  /** SMTP address (its domain selects the organisation's hosted config). */
  readonly emailAddress: string;
}
