import { parseListPage } from '../http/parse-all';
import { parseTicket } from './ticket';

describe('parseTicket', () => {
  it('reads a list row of the /Tickets envelope', () => {
    const page = parseListPage(
      {
        record_count: 57,
        tickets: [
          {
            id: 1001,
            summary: 'Printer offline',
            status_id: 2,
            status_name: 'In Progress',
            client_id: 1,
            site_id: 1.0,
            agent_id: 2,
            agent_name: 'Alex Morgan',
            dateoccurred: '2026-10-01T09:00:00.0000000Z',
            lastactiondate: '1899-12-30T00:00:00',
            customfields: [{ id: 165, name: 'CFimpact', value: 3, display: 'Single User' }],
          },
        ],
      },
      'tickets',
      parseTicket,
    );
    const ticket = page.items[0];
    expect(page.total).toBe(57);
    expect(ticket.siteId).toBe(1);
    expect(ticket.agentName).toBe('Alex Morgan');
    expect(ticket.lastActionDate).toBeNull(); // Halo's "unset" date
    expect(ticket.customFields[0]).toEqual({
      id: 165,
      name: 'CFimpact',
      label: null,
      value: 3,
      display: 'Single User',
    });
  });

  it('reads the assignment and priority variants: agentname, assignedagent_*, nested agent/priority', () => {
    expect(parseTicket({ id: 1, agentname: 'Blair' })?.agentName).toBe('Blair');
    expect(parseTicket({ id: 1, assignedagent_id: 3, assignedagent_name: 'Blair' })?.agentId).toBe(
      3,
    );
    const nested = parseTicket({
      id: 1,
      agent: { id: 4, name: 'Casey' },
      priority: { priorityid: 2 },
    });
    expect([nested?.agentId, nested?.agentName, nested?.priorityId]).toEqual([4, 'Casey', 2]);
  });

  it('tolerates missing optional fields and drops rows without an id', () => {
    const page = parseListPage([{ id: 5 }, { summary: 'no id' }, 'junk'], 'tickets', parseTicket);
    expect(page.items.length).toBe(1);
    expect(page.items[0].summary).toBe('Ticket 5');
    expect(page.items[0].customFields).toEqual([]);
    expect(page.items[0].agentId).toBeNull();
  });
});
