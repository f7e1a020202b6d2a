import type {
  ActionRecord,
  AgentRecord,
  AttachmentRecord,
  ClientRecord,
  EmailRuleRecord,
  FieldInfoRecord,
  OutcomeRecord,
  PriorityRecord,
  SiteRecord,
  StatusRecord,
  TeamRecord,
  TicketRecord,
  TicketTypeRecord,
  UserRecord,
} from './records.js';

/** Kinds of record that get new ids on create. */
export type IdKind = 'ticket' | 'action' | 'attachment' | 'user';

/** The whole in-memory tenant: plain JSON-serialisable data (persisted as-is with `persistPath`). */
export interface HaloData {
  /** Seed the data was generated from. */
  seed: number;
  agents: AgentRecord[];
  teams: TeamRecord[];
  clients: ClientRecord[];
  sites: SiteRecord[];
  users: UserRecord[];
  tickets: TicketRecord[];
  actions: ActionRecord[];
  attachments: AttachmentRecord[];
  statuses: StatusRecord[];
  ticketTypes: TicketTypeRecord[];
  outcomes: OutcomeRecord[];
  priorities: PriorityRecord[];
  fieldInfo: FieldInfoRecord[];
  /** E-mail rules (the seeded ones, in data files persisted before the simulator had them). */
  emailRules: EmailRuleRecord[];
  /** Next id per kind. */
  nextIds: Record<IdKind, number>;
}
