/** How a rule compares an address: the whole address, or a part of it (`@acme.example`). */
export type AddressMatch = 'exact' | 'contains';

/** A condition on an address: the text and how to compare it (case is ignored). */
export interface AddressCondition {
  /** The address or the part of it to look for. */
  readonly value: string;
  /** Whole address or part of it. */
  readonly match: AddressMatch;
}

/** A Halo field filled from the body: the text between a start tag and an end tag. */
export interface FieldMapping {
  /** The Halo field to fill (`summary`, `CFAssetSerial`…). */
  readonly field: string;
  /** The text that comes right before the value (`Serial:`). */
  readonly startTag: string;
  /** The text that ends the value; empty means the end of the line. */
  readonly endTag: string;
}

/**
 * A Halo-style email rule: which emails it catches and what Halo does with them. Halo applies the
 * enabled rules of a mailbox in sequence order; the first that matches decides.
 */
export interface EmailRule {
  /** Halo's id of the rule, or a key of the administrator's choosing. */
  readonly id: number | string;
  /** The rule's name, as shown in Halo. */
  readonly name: string;
  /** `ticket`: Halo makes (or updates) a ticket; `ignore`: Halo drops the email. */
  readonly type: 'ticket' | 'ignore';
  /** Disabled rules are skipped. */
  readonly enabled: boolean;
  /** Lower runs first. */
  readonly sequence: number;
  /** The mailbox address the rule belongs to; the email must be addressed to it (To or Cc). */
  readonly mailbox?: string;
  /** Condition on the sender. */
  readonly from?: AddressCondition;
  /** Condition on the recipients (To or Cc). */
  readonly to?: AddressCondition;
  /** Text the subject must contain (case is ignored). */
  readonly subjectContains?: string;
  /** Text the body must contain (case is ignored); never holds when the body cannot be read. */
  readonly bodyContains?: string;
  /** The ticket type the rule gives new tickets. */
  readonly ticketTypeId?: number;
  /** Fields filled from the body. */
  readonly fieldMappings: readonly FieldMapping[];
  /** Where the asset tag sits in the body, if the rule reads one. */
  readonly assetTag?: { readonly startTag: string; readonly endTag: string };
}

/** What a rule looks at in an email. */
export interface RuleEmail {
  /** The sender's address. */
  readonly from: string;
  /** To recipients' addresses. */
  readonly to: readonly string[];
  /** Cc recipients' addresses. */
  readonly cc: readonly string[];
  /** The subject. */
  readonly subject: string;
  /** The body as plain text, or `null` when it could not be read. */
  readonly text: string | null;
}
