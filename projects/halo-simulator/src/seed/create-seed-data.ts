import type { HaloData } from '../store/halo-data.js';
import {
  fixedActions,
  fixedAgents,
  fixedClients,
  fixedSites,
  fixedTickets,
  fixedUsers,
} from './fixed-records.js';
import { seedEmailRules } from './email-rules.js';
import { DEFAULT_TENANT_SIZE, generateTenant, type TenantSize } from './generate-tenant.js';
import { Prng } from './prng.js';
import {
  seedFieldInfo,
  seedOutcomes,
  seedPriorities,
  seedStatuses,
  seedTeams,
  seedTicketTypes,
} from './reference-data.js';

/**
 * Builds the whole simulated tenant: reference data, the fixed well-known records, then the
 * seed-dependent generated records. Same seed, same data.
 */
export function createSeedData(seed: number, size: TenantSize = DEFAULT_TENANT_SIZE): HaloData {
  const data: HaloData = {
    seed,
    agents: fixedAgents(),
    teams: seedTeams(),
    clients: fixedClients(),
    sites: fixedSites(),
    users: fixedUsers(),
    tickets: fixedTickets(),
    actions: fixedActions(),
    attachments: [],
    statuses: seedStatuses(),
    ticketTypes: seedTicketTypes(),
    outcomes: seedOutcomes(),
    priorities: seedPriorities(),
    fieldInfo: seedFieldInfo(),
    emailRules: seedEmailRules(),
    nextIds: { ticket: 1008, action: 20, attachment: 1, user: 8 },
  };
  generateTenant(data, new Prng(seed), size);
  return data;
}
