import type {
  ActionRecord,
  AgentRecord,
  ClientRecord,
  SiteRecord,
  TicketRecord,
  UserRecord,
} from '../store/records.js';
import { buildAction, buildTicket } from './record-builders.js';
import { FIELD_IDS } from './reference-data.js';
import { seedDate } from './seed-clock.js';

/** The shared password of every seeded agent that can sign in. */
export const AGENT_PASSWORD = 'halo';

/** The MSP's own support mailbox (sender of outbound e-mail actions). */
export const SUPPORT_MAILBOX = 'support@msp.example';

/** Public e-mail domains whose senders belong to the catch-all client. */
export const PUBLIC_DOMAINS = [
  'gmail.example',
  'outlook.example',
  'hotmail.example',
  'yahoo.example',
] as const;

/**
 * Well-known records at the start of every seed (independent of the seed number). Tests and the
 * workbench's sample e-mails rely on them; the README lists them.
 */
export const FIXED = {
  agents: { unassigned: 1, alex: 2, blair: 3, casey: 4, drew: 5, emery: 6 },
  clients: {
    contosoDental: 1,
    northwindLegal: 2,
    northwindLogistics: 3,
    publicDomainSenders: 4,
    adatumInactive: 5,
  },
  sites: {
    contosoMain: 1,
    contosoHarbour: 2,
    northwindLegalHq: 3,
    northwindLogisticsDc: 4,
    publicDomainSenders: 5,
    adatum: 6,
  },
  users: { alice: 1, bob: 2, carolInactive: 3, nora: 4, liam: 5, pat: 6, dana: 7 },
  tickets: {
    printer: 1001,
    laptop: 1002,
    bouncesClosed: 1003,
    dmsSlow: 1004,
    scanner: 1005,
    taggedReply: 1006,
    publicSender: 1007,
  },
  domains: {
    contoso: 'contoso-dental.example',
    northwind: 'northwind.example',
    adatum: 'adatum.example',
    unknown: 'unknown-sender.example',
  },
  emails: {
    alice: 'alice.carter@contoso-dental.example',
    bob: 'bob.singh@contoso-dental.example',
    nora: 'nora.fields@northwind.example',
    liam: 'liam.ortiz@northwind.example',
    pat: 'pat.jones@gmail.example',
    unknown: 'someone@unknown-sender.example',
  },
  messageIds: {
    printerThread: '<thread-001@contoso-dental.example>',
    printerReply: '<halo-1001-2@msp.example>',
    printerCustomerReply: '<thread-001-reply-1@contoso-dental.example>',
    laptopThread: '<thread-002@contoso-dental.example>',
    dmsThread: '<thread-004@northwind.example>',
  },
  conversationIds: { printer: 'AAQkAGNvbnRvc28tdGhyZWFkLTAwMQ==' },
  /** First id used by generated (seed-dependent) records of each kind. */
  firstGenerated: { client: 6, site: 7, user: 8, ticket: 1008, action: 20 },
} as const;

function agent(
  id: number,
  first: string,
  last: string,
  team: string,
  teamIds: number[],
  login: string | null,
  extra: Partial<AgentRecord> = {},
): AgentRecord {
  return {
    id,
    name: login ? `${first} ${last}` : first,
    firstname: first,
    surname: last,
    email: login ? `${first}.${last}@msp.example`.toLowerCase() : '',
    initials: `${first[0] ?? ''}${last[0] ?? ''}`,
    jobtitle: team === 'Projects' ? 'Project Engineer' : 'Service Desk Engineer',
    team,
    team_ids: teamIds,
    isdisabled: false,
    login,
    password: login ? AGENT_PASSWORD : null,
    ...extra,
  };
}

/** Seeded agents: "Unassigned" (id 1, cannot sign in) and the five sign-in agents (Drew is disabled). */
export function fixedAgents(): AgentRecord[] {
  return [
    agent(1, 'Unassigned', '', '1st Line', [1], null),
    agent(2, 'Alex', 'Morgan', '1st Line', [1], 'alex'),
    agent(3, 'Blair', 'Chen', '2nd Line', [2, 1], 'blair'),
    agent(4, 'Casey', 'Reed', 'Projects', [3], 'casey'),
    agent(5, 'Drew', 'Patel', '2nd Line', [2], 'drew', { isdisabled: true }),
    agent(6, 'Emery', 'Walsh', '1st Line', [1], 'emery'),
  ];
}

function client(
  id: number,
  name: string,
  domain: string,
  mainSite: number,
  inactive = false,
): ClientRecord {
  return {
    id,
    name,
    inactive,
    toplevel_id: 1,
    toplevel_name: 'Managed Customers',
    website: domain ? `https://www.${domain}` : '',
    domain: '',
    phonenumber: `+44 20 7946 0${String(100 + id).slice(-3)}`,
    main_site_id: mainSite,
  };
}

