import type { HaloFixtures } from '@halo-outlook/sdk/testing';
import { aHaloAction, aHaloSite, aHaloTicket, aHaloUser } from '@halo-outlook/sdk/testing';

/**
 * The simulator's well-known records, as the matchers' specs use them: Contoso Dental (client 1,
 * contoso-dental.example, contact Alice Carter), Northwind Legal (2) and Northwind Logistics (3)
 * sharing northwind.example, the public-domain senders (4), and ticket 1001 with the action holding
 * `<thread-001@contoso-dental.example>`.
 */
export const FIXED_TENANT: HaloFixtures = {
  users: [
    aHaloUser({
      id: 1,
      name: 'Alice Carter',
      email: 'alice.carter@contoso-dental.example',
      clientId: 1,
      clientName: 'Contoso Dental',
      siteId: 1,
      siteName: 'Contoso Main',
    }),
    aHaloUser({
      id: 2,
      name: 'Bob Singh',
      email: 'bob.singh@contoso-dental.example',
      clientId: 1,
      clientName: 'Contoso Dental',
      siteId: 2,
      siteName: 'Contoso Harbour',
    }),
    aHaloUser({
      id: 4,
      name: 'Nora Fields',
      email: 'nora.fields@northwind.example',
      clientId: 2,
      clientName: 'Northwind Legal',
      siteId: 3,
    }),
    aHaloUser({
      id: 5,
      name: 'Liam Ortiz',
      email: 'liam.ortiz@northwind.example',
      clientId: 3,
      clientName: 'Northwind Logistics',
      siteId: 4,
    }),
    aHaloUser({
      id: 6,
      name: 'Pat Jones',
      email: 'pat.jones@gmail.example',
      clientId: 4,
      clientName: 'Public Domain Senders',
      siteId: 5,
    }),
  ],
  sites: [
    aHaloSite({
      id: 1,
      name: 'Contoso Main',
      clientId: 1,
      clientName: 'Contoso Dental',
      emailDomain: 'contoso-dental.example',
    }),
    aHaloSite({
      id: 3,
      name: 'Northwind Legal HQ',
      clientId: 2,
      clientName: 'Northwind Legal',
      emailDomain: 'northwind.example',
    }),
    aHaloSite({
      id: 4,
      name: 'Northwind Logistics DC',
      clientId: 3,
      clientName: 'Northwind Logistics',
      emailDomain: 'northwind.example',
    }),
  ],
  tickets: [
    aHaloTicket({ id: 1001, summary: 'Printer offline', clientId: 1, userId: 1 }),
    aHaloTicket({ id: 1002, summary: 'New laptop', clientId: 1, userId: 2 }),
    aHaloTicket({
      id: 1003,
      summary: 'Bounces',
      clientId: 1,
      userId: 1,
      statusId: 9,
      statusName: 'Closed',
    }),
    aHaloTicket({ id: 1004, summary: 'DMS slow', clientId: 2, userId: 4 }),
  ],
  actions: [
    aHaloAction({
      id: 1,
      ticketId: 1001,
      internetMessageId: '<thread-001@contoso-dental.example>',
    }),
    aHaloAction({ id: 2, ticketId: 1001, internetMessageId: '<halo-1001-2@msp.example>' }),
    aHaloAction({ id: 3, ticketId: 1004, internetMessageId: '<thread-004@northwind.example>' }),
  ],
};
