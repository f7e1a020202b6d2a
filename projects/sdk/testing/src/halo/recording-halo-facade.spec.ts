import { AppError } from '@halo-outlook/sdk';
import { aHaloEmailRule, aHaloTicket, aHaloUser } from './halo-record-builders';
import { RecordingHaloFacade } from './recording-halo-facade';

describe('RecordingHaloFacade', () => {
  const alice = aHaloUser({ id: 1, email: 'Alice@Contoso.example', clientId: 1 });

  it('answers from its fixtures and records each call with its scope', async () => {
    const halo = new RecordingHaloFacade({ users: [alice] });
    const scoped = halo.access().read('email:1');
    expect(await scoped.usersByEmail('alice@contoso.example')).toEqual([alice]);
    expect(halo.calls).toEqual([
      {
        method: 'usersByEmail',
        args: ['alice@contoso.example'],
        scope: 'email:1',
        withSignal: false,
      },
    ]);
  });

  it('answers the e-mail rules lowest sequence first, and can refuse them as Halo does', async () => {
    const late = aHaloEmailRule({ id: 2, sequence: 20 });
    const early = aHaloEmailRule({ id: 1, sequence: 1, type: 3 });
    const halo = new RecordingHaloFacade({ emailRules: [late, early] });
    expect((await halo.emailRules()).map((r) => r.id)).toEqual([1, 2]);
    halo.failNext(
      'emailRules',
      new AppError({ kind: 'forbidden', message: 'No permission.', action: 'Ask.' }),
    );
    await expectAsync(halo.emailRules()).toBeRejectedWith(
      jasmine.objectContaining({ kind: 'forbidden' }),
    );
  });

  it('rejects a missing ticket as not found, as Halo does', async () => {
    const halo = new RecordingHaloFacade({ tickets: [aHaloTicket({ id: 1001 })] });
    await expectAsync(halo.getTicket(42)).toBeRejectedWith(jasmine.any(AppError));
    expect((await halo.getTicket(1001)).id).toBe(1001);
  });

  it('never answers when told to, until the signal aborts', async () => {
    const halo = new RecordingHaloFacade().neverAnswer();
    const controller = new AbortController();
    const call = halo.usersByEmail('x@y.example', { signal: controller.signal });
    controller.abort(new DOMException('stop', 'AbortError'));
    await expectAsync(call).toBeRejectedWithError(DOMException, 'stop');
  });

  it('keeps writes, and reports them partial when told to', async () => {
    const halo = new RecordingHaloFacade().warnOnWrites('Unable to save attachment');
    const result = await halo.createTicket({ summary: 'Printer offline' });
    expect(result.status).toBe('partial');
    expect(halo.allTickets().map((t) => t.summary)).toEqual(['Printer offline']);
  });
});