function site(
  id: number,
  name: string,
  clientId: number,
  emaildomain: string,
  inactive = false,
): SiteRecord {
  return {
    id,
    name,
    client_id: clientId,
    inactive,
    emaildomain,
    todomain: '',
    phonenumber: `+44 20 7946 1${String(100 + id).slice(-3)}`,
    timezone: 'GMT Standard Time',
  };
}

function user(
  id: number,
  first: string,
  last: string,
  email: string,
  clientId: number,
  siteId: number,
  inactive = false,
): UserRecord {
  return {
    id,
    name: `${first} ${last}`,
    firstname: first,
    surname: last,
    emailaddress: email,
    client_id: clientId,
    site_id: siteId,
    inactive,
    phonenumber: `+44 20 7946 2${String(100 + id).slice(-3)}`,
    mobilenumber: '',
    jobtitle: '',
    linked_agent_id: 0,
  };
}

/** Fixed clients: Contoso Dental, the two Northwinds sharing a domain, the catch-all, an inactive one. */
export function fixedClients(): ClientRecord[] {
  return [
    client(1, 'Contoso Dental', FIXED.domains.contoso, 1),
    client(2, 'Northwind Legal', FIXED.domains.northwind, 3),
    client(3, 'Northwind Logistics', FIXED.domains.northwind, 4),
    client(4, 'Public Domain Senders', '', 5),
    client(5, 'Adatum Architects', FIXED.domains.adatum, 6, true),
  ];
}

/** Fixed sites (each with the e-mail domain Halo's mail intake would use). */
export function fixedSites(): SiteRecord[] {
  return [
    site(1, 'Main Surgery', 1, FIXED.domains.contoso),
    site(2, 'Harbour Street Clinic', 1, FIXED.domains.contoso),
    site(3, 'Head Office', 2, FIXED.domains.northwind),
    site(4, 'Distribution Centre', 3, FIXED.domains.northwind),
    site(5, 'Public Domain Senders', 4, ''),
    site(6, 'Studio', 5, FIXED.domains.adatum, true),
  ];
}

/** Fixed users (contacts). */
export function fixedUsers(): UserRecord[] {
  return [
    user(1, 'Alice', 'Carter', FIXED.emails.alice, 1, 1),
    user(2, 'Bob', 'Singh', FIXED.emails.bob, 1, 2),
    user(3, 'Carol', 'Old', 'carol.old@contoso-dental.example', 1, 1, true),
    user(4, 'Nora', 'Fields', FIXED.emails.nora, 2, 3),
    user(5, 'Liam', 'Ortiz', FIXED.emails.liam, 3, 4),
    user(6, 'Pat', 'Jones', FIXED.emails.pat, 4, 5),
    user(7, 'Dana', 'Wu', 'dana.wu@adatum.example', 5, 6),
  ];
}

/** Fixed tickets 1001–1007 (see the README table). */
export function fixedTickets(): TicketRecord[] {
  const M = FIXED.messageIds;
  return [
    buildTicket({
      id: 1001,
      summary: 'Printer offline in reception',
      client_id: 1,
      site_id: 1,
      user_id: 1,
      agent_id: 2,
      status_id: 2,
      dateoccurred: seedDate(3 * 24 * 60),
      lastactiondate: seedDate(2 * 24 * 60),
      lastincomingemail: seedDate(2 * 24 * 60),
      internet_message_id: M.printerThread,
      emailtolist: SUPPORT_MAILBOX,
      timetaken: 0.5,
      customfields: [
        { id: FIELD_IDS.impact, value: 3 },
        { id: FIELD_IDS.outlookConversationId, value: FIXED.conversationIds.printer },
        { id: FIELD_IDS.outlookInternetMessageId, value: M.printerThread },
      ],
    }),
    buildTicket({
      id: 1002,
      summary: 'New starter laptop setup',
      tickettype_id: 2,
      client_id: 1,
      site_id: 1,
      user_id: 1,
      dateoccurred: seedDate(26 * 60),
      internet_message_id: M.laptopThread,
      lastincomingemail: seedDate(26 * 60),
    }),
    buildTicket({
      id: 1003,
      summary: 'Email bounce-backs',
      client_id: 1,
      site_id: 1,
      user_id: 1,
      agent_id: 3,
      team: '2nd Line',
      status_id: 9,
      dateoccurred: seedDate(20 * 24 * 60),
      lastactiondate: seedDate(18 * 24 * 60),
      internet_message_id: '<thread-003@contoso-dental.example>',
      timetaken: 1.25,
    }),
    buildTicket({
      id: 1004,
      summary: 'Document management system slow',
      client_id: 2,
      site_id: 3,
      user_id: 4,
      agent_id: 3,
      team: '2nd Line',
      status_id: 3,
      priority_id: 2,
      dateoccurred: seedDate(5 * 60),
      internet_message_id: M.dmsThread,
    }),
    buildTicket({
      id: 1005,
      summary: 'Handheld scanner not syncing',
      client_id: 3,
      site_id: 4,
      user_id: 5,
      agent_id: 6,
      status_id: 2,
      dateoccurred: seedDate(8 * 60),
      internet_message_id: '<thread-005@northwind.example>',
    }),
    buildTicket({
      id: 1006,
      summary: 'RE: Printer offline in reception [ID: 1001]',
      client_id: 1,
      site_id: 2,
      user_id: 2,
      status_id: 1,
      dateoccurred: seedDate(60),
      internet_message_id: '<thread-001-reply-2@contoso-dental.example>',
    }),
    buildTicket({
      id: 1007,
      summary: 'Website contact form not working',
      tickettype_id: 2,
      client_id: 4,
      site_id: 5,
      user_id: 6,
      status_id: 1,
      dateoccurred: seedDate(90),
      internet_message_id: '<CAF=pat-001@mail.gmail.example>',
    }),
  ];
}

