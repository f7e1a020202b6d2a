import { isAppError } from '@halo-outlook/core';
import { setUpHalo, settle } from '../testing/halo-test-setup.spec';

describe('EmailRulesApi through the read facade', () => {
  it('asks for the rules once per session, lowest sequence first', async () => {
    const { http, facades } = setUpHalo();
    const halo = facades.read('email:1');
    const first = halo.emailRules();
    await settle();
    const req = http.expectOne((r) => r.url.endsWith('/EmailRule'));
    expect(req.request.method).toBe('GET');
    req.flush([
      { id: 3, name: 'Printers', seq: 20 },
      { id: 1, name: 'Security alert mailers', seq: 1, type: 3 },
    ]);
    expect((await first).map((r) => r.name)).toEqual(['Security alert mailers', 'Printers']);
    expect((await facades.read('email:2').emailRules()).length).toBe(2);
    http.verify();
  });

  it('rejects with a forbidden AppError when the tenant does not let the agent read them, and asks again later', async () => {
    const { http, facades } = setUpHalo();
    const halo = facades.read();
    const refused = halo.emailRules();
    await settle();
    http
      .expectOne((r) => r.url.endsWith('/EmailRule'))
      .flush('You do not have permission to access Email Rules.', {
        status: 403,
        statusText: 'Forbidden',
      });
    const error: unknown = await refused.catch((e: unknown) => e);
    expect(isAppError(error) && error.kind).toBe('forbidden');
    expect(isAppError(error) && error.message).toBe(
      'You do not have permission to access Email Rules.',
    );

    const again = halo.emailRules();
    await settle();
    http.expectOne((r) => r.url.endsWith('/EmailRule')).flush({ emailrules: [{ id: 1 }] });
    expect((await again).map((r) => r.id)).toEqual([1]);
  });
});
