import type { NewHaloAttachment } from '../attachments/new-attachment';

/** A custom field value to write, addressed by id or by internal name. */
export interface HaloCustomFieldValue {
  /** The field id (see `/FieldInfo`). */
  readonly id?: number;
  /** The internal name (`CFOutlookConversationId`). */
  readonly name?: string;
  /** The value. */
  readonly value: string | number | boolean | null;
}

/** What creating a ticket takes: a summary and a client or user; the rest is optional. */
export interface NewHaloTicket {
  /** The summary (subject). */
  readonly summary: string;
  /** The details as HTML (sanitised by the caller). */
  readonly detailsHtml?: string;
  /** The details as plain text. */
  readonly details?: string;
  /** The ticket type. */
  readonly ticketTypeId?: number;
  /** The client. */
  readonly clientId?: number;
  /** The site. */
  readonly siteId?: number;
  /** The end user. */
  readonly userId?: number;
  /** Sender name when the user is not in Halo. */
  readonly userName?: string;
  /** Sender e-mail when the user is not in Halo. */
  readonly userEmail?: string;
  /** The agent to assign. */
  readonly agentId?: number;
  /** The team name. */
  readonly team?: string;
  /** The numeric priority id. */
  readonly priorityId?: number;
  /** The initial status. */
  readonly statusId?: number;
  /** Custom field values. */
  readonly customFields?: readonly HaloCustomFieldValue[];
  /** Attachments already uploaded (their ids). */
  readonly attachmentIds?: readonly number[];
  /** Files to attach inline. */
  readonly attachments?: readonly NewHaloAttachment[];
}

/** A change to an existing ticket: assignment and status (only the fields given are sent). */
export interface HaloTicketChange {
  /** The agent to assign. */
  readonly agentId?: number;
  /** The team name. */
  readonly team?: string;
  /** The new status. */
  readonly statusId?: number;
  /** Custom field values to set. */
  readonly customFields?: readonly HaloCustomFieldValue[];
}