function inbound(
  id: number,
  ticketId: number,
  from: string,
  fromName: string,
  subject: string,
  messageId: string,
  minutesAgo: number,
  extra: Partial<ActionRecord> = {},
): ActionRecord {
  return buildAction({
    id,
    ticket_id: ticketId,
    outcome_id: 3,
    datetime: seedDate(minutesAgo),
    who: fromName,
    emailfrom: from,
    emailto: SUPPORT_MAILBOX,
    emailsubject: subject,
    emaildirection: 1,
    internet_message_id: messageId,
    note: `${subject} (e-mail from ${fromName})`,
    ...extra,
  });
}

/** Fixed actions on the fixed tickets, with e-mail metadata for thread matching. */
export function fixedActions(): ActionRecord[] {
  const M = FIXED.messageIds;
  return [
    inbound(
      1,
      1001,
      FIXED.emails.alice,
      'Alice Carter',
      'Printer offline in reception',
      M.printerThread,
      3 * 24 * 60,
    ),
    buildAction({
      id: 2,
      ticket_id: 1001,
      outcome_id: 2,
      datetime: seedDate(3 * 24 * 60 - 30),
      who: 'Alex Morgan',
      who_agentid: 2,
      emailfrom: SUPPORT_MAILBOX,
      emailto: FIXED.emails.alice,
      emailsubject: 'RE: Printer offline in reception [ID: 1001]',
      emaildirection: 2,
      internet_message_id: M.printerReply,
      inreplyto: M.printerThread,
      references: M.printerThread,
      note: 'Could you power-cycle the printer and tell us what the display shows?',
      timetaken: 0.25,
    }),
    inbound(
      3,
      1001,
      FIXED.emails.alice,
      'Alice Carter',
      'RE: Printer offline in reception [ID: 1001]',
      M.printerCustomerReply,
      2 * 24 * 60,
      { inreplyto: M.printerReply, references: `${M.printerThread} ${M.printerReply}` },
    ),
    buildAction({
      id: 4,
      ticket_id: 1001,
      outcome_id: 1,
      datetime: seedDate(2 * 24 * 60 - 10),
      who: 'Alex Morgan',
      who_agentid: 2,
      hiddenfromuser: true,
      note: 'Driver reinstall scheduled.',
      timetaken: 0.25,
    }),
    inbound(
      5,
      1002,
      FIXED.emails.alice,
      'Alice Carter',
      'New starter laptop setup',
      M.laptopThread,
      26 * 60,
    ),
    inbound(
      6,
      1003,
      FIXED.emails.alice,
      'Alice Carter',
      'Email bounce-backs',
      '<thread-003@contoso-dental.example>',
      20 * 24 * 60,
    ),
    buildAction({
      id: 7,
      ticket_id: 1003,
      outcome_id: 7,
      datetime: seedDate(18 * 24 * 60),
      who: 'Blair Chen',
      who_agentid: 3,
      new_status: 9,
      emailfrom: SUPPORT_MAILBOX,
      emailto: FIXED.emails.alice,
      emailsubject: 'RE: Email bounce-backs [ID: 1003]',
      emaildirection: 2,
      internet_message_id: '<halo-1003-7@msp.example>',
      inreplyto: '<thread-003@contoso-dental.example>',
      note: 'SPF record fixed; closing.',
      timetaken: 1.25,
    }),
    inbound(
      8,
      1004,
      FIXED.emails.nora,
      'Nora Fields',
      'Document management system slow',
      M.dmsThread,
      5 * 60,
      { emailcc: 'it@northwind.example' },
    ),
    inbound(
      9,
      1005,
      FIXED.emails.liam,
      'Liam Ortiz',
      'Handheld scanner not syncing',
      '<thread-005@northwind.example>',
      8 * 60,
    ),
    inbound(
      10,
      1006,
      FIXED.emails.bob,
      'Bob Singh',
      'RE: Printer offline in reception [ID: 1001]',
      '<thread-001-reply-2@contoso-dental.example>',
      60,
      { inreplyto: M.printerReply, references: `${M.printerThread} ${M.printerReply}` },
    ),
    inbound(
      11,
      1007,
      FIXED.emails.pat,
      'Pat Jones',
      'Website contact form not working',
      '<CAF=pat-001@mail.gmail.example>',
      90,
    ),
  ];
}
