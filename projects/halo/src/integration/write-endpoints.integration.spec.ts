import { connect, admin } from './simulator-session.spec';

const PDF = 'JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PD4+CmVuZG9iagp0cmFpbGVyCjw8Pj4KJSVFT0YK';

describe('Halo client against the simulator: writes', () => {
  beforeEach(async () => {
    await admin('reset', 'POST');
  });

  it('creates a ticket, assigns it and changes its status', async () => {
    const halo = connect().facades.write();
    const created = await halo.createTicket({
      summary: 'Scanner jammed',
      detailsHtml: '<p>From Outlook</p>',
      clientId: 1,
      siteId: 1,
      userId: 1,
      ticketTypeId: 1,
      customFields: [{ name: 'CFOutlookConversationId', value: 'conv-1' }],
    });
    expect(created.status).toBe('saved');
    const id = created.value.id;
    const updated = await halo.updateTicket(id, { agentId: 3, statusId: 2 });
    expect([updated.value.agentId, updated.value.statusId]).toEqual([3, 2]);
    const read = await halo.getTicket(id);
    expect([read.agentId, read.statusId, read.summary]).toEqual([3, 2, 'Scanner jammed']);
  });

  it('adds an action with an inline attachment and its message id', async () => {
    const halo = connect().facades.write();
    const result = await halo.createAction({
      ticketId: 1002,
      outcomeId: 21,
      noteHtml: '<p>Logged from Outlook</p>',
      timeTakenHours: 0.25,
      email: { internetMessageId: '<new-1@contoso-dental.example>', subject: 'Laptop' },
      attachments: [{ filename: 'quote.pdf', contentType: 'application/pdf', content: PDF }],
    });
    expect(result.status).toBe('saved');
    expect(result.value.attachments.every((a) => a.stored)).toBeTrue();
    const found = await halo.actionsByMessageId('new-1@contoso-dental.example', [1002]);
    expect(found.map((a) => a.id)).toEqual([result.value.id]);
  });

  it('uploads an attachment as a data URI and surfaces a _warning as not stored', async () => {
    const halo = connect().facades.write();
    const stored = await halo.uploadAttachment(
      { filename: 'a.pdf', contentType: 'application/pdf', content: PDF },
      { ticketId: 1001 },
    );
    expect(stored.status).toBe('saved');
    expect(stored.value.id).toBeGreaterThan(0);

    await admin('faults', 'POST', {
      method: 'POST',
      route: '/api/Attachment',
      status: 200,
      body: { id: 0, filename: 'b.pdf', _warning: 'Unable to save attachment b.pdf' },
    });
    const refused = await halo.uploadAttachment(
      { filename: 'b.pdf', contentType: 'application/pdf', content: PDF },
      { ticketId: 1001 },
    );
    expect(refused.status).toBe('partial');
    expect(refused.value.stored).toBeFalse();
  });

  it('creates a user, and the next fresh lookup finds it', async () => {
    const halo = connect().facades.write();
    expect(await halo.usersByEmail('new.person@contoso-dental.example')).toEqual([]);
    const created = await halo.createUser({
      name: 'New Person',
      email: 'new.person@contoso-dental.example',
      siteId: 1,
    });
    expect(created.status).toBe('saved');
    const found = await halo.usersByEmail('new.person@contoso-dental.example');
    expect(found.map((u) => u.id)).toEqual([created.value.id]);
  });
});
