import { TestBed } from '@angular/core/testing';
import type { AppError } from '@halo-outlook/core';
import { connect, admin } from './simulator-session.spec';

describe('Halo client against the simulator: reads', () => {
  beforeEach(async () => {
    await admin('reset', 'POST');
  });

  it('reads the signed-in agent', async () => {
    const me = await connect().facades.read().me();
    expect([me.id, me.name]).toEqual([2, 'Alex Morgan']);
  });

  it('finds a sender by exact address, case-insensitively, and the users of a domain', async () => {
    const halo = connect().facades.read();
    const users = await halo.usersByEmail('Alice.Carter@contoso-dental.example');
    expect(users.map((u) => [u.id, u.clientId, u.siteId])).toEqual([[1, 1, 1]]);
    const domain = await halo.usersByEmailDomain('northwind.example');
    expect(domain.map((u) => u.id)).toEqual(jasmine.arrayContaining([4, 5]));
    expect(domain.every((u) => u.email?.endsWith('@northwind.example'))).toBeTrue();
    expect((await halo.usersByClient(1)).map((u) => u.id)).toEqual(jasmine.arrayContaining([1, 2]));
  });

  it('finds clients and sites by e-mail domain, search and id', async () => {
    const halo = connect().facades.read();
    const clients = await halo.clientsByEmailDomain('northwind.example');
    expect(clients.map((c) => c.id).sort()).toEqual([2, 3]);
    const sites = await halo.sitesByEmailDomain('contoso-dental.example');
    expect(sites.map((s) => s.id).sort()).toEqual([1, 2]);
    expect((await halo.searchClients('Contoso')).map((c) => c.name)).toContain('Contoso Dental');
    expect((await halo.getClient(1)).name).toBe('Contoso Dental');
    expect((await halo.sitesByClient(1)).map((s) => s.clientId)).toEqual([1, 1]);
  });

  it('lists open tickets with filters and paging, and gets one with its custom fields', async () => {
    const halo = connect().facades.read();
    const open = await halo.listTickets({ userId: 1, openOnly: true });
    expect(open.items.map((t) => t.id)).toEqual(jasmine.arrayContaining([1001, 1002]));
    expect(open.items.map((t) => t.id)).not.toContain(1003);
    const page = await halo.listTickets({ userId: 1, pageSize: 1, pageNo: 2 });
    expect(page.items.length).toBe(1);
    expect(page.total).toBeGreaterThanOrEqual(3);
    const ticket = await halo.getTicket(1001);
    expect(ticket.agentId).toBe(2);
    expect(ticket.customFields.find((f) => f.name === 'CFOutlookConversationId')?.value).toBe(
      'AAQkAGNvbnRvc28tdGhyZWFkLTAwMQ==',
    );
  });

  it("reads a ticket's actions and finds an e-mail's actions by its Message-ID", async () => {
    const halo = connect().facades.read();
    const actions = await halo.actionsByTicket(1001);
    expect(actions.items.map((a) => a.internetMessageId)).toContain(
      '<thread-001@contoso-dental.example>',
    );
    // The simulator's default refuses /Actions without ticket_id: the lookup falls back.
    const found = await halo.actionsByMessageId(
      '<thread-001@contoso-dental.example>',
      [1002, 1001],
    );
    expect(found.map((a) => a.ticketId)).toEqual([1001]);
  });

  it('reads the reference data: ticket types, statuses, outcomes, teams, priorities, fields', async () => {
    const halo = connect().facades.read();
    expect((await halo.ticketTypes()).map((t) => t.name)).toContain('Incident');
    expect((await halo.statuses()).map((s) => s.id)).toEqual(jasmine.arrayContaining([1, 2, 9]));
    expect((await halo.outcomes()).find((o) => o.id === 21)?.name).toBe('Logged from Outlook');
    expect((await halo.teams()).map((t) => t.name)).toContain('1st Line');
    expect((await halo.priorities()).every((p) => Number.isInteger(p.id))).toBeTrue();
    expect((await halo.fieldInfo(1)).map((f) => f.name)).toContain('CFOutlookConversationId');
  });

  it('reads the e-mail rules, and is refused them where the tenant forbids it', async () => {
    const rules = await connect().facades.read().emailRules();
    const reception = rules.find((r) => r.name === 'Reception PCs');
    expect(reception?.ticketTypeId).toBe(1);
    expect(reception?.fieldMappings).toEqual([
      { fieldName: 'assettag', startTag: 'Asset:', endTag: '' },
    ]);
    expect(rules.map((r) => r.sequence)).toEqual(
      [...rules.map((r) => r.sequence)].sort((a, b) => a - b),
    );

    TestBed.resetTestingModule();
    await admin('variants', 'PUT', { emailRuleAccess: 'forbidden' });
    const refused: unknown = await connect()
      .facades.read()
      .emailRules()
      .catch((e: unknown) => e);
    expect((refused as AppError).kind).toBe('forbidden');
  });
});
