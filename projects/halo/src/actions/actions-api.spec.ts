import { setUpHalo, settle } from '../testing/halo-test-setup.spec';

describe('ActionsApi.findByMessageId', () => {
  it('uses the message-id filter where Halo honours it (one request)', async () => {
    const { http, facades } = setUpHalo();
    const found = facades.read().actionsByMessageId('thread-001@contoso.example', [1001]);
    await settle();
    const req = http.expectOne(() => true);
    expect(req.request.params.get('internetmessageid')).toBe('thread-001@contoso.example');
    req.flush({
      actions: [{ id: 1, ticket_id: 1001, internet_message_id: '<thread-001@contoso.example>' }],
    });
    expect((await found).map((a) => a.ticketId)).toEqual([1001]);
    http.verify();
  });

  it('falls back to the candidate tickets when Halo ignores the filter, and remembers it', async () => {
    const { http, facades } = setUpHalo();
    const halo = facades.read();
    const found = halo.actionsByMessageId('<m@x.example>', [1001, 1002]);
    await settle();
    http
      .expectOne(() => true)
      .flush({ actions: [{ id: 9, ticket_id: 5, internetmessageid: '<other@x>' }] });
    await settle();
    http
      .expectOne((r) => r.params.get('ticket_id') === '1001')
      .flush({
        actions: [{ id: 1, ticket_id: 1001, internetmessageid: '<m@x.example>' }],
      });
    http.expectOne((r) => r.params.get('ticket_id') === '1002').flush({ actions: [] });
    expect((await found).map((a) => a.id)).toEqual([1]);

    const again = halo.actionsByMessageId('<m@x.example>', [1002]);
    await settle();
    http.expectOne((r) => r.params.get('ticket_id') === '1002').flush({ actions: [] });
    expect(await again).toEqual([]);
    http.verify();
  });

  it('falls back when Halo refuses a lookup without ticket_id (400)', async () => {
    const { http, facades } = setUpHalo();
    const found = facades.read().actionsByMessageId('<m@x.example>', [7]);
    await settle();
    http
      .expectOne(() => true)
      .flush('ticket_id is required', { status: 400, statusText: 'Bad Request' });
    await settle();
    http
      .expectOne((r) => r.params.get('ticket_id') === '7')
      .flush({
        actions: [{ id: 3, ticket_id: 7, internet_message_id: 'm@x.example' }],
      });
    expect((await found).map((a) => a.id)).toEqual([3]);
  });
});
