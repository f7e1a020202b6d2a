import type { HaloData } from '../store/halo-data.js';
import type {
  ActionRecord,
  ClientRecord,
  SiteRecord,
  TicketRecord,
  UserRecord,
} from '../store/records.js';
import { FIXED, PUBLIC_DOMAINS, SUPPORT_MAILBOX } from './fixed-records.js';
import { CLIENT_NAMES, FIRST_NAMES, SITE_NAMES, SURNAMES, TICKET_SUMMARIES } from './name-pools.js';
import type { Prng } from './prng.js';
import { buildAction, buildTicket } from './record-builders.js';
import { FIELD_IDS } from './reference-data.js';
import { seedDate } from './seed-clock.js';

/** How much generated data to add after the fixed records. */
export interface TenantSize {
  clients: number;
  users: number;
  tickets: number;
}

/** Default size: ~40 clients, ~60 sites, ~300 users, ~400 tickets. */
export const DEFAULT_TENANT_SIZE: TenantSize = { clients: 35, users: 293, tickets: 393 };

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Adds seed-dependent clients, sites, users, tickets and actions to `data` (which already holds the
 * fixed records and reference data). Deterministic for a given `prng` state.
 */
export function generateTenant(
  data: HaloData,
  prng: Prng,
  size: TenantSize = DEFAULT_TENANT_SIZE,
): void {
  let siteId = FIXED.firstGenerated.site;
  const names = [...CLIENT_NAMES];
  for (let i = 0; i < size.clients; i++) {
    const id = FIXED.firstGenerated.client + i;
    const base = names[i % names.length] ?? 'Customer';
    const name = i < names.length ? base : `${base} ${Math.floor(i / names.length) + 1}`;
    const domain = `${slug(name)}.example`;
    const client: ClientRecord = {
      id,
      name,
      inactive: prng.chance(0.06),
      toplevel_id: 1,
      toplevel_name: 'Managed Customers',
      website: `https://www.${domain}`,
      domain: '',
      phonenumber: `+44 161 496 0${String(100 + id).slice(-3)}`,
      main_site_id: siteId,
    };
    data.clients.push(client);
    const siteCount = prng.chance(0.5) ? 2 : 1;
    for (let s = 0; s < siteCount; s++) {
      const site: SiteRecord = {
        id: siteId++,
        name: s === 0 ? 'Main Office' : prng.pick(SITE_NAMES),
        client_id: id,
        inactive: false,
        emaildomain: domain,
        todomain: '',
        phonenumber: `+44 161 496 1${String(siteId).padStart(3, '0').slice(-3)}`,
        timezone: 'GMT Standard Time',
      };
      data.sites.push(site);
    }
  }

  const publicSite = FIXED.sites.publicDomainSenders;
  const usedEmails = new Set(data.users.map((u) => u.emailaddress));
  for (let i = 0; i < size.users; i++) {
    const id = FIXED.firstGenerated.user + i;
    const firstname = prng.pick(FIRST_NAMES);
    const surname = prng.pick(SURNAMES);
    const isPublic = prng.chance(0.06);
    const site = isPublic
      ? data.sites.find((s) => s.id === publicSite)
      : prng.pick(data.sites.filter((s) => s.client_id >= FIXED.firstGenerated.client));
    if (!site) continue;
    const domain = isPublic ? prng.pick(PUBLIC_DOMAINS) : site.emaildomain;
    let local = `${firstname}.${surname}`.toLowerCase();
    if (usedEmails.has(`${local}@${domain}`)) local = `${local}${id}`;
    usedEmails.add(`${local}@${domain}`);
    const user: UserRecord = {
      id,
      name: `${firstname} ${surname}`,
      firstname,
      surname,
      emailaddress: `${local}@${domain}`,
      client_id: site.client_id,
      site_id: site.id,
      inactive: prng.chance(0.05),
      phonenumber: `+44 161 496 2${String(id).padStart(3, '0').slice(-3)}`,
      mobilenumber: prng.chance(0.5) ? `+44 7700 900${String(id).padStart(3, '0').slice(-3)}` : '',
      jobtitle: prng.pick([
        'Practice Manager',
        'Office Manager',
        'Partner',
        'Receptionist',
        'Director',
        'Accounts',
        'Operations Lead',
        '',
      ]),
      linked_agent_id: 0,
    };
    data.users.push(user);
  }

  const activeUsers = data.users.filter((u) => !u.inactive && u.id >= FIXED.firstGenerated.user);
  const agents = data.agents.filter((a) => a.login !== null);
  let actionId = FIXED.firstGenerated.action;
  for (let i = 0; i < size.tickets; i++) {
    const id = FIXED.firstGenerated.ticket + i;
    const user = prng.pick(activeUsers);
    const tickettype = prng.pick([1, 1, 1, 2, 2, 3, 4]);
    const summary = prng.pick(TICKET_SUMMARIES[tickettype] ?? ['General enquiry']);
    const status = prng.pick([1, 1, 2, 2, 3, 4, 5, 8, 9, 9, 9, 9]);
    const agent = status === 1 && prng.chance(0.5) ? undefined : prng.pick(agents);
    const minutesAgo = prng.int(30, 120 * 24 * 60);
    const domain = user.emailaddress.split('@')[1] ?? 'example.com';
    const threadId = `<${prng.hex(12)}@${domain}>`;
    const ticket: TicketRecord = buildTicket({
      id,
      summary,
      tickettype_id: tickettype,
      status_id: status,
      client_id: user.client_id,
      site_id: user.site_id,
      user_id: user.id,
      agent_id: agent?.id ?? 1,
      team: agent?.team ?? '1st Line',
      priority_id: prng.int(1, 4),
      dateoccurred: seedDate(minutesAgo),
      lastincomingemail: seedDate(minutesAgo),
      internet_message_id: threadId,
      emailtolist: SUPPORT_MAILBOX,
      customfields: [{ id: FIELD_IDS.impact, value: prng.int(1, 3) }],
    });
    const actions: ActionRecord[] = [
      buildAction({
        id: actionId++,
        ticket_id: id,
        outcome_id: 3,
        datetime: ticket.dateoccurred,
        who: user.name,
        emailfrom: user.emailaddress,
        emailto: SUPPORT_MAILBOX,
        emailsubject: summary,
        emaildirection: 1,
        internet_message_id: threadId,
        note: `${summary}. Please can someone help?`,
      }),
    ];
    const followUps = prng.int(0, 3);
    let previous = threadId;
    let at = minutesAgo;
    for (let f = 0; f < followUps && at > 20; f++) {
      at = Math.max(1, at - prng.int(10, 2 * 24 * 60));
      const byAgent = f % 2 === 0;
      const actor = agent ?? prng.pick(agents);
      if (byAgent && prng.chance(0.4)) {
        actions.push(
          buildAction({
            id: actionId++,
            ticket_id: id,
            outcome_id: prng.pick([1, 4, 5]),
            datetime: seedDate(at),
            who: actor.name,
            who_agentid: actor.id,
            hiddenfromuser: true,
            note: 'Investigated remotely; update to follow.',
            timetaken: prng.pick([0.25, 0.5, 1]),
          }),
        );
        continue;
      }
      const messageId = byAgent
        ? `<halo-${id}-${actionId}@msp.example>`
        : `<${prng.hex(12)}@${domain}>`;
      actions.push(
        buildAction({
          id: actionId++,
          ticket_id: id,
          outcome_id: byAgent ? 2 : 3,
          datetime: seedDate(at),
          who: byAgent ? actor.name : user.name,
          who_agentid: byAgent ? actor.id : 0,
          emailfrom: byAgent ? SUPPORT_MAILBOX : user.emailaddress,
          emailto: byAgent ? user.emailaddress : SUPPORT_MAILBOX,
          emailsubject: `RE: ${summary} [ID: ${id}]`,
          emaildirection: byAgent ? 2 : 1,
          internet_message_id: messageId,
          inreplyto: previous,
          references: `${threadId}${previous === threadId ? '' : ` ${previous}`}`,
          note: byAgent ? 'Thanks, we are looking into this.' : 'Any update on this please?',
          timetaken: byAgent ? 0.25 : 0,
        }),
      );
      previous = messageId;
    }
    ticket.lastactiondate = actions[actions.length - 1]?.datetime ?? ticket.dateoccurred;
    ticket.last_update = ticket.lastactiondate;
    ticket.timetaken = actions.reduce((sum, a) => sum + a.timetaken, 0);
    data.tickets.push(ticket);
    data.actions.push(...actions);
  }
  data.nextIds = {
    ticket: FIXED.firstGenerated.ticket + size.tickets,
    action: actionId,
    attachment: 1,
    user: FIXED.firstGenerated.user + size.users,
  };
}
