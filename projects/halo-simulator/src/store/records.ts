/**
 * The simulator's stored records. Field names follow Halo's JSON where a record is returned as-is;
 * views in each feature folder shape them into Halo's list rows and single objects.
 */

/** An agent (Halo *Uname*). `login`/`password` exist only in the simulator, for the login page. */
export interface AgentRecord {
  id: number;
  name: string;
  firstname: string;
  surname: string;
  email: string;
  initials: string;
  jobtitle: string;
  /** Primary team name. */
  team: string;
  team_ids: number[];
  isdisabled: boolean;
  /** Simulator only: login name on /auth/authorize (null: cannot sign in, e.g. "Unassigned"). */
  login: string | null;
  /** Simulator only: plain password for the login page. */
  password: string | null;
}

/** A team (Halo *SectionDetail*). */
export interface TeamRecord {
  id: number;
  guid: string;
  name: string;
  department_id: number;
  inactive: boolean;
  use: 'reqs' | 'opps' | 'prjs';
}

/** A client / customer (Halo *Area*). */
export interface ClientRecord {
  id: number;
  name: string;
  inactive: boolean;
  toplevel_id: number;
  toplevel_name: string;
  website: string;
  /** Halo's `Area.domain` (purpose unclear in real Halo; not an e-mail-domain filter). */
  domain: string;
  phonenumber: string;
  main_site_id: number;
}

/** A site of a client. `emaildomain`/`todomain` are what Halo's mail intake uses. */
export interface SiteRecord {
  id: number;
  name: string;
  client_id: number;
  inactive: boolean;
  emaildomain: string;
  todomain: string;
  phonenumber: string;
  timezone: string;
}

/** A user / contact of a client. */
export interface UserRecord {
  id: number;
  name: string;
  firstname: string;
  surname: string;
  emailaddress: string;
  client_id: number;
  site_id: number;
  inactive: boolean;
  phonenumber: string;
  mobilenumber: string;
  jobtitle: string;
  linked_agent_id: number;
}

/** One stored custom-field value (definition in {@link FieldInfoRecord}). */
export interface CustomFieldValue {
  id: number;
  value: string | number | null;
}

/** A ticket (Halo *Faults*). */
export interface TicketRecord {
  id: number;
  summary: string;
  details: string;
  details_html: string;
  tickettype_id: number;
  status_id: number;
  client_id: number;
  site_id: number;
  user_id: number;
  /** Sender name/e-mail when no user record matched (`users_name`/`user_email` on create). */
  user_name_override: string;
  user_email_override: string;
  agent_id: number;
  team: string;
  priority_id: number;
  sla_id: number;
  category_1: string;
  dateoccurred: string;
  lastactiondate: string;
  last_update: string;
  lastincomingemail: string | null;
  onhold: boolean;
  flagged: boolean;
  read: boolean;
  emailtolist: string;
  emailcclist: string;
  timetaken: number;
  customfields: CustomFieldValue[];
  mailentryid: string;
  email_message_id: string;
  internet_message_id: string;
}

/** An action on a ticket (note, e-mail, time entry). */
export interface ActionRecord {
  id: number;
  ticket_id: number;
  outcome_id: number;
  who_agentid: number;
  /** Display name of who made the action (agent or user). */
  who: string;
  datetime: string;
  note: string;
  note_html: string;
  hiddenfromuser: boolean;
  timetaken: number;
  new_status: number;
  emailfrom: string;
  emailto: string;
  emailcc: string;
  emailbcc: string;
  emailsubject: string;
  /** 0 none, 1 inbound, 2 outbound (simulator convention). */
  emaildirection: number;
  internet_message_id: string;
  inreplyto: string;
  references: string;
  email_message_id: string;
  mailentryid: string;
  important: boolean;
  /** System actions (status changes etc.). */
  is_system: boolean;
}

/** A stored attachment; `data` is the base64 payload without the data-URI prefix. */
export interface AttachmentRecord {
  id: number;
  filename: string;
  content_type: string;
  filesize: number;
  desc: string;
  isimage: boolean;
  ticket_id: number;
  action_id: number;
  agent_id: number;
  guid: string;
  datecreated: string;
  data: string;
}

/** A ticket status. `closed` is simulator-internal (drives open_only/closed_only). */
export interface StatusRecord {
  id: number;
  guid: string;
  name: string;
  shortname: string;
  type: number;
  sequence: number;
  colour: string;
  slaaction: string;
  closed: boolean;
}

/** A ticket type (Halo "request type"). */
export interface TicketTypeRecord {
  id: number;
  name: string;
  use: 'tickets' | 'opps' | 'projects';
  inactive: boolean;
  visible: boolean;
  agentscanselect: boolean;
  default_status: number;
  default_priority: number;
  email_start_tag: string;
  email_end_tag: string;
}

/** An action outcome (Halo *TOutcome*); names are tenant-specific. */
export interface OutcomeRecord {
  id: number;
  outcome: string;
  buttonname: string;
  hidden: boolean;
  systemid: number;
  newstatus: number;
  hidefromuser: boolean;
  sendemail: boolean;
  defaultagent: number;
  usetimer: boolean;
  logtimeunits: number;
}

/** A priority (Halo *Policy*): `id` is a GUID, `priorityid` is what tickets reference. */
export interface PriorityRecord {
  id: string;
  priorityid: number;
  name: string;
  slaid: number;
  colour: string;
  responsetime: number;
  fixtime: number;
}

/** A custom-field definition (`/api/FieldInfo`). */
export interface FieldInfoRecord {
  id: number;
  name: string;
  label: string;
  /** 0 text, 1 memo, 2 single select, 3 date (simulator convention). */
  type: number;
  /** 1 tickets, 2 clients, 3 sites, 5 assets. */
  typeid: number;
  inputtype: number;
  usage: number;
  searchable: boolean;
  values: { id: number; name: string }[];
}

/** A field mapping of an e-mail rule: the text between two tags in the body fills a field. */
export interface EmailRuleMappingRecord {
  fieldname: string;
  starttag: string;
  /** Empty: to the end of the line. */
  endtag: string;
}

/**
 * An e-mail rule (`/api/EmailRule`): which inbound e-mails it catches and what Halo does with them.
 * `type` is a code Halo does not document; the simulator's are in `EMAIL_RULE_TYPES`.
 */
export interface EmailRuleRecord {
  id: number;
  name: string;
  type: number;
  enabled: boolean;
  /** Lower runs first. */
  seq: number;
  /** Sender condition (an address, or a part of one). */
  fromaddr: string;
  /** Recipient condition (the mailbox address, or a part of one). */
  toaddr: string;
  /** Text the subject contains. */
  subject: string;
  /** Text the body contains. */
  body: string;
  /** Ticket type of new tickets (0: none). */
  requesttype: number;
  /** Text that closes the ticket. */
  closestring: string;
  /** At most six, as Halo's rule has six tag slots. */
  mappings: EmailRuleMappingRecord[];
}
