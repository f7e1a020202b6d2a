/** What of the e-mail the agent chose to log, besides its body. Plain data. */
export interface ContentChoice {
  /** The attachments to upload, by the snapshot's attachment ids. */
  readonly attachmentIds: readonly string[];
  /** Upload the whole original message as an `.eml` file too. */
  readonly includeOriginal: boolean;
  /** Remove the quoted history of a reply or forward from the body. */
  readonly trimQuotedHistory: boolean;
  /** Keep images the body loads from the internet. */
  readonly remoteImages: boolean;
}
