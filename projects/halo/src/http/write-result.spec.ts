import { setUpHalo, settle } from '../testing/halo-test-setup.spec';

describe('Halo writes', () => {
  it('reads the created record from a single object, [obj] or {entity:[obj]}', async () => {
    const { http, facades } = setUpHalo();
    const writer = facades.write();
    for (const body of [
      { id: 9500, summary: 'New' },
      [{ id: 9500, summary: 'New' }],
      { tickets: [{ id: 9500, summary: 'New' }] },
    ]) {
      const result = writer.createTicket({ summary: 'New', clientId: 1 });
      await settle();
      const req = http.expectOne(() => true);
      expect(req.request.method).toBe('POST');
      expect(req.request.body).toEqual([{ summary: 'New', client_id: 1 }]);
      req.flush(body, { status: 201, statusText: 'Created' });
      const saved = await result;
      expect(saved.status).toBe('saved');
      expect(saved.value.id).toBe(9500);
    }
  });

  it('returns a _warning on a 2xx as a partial failure and records it', async () => {
    const { http, facades, log } = setUpHalo();
    const result = facades.write().createAction({
      ticketId: 1001,
      outcomeId: 21,
      attachments: [{ filename: 'a.pdf', contentType: 'application/pdf', content: 'JVBERi0=' }],
    });
    await settle();
    const req = http.expectOne(() => true);
    expect((req.request.body as { attachments: unknown }[])[0].attachments).toEqual([
      { filename: 'a.pdf', data_base64: 'data:application/pdf;base64,JVBERi0=' },
    ]);
    req.flush({
      id: 77,
      ticket_id: 1001,
      _warning: 'Unable to save attachment a.pdf',
      attachments: [{ id: 0, filename: 'a.pdf' }],
    });
    const outcome = await result;
    expect(outcome.status).toBe('partial');
    if (outcome.status !== 'partial') return;
    expect(outcome.value.id).toBe(77);
    expect(outcome.warning).toBe('Unable to save attachment a.pdf');
    expect(outcome.error.message).toContain('Halo saved the action but reported a problem');
    expect(outcome.value.attachments[0].stored).toBeFalse();
    expect(
      log.entries.some((e) => e.level === 'warn' && e.data?.['warning'] !== undefined),
    ).toBeTrue();
  });

  it('reports an uploaded attachment answered with id 0 as not stored', async () => {
    const { http, facades } = setUpHalo();
    const upload = facades.write().uploadAttachment({
      filename: 'mail.eml',
      contentType: 'message/rfc822',
      content: 'RnJvbTo=',
    });
    await settle();
    const req = http.expectOne(() => true);
    expect((req.request.body as { data_base64: string }[])[0].data_base64).toBe(
      'data:message/rfc822;base64,RnJvbTo=',
    );
    req.flush({ id: 0, filename: 'mail.eml' });
    const result = await upload;
    expect(result.status).toBe('partial');
    expect(result.value.stored).toBeFalse();
  });

  it('sends only the changed fields when assigning a ticket or changing its status', async () => {
    const { http, facades } = setUpHalo();
    const result = facades.write().updateTicket(1001, { agentId: 3, statusId: 2 });
    await settle();
    const req = http.expectOne(() => true);
    expect(req.request.body).toEqual([{ id: 1001, agent_id: 3, status_id: 2 }]);
    req.flush({ id: 1001, agent_id: 3, status_id: 2 }, { status: 201, statusText: 'Created' });
    expect((await result).value.agentId).toBe(3);
  });

  it('writes both spellings of the internet message id on an action', async () => {
    const { http, facades } = setUpHalo();
    const result = facades.write().createAction({
      ticketId: 1,
      outcomeId: 3,
      email: { internetMessageId: '<m1@x.example>' },
    });
    await settle();
    const req = http.expectOne(() => true);
    const sent = (req.request.body as Record<string, unknown>[])[0];
    expect(sent['internet_message_id']).toBe('<m1@x.example>');
    expect(sent['internetmessageid']).toBe('<m1@x.example>');
    req.flush({ id: 5, ticket_id: 1, internetmessageid: '<m1@x.example>' });
    expect((await result).value.internetMessageId).toBe('<m1@x.example>');
  });
});
