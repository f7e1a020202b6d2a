import type {
  HaloAction,
  HaloAgent,
  HaloClient,
  HaloEmailRule,
  HaloFieldInfo,
  HaloOutcome,
  HaloPriority,
  HaloSite,
  HaloStatus,
  HaloTeam,
  HaloTicket,
  HaloTicketType,
  HaloUser,
} from '@halo-outlook/sdk';

/** The Halo records a {@link RecordingHaloFacade} answers from. Every list defaults to empty. */
export interface HaloFixtures {
  /** The signed-in agent (`me()`). */
  readonly agent?: HaloAgent;
  /** Users (contacts). */
  readonly users?: readonly HaloUser[];
  /** Clients. */
  readonly clients?: readonly HaloClient[];
  /** Sites, with their e-mail domains. */
  readonly sites?: readonly HaloSite[];
  /** Tickets. */
  readonly tickets?: readonly HaloTicket[];
  /** Actions, with the message ids of the e-mails they hold. */
  readonly actions?: readonly HaloAction[];
  /** Reference data. */
  readonly ticketTypes?: readonly HaloTicketType[];
  /** Reference data. */
  readonly statuses?: readonly HaloStatus[];
  /** Reference data. */
  readonly outcomes?: readonly HaloOutcome[];
  /** Reference data. */
  readonly teams?: readonly HaloTeam[];
  /** Reference data. */
  readonly priorities?: readonly HaloPriority[];
  /** Reference data. */
  readonly fieldInfo?: readonly HaloFieldInfo[];
  /** Halo's e-mail rules (`emailRules()`), in any order: they are answered lowest sequence first. */
  readonly emailRules?: readonly HaloEmailRule[];
  /** Status ids that mean closed, for `listTickets({ openOnly: true })`. Default `[8, 9]`. */
  readonly closedStatusIds?: readonly number[];
}
