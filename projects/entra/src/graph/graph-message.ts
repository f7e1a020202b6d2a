/** A person on a message, as Microsoft Graph gives it. */
export interface GraphAddress {
  /** Display name, possibly empty. */
  readonly name: string;
  /** SMTP address. */
  readonly address: string;
}

/** One message of a conversation: what `GraphClient.conversationMessages` selects. */
export interface GraphMessageSummary {
  /** Graph's (REST) id: give it to `GraphClient.messageMime`. */
  readonly id: string;
  /** RFC 5322 Message-ID, with angle brackets, when there is one. */
  readonly internetMessageId: string | null;
  /** Subject. */
  readonly subject: string;
  /** The author, when Graph gives one (drafts may have none). */
  readonly from: GraphAddress | null;
  /** When it was received, ISO 8601. */
  readonly receivedDateTime: string;
  /** True when it has attachments other than inline images. */
  readonly hasAttachments: boolean;
}

/** The signed-in user, as `GET /me` gives it. */
export interface GraphUser {
  /** The user's object id. */
  readonly id: string;
  /** Display name. */
  readonly displayName: string;
  /** Primary SMTP address, when the user has a mailbox. */
  readonly mail: string | null;
  /** Sign-in name. */
  readonly userPrincipalName: string;
}
