import { AppError } from '@halo-outlook/sdk';
import { aHaloTicket, aHaloUser } from './halo-record-builders';
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
