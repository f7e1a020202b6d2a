import { isAppError } from '@halo-outlook/core';
import { HALO_CORS_SETTING } from './classify-http-error';
import { setUpHalo, settle } from '../testing/halo-test-setup.spec';

describe('haloErrorInterceptor', () => {
  it('classifies a failed preflight as CORS, naming the origin and where to add it', async () => {
    const { http, facades, log } = setUpHalo();
    const users = facades.read().usersByEmail('alice@contoso.example');
    await settle();
    http.expectOne(() => true).error(new ProgressEvent('error'), { status: 0, statusText: '' });
    const error: unknown = await users.catch((e: unknown) => e);
    expect(isAppError(error) && error.kind).toBe('cors');
    const action = isAppError(error) ? error.action : '';
    expect(action).toContain('add https://addin.example.com to the CORS list');
    expect(action).toContain(HALO_CORS_SETTING);
    expect(log.entries.some((e) => e.level === 'error' && e.message.includes('cors'))).toBeTrue();
  });

  it('classifies status 0 while the browser is offline as offline', async () => {
    const bed = setUpHalo();
    bed.online = false;
    const users = bed.facades.read().usersByEmail('alice@contoso.example');
    await settle();
    bed.http.expectOne(() => true).error(new ProgressEvent('error'), { status: 0 });
    const error: unknown = await users.catch((e: unknown) => e);
    expect(isAppError(error) && error.kind).toBe('offline');
    expect(isAppError(error) && error.retryable).toBeTrue();
  });

  it('says Halo could not be reached, not CORS, when its server does not answer at all', async () => {
    const bed = setUpHalo();
    bed.reachable = false;
    const users = bed.facades.read().usersByEmail('alice@contoso.example');
    await settle();
    bed.http.expectOne(() => true).error(new ProgressEvent('error'), { status: 0 });
    const error: unknown = await users.catch((e: unknown) => e);
    expect(isAppError(error) && error.kind).toBe('offline');
    expect(isAppError(error) && error.message).toContain('could not be reached');
    expect(isAppError(error) && error.action).not.toContain('CORS');
  });

  it("keeps Halo's own words for a 400 (plain text or .NET JSON)", async () => {
    const { http, facades } = setUpHalo();
    const writer = facades.write();
    const first = writer.createUser({ name: 'Zed', siteId: 999 });
    await settle();
    http.expectOne(() => true).flush('Site 999 does not exist', { status: 400, statusText: 'Bad' });
    const error: unknown = await first.catch((e: unknown) => e);
    expect(isAppError(error) && error.kind).toBe('invalid-input');
    expect(isAppError(error) && error.message).toBe('Site 999 does not exist');

    const second = writer.getTicket(5);
    await settle();
    http
      .expectOne(() => true)
      .flush(
        { ClassName: 'HaloException', Message: 'Ticket 5 not found' },
        { status: 404, statusText: 'Not Found' },
      );
    const missing: unknown = await second.catch((e: unknown) => e);
    expect(isAppError(missing) && missing.kind).toBe('not-found');
    expect(isAppError(missing) && missing.message).toBe('Ticket 5 not found');
  });

  it('says what to do when the Halo address is not set up', async () => {
    const { facades, session } = setUpHalo();
    session.url = null;
    const error: unknown = await facades
      .read()
      .getTicket(1)
      .catch((e: unknown) => e);
    expect(isAppError(error) && error.action).toContain('Settings');
  });
});
