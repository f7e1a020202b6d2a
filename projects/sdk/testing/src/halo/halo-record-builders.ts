import type {
  HaloAction,
  HaloClient,
  HaloEmailRule,
  HaloOutcome,
  HaloSite,
  HaloTicket,
  HaloUser,
} from '@halo-outlook/sdk';

let sequence = 0;
const next = () => (sequence += 1) + 100_000;

/**
 * Builds a Halo user for a test: active, with a unique id, changed by `overrides`.
 *
 * @usageNotes
 * `aHaloUser({ id: 1, name: 'Alice Carter', email: 'alice@contoso.example', clientId: 1 })`
 */
export function aHaloUser(overrides: Partial<HaloUser> = {}): HaloUser {
  const id = overrides.id ?? next();
  return {
    id,
    name: `User ${id}`,
    email: `user${id}@customer.example`,
    clientId: null,
    clientName: null,
    siteId: null,
    siteName: null,
    inactive: false,
    phone: null,
    ...overrides,
  };
}

/** Builds an active Halo client for a test. */
export function aHaloClient(overrides: Partial<HaloClient> = {}): HaloClient {
  const id = overrides.id ?? next();
  return {
    id,
    name: `Client ${id}`,
    inactive: false,
    topLevelId: null,
    website: null,
    ...overrides,
  };
}

/** Builds an active Halo site for a test; give it an `emailDomain` to match a sender's domain. */
export function aHaloSite(overrides: Partial<HaloSite> = {}): HaloSite {
  const id = overrides.id ?? next();
  return {
    id,
    name: `Site ${id}`,
    clientId: null,
    clientName: null,
    inactive: false,
    emailDomain: null,
    toDomain: null,
    ...overrides,
  };
}

/** Builds an open Halo ticket (status 1, New) for a test. */
export function aHaloTicket(overrides: Partial<HaloTicket> = {}): HaloTicket {
  const id = overrides.id ?? next();
  return {
    id,
    summary: `Ticket ${id}`,
    details: null,
    statusId: 1,
    statusName: 'New',
    ticketTypeId: null,
    ticketTypeName: null,
    clientId: null,
    clientName: null,
    siteId: null,
    siteName: null,
    userId: null,
    userName: null,
    userEmail: null,
    agentId: null,
    agentName: null,
    team: null,
    priorityId: null,
    dateOccurred: null,
    lastActionDate: null,
    customFields: [],
    internetMessageId: null,
    ...overrides,
  };
}

/** Builds a Halo action for a test; give it an `internetMessageId` to thread an e-mail. */
export function aHaloAction(overrides: Partial<HaloAction> = {}): HaloAction {
  return {
    id: overrides.id ?? next(),
    ticketId: null,
    outcome: null,
    outcomeId: null,
    who: null,
    dateTime: null,
    note: null,
    noteHtml: null,
    hiddenFromUser: false,
    timeTaken: null,
    emailSubject: null,
    emailFrom: null,
    internetMessageId: null,
    inReplyTo: null,
    references: null,
    attachments: [],
    ...overrides,
  };
}

/**
 * Builds a Halo outcome for a test: visible, public, sending no email, changed by `overrides`.
 *
 * @usageNotes
 * `aHaloOutcome({ id: 21, name: 'Logged from Outlook', hiddenFromUser: true })`
 */
export function aHaloOutcome(overrides: Partial<HaloOutcome> = {}): HaloOutcome {
  return {
    id: overrides.id ?? next(),
    name: 'Email Received',
    buttonName: null,
    hidden: false,
    newStatusId: null,
    hiddenFromUser: false,
    sendsEmail: false,
    ...overrides,
  };
}

/**
 * Builds one of Halo's e-mail rules for a test: enabled, type 0, no conditions (it catches every
 * e-mail), changed by `overrides`.
 *
 * @usageNotes
 * `aHaloEmailRule({ id: 1, name: 'Alert mailers', type: 3, fromAddress: 'alerts@' })`
 */
export function aHaloEmailRule(overrides: Partial<HaloEmailRule> = {}): HaloEmailRule {
  const id = overrides.id ?? next();
  return {
    id,
    name: `Email rule ${id}`,
    type: 0,
    enabled: true,
    sequence: 10,
    fromAddress: null,
    toAddress: null,
    subjectContains: null,
    bodyContains: null,
    ticketTypeId: null,
    closeString: null,
    fieldMappings: [],
    ...overrides,
  };
}
