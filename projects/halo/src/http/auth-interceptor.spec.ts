import { isAppError } from '@halo-outlook/core';
import { API, setUpHalo, settle } from '../testing/halo-test-setup.spec';

describe('haloAuthInterceptor', () => {
  it('sends the session token as a bearer token', async () => {
    const { http, facades } = setUpHalo();
    const ticket = facades.read().getTicket(1001);
    await settle();
    const req = http.expectOne((r) => r.url === `${API}/Tickets/1001`);
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    req.flush({ id: 1001, summary: 'Printer offline' });
    expect((await ticket).summary).toBe('Printer offline');
  });

  it('on 401 refreshes once and retries the request with the new token', async () => {
    const { http, facades, session } = setUpHalo();
    const ticket = facades.read().getTicket(1001);
    await settle();
    http.expectOne(`${API}/Tickets/1001?includedetails=true`).flush('expired', {
      status: 401,
      statusText: 'Unauthorized',
    });
    await settle();
    const retry = http.expectOne(`${API}/Tickets/1001?includedetails=true`);
    expect(retry.request.headers.get('Authorization')).toBe('Bearer token-2');
    retry.flush({ id: 1001, summary: 'Printer offline' });
    expect((await ticket).id).toBe(1001);
    expect(session.refreshes).toEqual(['token-1']);
  });

  it('passes a second 401 on as "sign in again" instead of looping', async () => {
    const { http, facades, session } = setUpHalo();
    const ticket = facades.read().getTicket(7);
    await settle();
    http.expectOne(() => true).flush('', { status: 401, statusText: 'Unauthorized' });
    await settle();
    http.expectOne(() => true).flush('', { status: 401, statusText: 'Unauthorized' });
    const error: unknown = await ticket.catch((e: unknown) => e);
    expect(isAppError(error) && error.kind).toBe('unauthorized');
    expect(isAppError(error) && error.action).toBe('Sign in to Halo again.');
    expect(session.refreshes.length).toBe(1);
    http.verify();
  });

  it('reports a refused refresh as unauthorized without retrying', async () => {
    const { http, facades, session } = setUpHalo();
    session.refuseRefresh = true;
    const ticket = facades.read().getTicket(7);
    await settle();
    http.expectOne(() => true).flush('', { status: 401, statusText: 'Unauthorized' });
    const error: unknown = await ticket.catch((e: unknown) => e);
    expect(isAppError(error) && error.kind).toBe('unauthorized');
    http.verify();
  });
});
