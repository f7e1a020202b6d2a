import type {
  FieldInfoRecord,
  OutcomeRecord,
  PriorityRecord,
  StatusRecord,
  TeamRecord,
  TicketTypeRecord,
} from '../store/records.js';

/** Teams of the simulated MSP ("Field Services" is inactive). */
export function seedTeams(): TeamRecord[] {
  const team = (
    id: number,
    name: string,
    inactive = false,
    use: TeamRecord['use'] = 'reqs',
  ): TeamRecord => ({
    id,
    guid: `00000000-0000-4000-8000-0000000000${String(id).padStart(2, '0')}`,
    name,
    department_id: 1,
    inactive,
    use,
  });
  return [
    team(1, '1st Line'),
    team(2, '2nd Line'),
    team(3, 'Projects', false, 'prjs'),
    team(4, 'Field Services', true),
    team(5, 'Sales', false, 'opps'),
  ];
}

/** Ticket statuses; ids follow Halo's common defaults (1 New, 2 In Progress, 3 Action Required, 9 Closed). */
export function seedStatuses(): StatusRecord[] {
  const status = (
    id: number,
    name: string,
    type: number,
    colour: string,
    closed = false,
  ): StatusRecord => ({
    id,
    guid: `00000000-0000-4000-9000-0000000000${String(id).padStart(2, '0')}`,
    name,
    shortname: name.slice(0, 3).toUpperCase(),
    type,
    sequence: id,
    colour,
    slaaction: closed ? 'stop' : type === 2 ? 'hold' : 'continue',
    closed,
  });
  return [
    status(1, 'New', 0, '#2196f3'),
    status(2, 'In Progress', 0, '#ff9800'),
    status(3, 'Action Required', 0, '#f44336'),
    status(4, 'With Customer', 2, '#9c27b0'),
    status(5, 'On Hold', 2, '#607d8b'),
    status(8, 'Cancelled', 1, '#9e9e9e', true),
    status(9, 'Closed', 1, '#4caf50', true),
  ];
}

/** Ticket types; all carry the default e-mail subject tags `[ID:` and `]`. */
export function seedTicketTypes(): TicketTypeRecord[] {
  const type = (
    id: number,
    name: string,
    use: TicketTypeRecord['use'] = 'tickets',
    inactive = false,
  ): TicketTypeRecord => ({
    id,
    name,
    use,
    inactive,
    visible: !inactive,
    agentscanselect: !inactive,
    default_status: 1,
    default_priority: 3,
    email_start_tag: '[ID:',
    email_end_tag: ']',
  });
  return [
    type(1, 'Incident'),
    type(2, 'Service Request'),
    type(3, 'Problem'),
    type(4, 'Change Request'),
    type(5, 'Legacy Request', 'tickets', true),
    type(6, 'Opportunity', 'opps'),
    type(7, 'Project', 'projects'),
  ];
}

/**
 * Outcomes as this tenant named them: note "Inbound E-mail" where many tenants say "Email Received",
 * and the tenant's own "Logged from Outlook". Id 30 is hidden.
 */
export function seedOutcomes(): OutcomeRecord[] {
  const outcome = (
    id: number,
    name: string,
    extra: Partial<OutcomeRecord> = {},
  ): OutcomeRecord => ({
    id,
    outcome: name,
    buttonname: name,
    hidden: false,
    systemid: 0,
    newstatus: 0,
    hidefromuser: false,
    sendemail: false,
    defaultagent: 0,
    usetimer: false,
    logtimeunits: 1,
    ...extra,
  });
  return [
    outcome(1, 'Private Note', { hidefromuser: true }),
    outcome(2, 'Email User', { sendemail: true }),
    outcome(3, 'Inbound E-mail', { systemid: 3 }),
    outcome(4, 'Phone Call', { usetimer: true }),
    outcome(5, 'Remote Session', { usetimer: true }),
    outcome(6, 'Status Change', { systemid: 1, hidefromuser: true }),
    outcome(7, 'Resolved', { newstatus: 9, sendemail: true }),
    outcome(21, 'Logged from Outlook', { hidefromuser: true }),
    outcome(30, 'Fax Received (retired)', { hidden: true }),
  ];
}

/** Priorities: `id` is a GUID; tickets reference `priorityid`. */
export function seedPriorities(): PriorityRecord[] {
  const priority = (
    priorityid: number,
    name: string,
    colour: string,
    responsetime: number,
    fixtime: number,
  ): PriorityRecord => ({
    id: `7f0c2a10-0000-4000-b000-00000000000${priorityid}`,
    priorityid,
    name,
    slaid: 1,
    colour,
    responsetime,
    fixtime,
  });
  return [
    priority(1, 'P1 - Critical', '#d32f2f', 0.5, 4),
    priority(2, 'P2 - High', '#f57c00', 1, 8),
    priority(3, 'P3 - Normal', '#1976d2', 4, 24),
    priority(4, 'P4 - Low', '#388e3c', 8, 72),
  ];
}

/** Custom-field ids used by the seed and the add-in. */
export const FIELD_IDS = {
  impact: 165,
  outlookConversationId: 201,
  outlookInternetMessageId: 202,
  contractReference: 301,
} as const;

/** Custom-field definitions (`/api/FieldInfo`). */
export function seedFieldInfo(): FieldInfoRecord[] {
  return [
    {
      id: FIELD_IDS.impact,
      name: 'CFimpact',
      label: 'Impact',
      type: 2,
      typeid: 1,
      inputtype: 0,
      usage: 1,
      searchable: false,
      values: [
        { id: 1, name: 'Whole Company Affected' },
        { id: 2, name: 'Department Affected' },
        { id: 3, name: 'Single User Affected' },
      ],
    },
    {
      id: FIELD_IDS.outlookConversationId,
      name: 'CFOutlookConversationId',
      label: 'Outlook Conversation Id',
      type: 0,
      typeid: 1,
      inputtype: 0,
      usage: 1,
      searchable: true,
      values: [],
    },
    {
      id: FIELD_IDS.outlookInternetMessageId,
      name: 'CFOutlookInternetMessageId',
      label: 'Outlook Internet Message Id',
      type: 0,
      typeid: 1,
      inputtype: 0,
      usage: 1,
      searchable: true,
      values: [],
    },
    {
      id: FIELD_IDS.contractReference,
      name: 'CFContractRef',
      label: 'Contract Reference',
      type: 0,
      typeid: 2,
      inputtype: 0,
      usage: 1,
      searchable: false,
      values: [],
    },
  ];
}
