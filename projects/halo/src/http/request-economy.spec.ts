import { TestBed } from '@angular/core/testing';
import { RequestLedger } from './request-ledger';
import { setUpHalo, settle } from '../testing/halo-test-setup.spec';

describe('Halo request economy', () => {
  it('sends identical GETs in flight once and answers every caller', async () => {
    const { http, facades } = setUpHalo();
    const halo = facades.read();
    const first = halo.listTickets({ clientId: 1, openOnly: true });
    const second = halo.listTickets({ clientId: 1, openOnly: true });
    await settle();
    const req = http.expectOne(() => true);
    expect(req.request.params.get('open_only')).toBe('true');
    req.flush({ record_count: 1, tickets: [{ id: 1001, summary: 'Printer' }] });
    expect((await first).items[0].id).toBe(1001);
    expect((await second).items[0].id).toBe(1001);
  });

  it('cancels the HTTP request when the caller aborts', async () => {
    const { http, facades } = setUpHalo();
    const controller = new AbortController();
    const tickets = facades.read().listTickets({ clientId: 1 }, { signal: controller.signal });
    await settle();
    const req = http.expectOne(() => true);
    controller.abort(new DOMException('Item changed', 'AbortError'));
    expect(req.cancelled).toBeTrue();
    await expectAsync(tickets).toBeRejectedWith(jasmine.objectContaining({ name: 'AbortError' }));
  });

  it('asks for reference data once per session', async () => {
    const { http, facades } = setUpHalo();
    const halo = facades.read();
    const first = halo.outcomes();
    await settle();
    http
      .expectOne(() => true)
      .flush({ record_count: 1, outcomes: [{ id: 21, outcome: 'Logged' }] });
    expect((await first)[0].name).toBe('Logged');
    expect((await halo.outcomes())[0].id).toBe(21);
    http.verify();
  });

  it('answers a known sender from cache at once and refreshes it when stale', async () => {
    const bed = setUpHalo();
    const halo = bed.facades.read();
    const first = halo.usersByEmail('Alice@Contoso.example');
    await settle();
    const req = bed.http.expectOne(() => true);
    expect(req.request.params.get('search')).toBe('alice@contoso.example');
    req.flush({
      record_count: 2,
      users: [
        { id: 1, name: 'Alice', emailaddress: 'alice@contoso.example' },
        { id: 2, name: 'Malice', emailaddress: 'malice@contoso.example' },
      ],
    });
    expect((await first).map((u) => u.name)).toEqual(['Alice']);

    bed.now = 60_000; // still fresh: no request
    expect((await halo.usersByEmail('alice@contoso.example')).map((u) => u.name)).toEqual([
      'Alice',
    ]);
    bed.http.verify();

    bed.now = 10 * 60_000; // stale: the cached answer at once, a refresh behind it
    expect((await halo.usersByEmail('alice@contoso.example')).map((u) => u.name)).toEqual([
      'Alice',
    ]);
    await settle();
    bed.http
      .expectOne(() => true)
      .flush({ users: [{ id: 1, name: 'Alice Carter', emailaddress: 'alice@contoso.example' }] });
    await settle();
    expect((await halo.usersByEmail('alice@contoso.example')).map((u) => u.name)).toEqual([
      'Alice Carter',
    ]);
    bed.http.verify();
  });

  it('counts the round trips of each scope in the ledger and the diagnostics', async () => {
    const { http, facades, log } = setUpHalo();
    const ledger = TestBed.inject(RequestLedger);
    const halo = facades.read('email:1');
    const work = Promise.all([halo.getTicket(1), halo.getTicket(2)]);
    await settle();
    for (const req of http.match(() => true)) req.flush({ id: 1 });
    await work;
    expect(ledger.count('email:1')).toBe(2);
    expect(ledger.count('email:2')).toBe(0);
    expect(ledger.entriesOf('email:1').map((e) => e.path)).toEqual(['/Tickets/1', '/Tickets/2']);
    expect(log.entries.filter((e) => e.data?.['scope'] === 'email:1').length).toBe(2);
  });
});
