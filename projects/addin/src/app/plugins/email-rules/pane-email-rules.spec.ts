import { signal } from '@angular/core';
import { IGNORED_BY_HALO_TAG, type EmailRule } from '@halo-outlook/plugin-email-rules';
import { AppError } from '@halo-outlook/sdk';
import {
  aHaloEmailRule,
  aMailContent,
  aMailSnapshot,
  RecordingHaloFacade,
  runMatcher,
} from '@halo-outlook/sdk/testing';
import { paneEmailRulesMatcher } from './pane-email-rules';

describe('paneEmailRulesMatcher', () => {
  const settings = {
    haloEmailRules: signal(true),
    emailRuleIgnoreTypes: signal<readonly number[]>([]),
    emailRules: signal<readonly EmailRule[]>([]),
  };
  const halo = () =>
    new RecordingHaloFacade({
      emailRules: [
        aHaloEmailRule({
          id: 1,
          name: 'Security alert mailers',
          type: 3,
          sequence: 1,
          fromAddress: 'security-alerts@',
        }),
        aHaloEmailRule({
          id: 2,
          name: 'Reception PCs',
          sequence: 10,
          subjectContains: 'reception PC',
          ticketTypeId: 1,
          fieldMappings: [{ fieldName: 'assettag', startTag: 'Asset:', endTag: '' }],
        }),
      ],
    });
  const reception = aMailSnapshot({
    from: 'bob.singh@contoso-dental.example',
    subject: 'Card reader error on Harbour Street reception PC',
  });
  const alert = aMailSnapshot({
    from: 'security-alerts@unknown-sender.example',
    subject: 'Action required: verify your mailbox',
  });

  beforeEach(() => {
    settings.haloEmailRules.set(true);
    settings.emailRuleIgnoreTypes.set([]);
    settings.emailRules.set([]);
  });

  it("applies Halo's rules: the ticket type and asset tag create starts with", async () => {
    const [tag] = await runMatcher(paneEmailRulesMatcher(settings), reception, {
      halo: halo(),
      mail: aMailContent({ text: 'Restarting did not help.\nAsset: CD-0142\n' }),
    });
    expect(tag).toEqual(
      jasmine.objectContaining({ kind: 'tag', id: 'email-rule:2', label: 'Reception PCs' }),
    );
    expect(tag.data).toEqual(
      jasmine.objectContaining({ ruleId: 2, ticketTypeId: 1, assetTag: 'CD-0142' }),
    );
  });

  it('warns that Halo ignores an email only for the rule types Settings names', async () => {
    expect(await runMatcher(paneEmailRulesMatcher(settings), alert, { halo: halo() })).toEqual([
      jasmine.objectContaining({ id: 'email-rule:1' }),
    ]);
    settings.emailRuleIgnoreTypes.set([3]);
    const [tag] = await runMatcher(paneEmailRulesMatcher(settings), alert, { halo: halo() });
    expect(tag.id).toBe(IGNORED_BY_HALO_TAG);
    expect(tag.data?.['ruleName']).toBe('Security alert mailers');
  });

  it('applies the rules of Settings where Halo refuses to give its own, or reading them is off', async () => {
    settings.emailRules.set([
      {
        id: 'p',
        name: 'Printers',
        type: 'ticket',
        enabled: true,
        sequence: 1,
        subjectContains: 'reception',
        ticketTypeId: 4,
        fieldMappings: [],
      },
    ]);
    const refusing = new RecordingHaloFacade().failWith(
      new AppError({ kind: 'forbidden', message: 'No permission.', action: 'Ask.' }),
    );
    const [fromSettings] = await runMatcher(paneEmailRulesMatcher(settings), reception, {
      halo: refusing,
    });
    expect(fromSettings.data?.['ticketTypeId']).toBe(4);

    settings.haloEmailRules.set(false);
    const readable = halo();
    const [off] = await runMatcher(paneEmailRulesMatcher(settings), reception, { halo: readable });
    expect(off.label).toBe('Printers');
    expect(readable.callsTo('emailRules')).toEqual([]);
  });

  it('leaves out a stored rule that no longer checks, and applies the others', async () => {
    settings.haloEmailRules.set(false);
    settings.emailRules.set([
      { name: 'Broken', subjectContains: 42 } as unknown as EmailRule,
      {
        id: 'p',
        name: 'Printers',
        type: 'ticket',
        enabled: true,
        sequence: 2,
        subjectContains: 'reception',
        ticketTypeId: 4,
        fieldMappings: [],
      },
    ]);
    const tags = await runMatcher(paneEmailRulesMatcher(settings), reception, { halo: halo() });
    expect(tags.map((t) => t.label)).toEqual(['Printers']);
  });
});
