import { AppError } from '@halo-outlook/sdk';
import {
  aHaloEmailRule,
  aMailSnapshot,
  aMatchContext,
  RecordingHaloFacade,
  RecordingPluginLogger,
} from '@halo-outlook/sdk/testing';
import { EmailRule } from '../rules/email-rule';
import { haloEmailRules } from './halo-email-rules';

describe('haloEmailRules', () => {
  const configured: EmailRule[] = [
    {
      id: 'cfg',
      name: 'Configured',
      type: 'ticket',
      enabled: true,
      sequence: 1,
      fieldMappings: [],
    },
  ];
  const forbidden = () =>
    new AppError({
      kind: 'forbidden',
      message: 'You do not have permission to access Email Rules.',
      action: 'Ask your Halo administrator.',
    });

  function contextWith(halo: RecordingHaloFacade, log = new RecordingPluginLogger()) {
    return aMatchContext(aMailSnapshot(), { halo, log });
  }

  it("reads Halo's rules through the facade, with the type codes that mean ignore", async () => {
    const halo = new RecordingHaloFacade({
      emailRules: [aHaloEmailRule({ id: 1, name: 'Alert mailers', type: 3 })],
    });
    const rules = await haloEmailRules({
      reading: () => ({ ignoreTypes: [3] }),
      configured: () => configured,
    })(contextWith(halo));
    expect(rules.map((r) => [r.name, r.type])).toEqual([['Alert mailers', 'ignore']]);
    expect(halo.callsTo('emailRules')[0].withSignal).toBeTrue();
  });

  it('uses the configured rules where Halo refuses, and does not ask again for a while', async () => {
    let now = 0;
    const halo = new RecordingHaloFacade().failWith(forbidden());
    const log = new RecordingPluginLogger();
    const rules = haloEmailRules({
      configured: () => configured,
      askAgainAfterMs: 60_000,
      now: () => now,
    });
    expect(await rules(contextWith(halo, log))).toEqual(configured);
    expect(await rules(contextWith(halo, log))).toEqual(configured);
    expect(halo.callsTo('emailRules').length).toBe(1);
    expect(log.entries.map((e) => e.level)).toEqual(['info']);
    expect(log.entries[0].message).toContain('1 configured rule(s) apply instead');

    now = 60_000;
    halo.answerNormally();
    expect(await rules(contextWith(halo, log))).toEqual([]);
    expect(halo.callsTo('emailRules').length).toBe(2);
  });

  it('uses the configured rules only, without asking Halo, when reading Halo is off', async () => {
    const halo = new RecordingHaloFacade({ emailRules: [aHaloEmailRule()] });
    const rules = haloEmailRules({ readHalo: () => false, configured: () => configured });
    expect(await rules(contextWith(halo))).toEqual(configured);
    expect(halo.calls).toEqual([]);
  });

  it('falls back to the configured rules when Halo cannot answer, and passes the failure on when there are none', async () => {
    const offline = new AppError({ kind: 'offline', message: 'Offline.', action: 'Reconnect.' });
    const halo = new RecordingHaloFacade().failWith(offline);
    const log = new RecordingPluginLogger();
    expect(await haloEmailRules({ configured: () => configured })(contextWith(halo, log))).toEqual(
      configured,
    );
    expect(log.entries[0].level).toBe('warn');
    await expectAsync(haloEmailRules()(contextWith(halo))).toBeRejectedWith(offline);
  });
});
