import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleGroupHarness } from '@angular/material/button-toggle/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { AppError } from '@halo-outlook/core';
import { HaloFacades, HaloOutcome, HaloTicketType } from '@halo-outlook/halo';
import { PAGE_RELOAD } from '../i18n/page-reload';
import {
  A_TENANT,
  FakeSignIn,
  FakeTenantConfig,
  provideFakeCore,
  settle,
} from '../testing/pane-test-setup.spec';
import { ThemeStore } from '../theme/theme-store';
import { SettingsStore } from './settings-store';
import { SettingsView } from './settings-view';
import { waitFor } from '../testing/wait-for.spec';

const TYPES = [
  { id: 3, name: 'Incident', inactive: false, agentsCanSelect: true },
  { id: 1, name: 'Change', inactive: false, agentsCanSelect: true },
  { id: 9, name: 'Retired', inactive: true, agentsCanSelect: true },
] as HaloTicketType[];
const OUTCOMES = [
  { id: 21, name: 'Email logged', hidden: false },
  { id: 22, name: 'Hidden outcome', hidden: true },
] as HaloOutcome[];

describe('SettingsView', () => {
  let auth: FakeSignIn;
  let tenant: FakeTenantConfig;
  let reload: jasmine.Spy;
  let referenceData: { ticketTypes: jasmine.Spy; outcomes: jasmine.Spy };

  beforeEach(() => {
    localStorage.removeItem('halo-outlook');
    sessionStorage.clear();
    auth = new FakeSignIn();
    auth.signedIn();
    tenant = new FakeTenantConfig();
    tenant.configSignal.set(A_TENANT);
    reload = jasmine.createSpy('reload');
    referenceData = {
      ticketTypes: jasmine.createSpy('ticketTypes').and.resolveTo(TYPES),
      outcomes: jasmine.createSpy('outcomes').and.resolveTo(OUTCOMES),
    };
    TestBed.configureTestingModule({
      providers: [
        provideFakeCore(auth, tenant),
        { provide: PAGE_RELOAD, useValue: reload },
        { provide: HaloFacades, useValue: { read: () => referenceData } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
  });

  afterEach(() => localStorage.removeItem('halo-outlook'));

  async function render() {
    const fixture = TestBed.createComponent(SettingsView);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await settle();
    await fixture.whenStable();
    const input = (name: string) =>
      loader.getHarness(MatInputHarness.with({ selector: `[formControlName=${name}]` }));
    const select = (name: string) =>
      loader.getHarness(MatSelectHarness.with({ selector: `[formControlName=${name}]` }));
    return {
      fixture,
      loader,
      element: fixture.nativeElement as HTMLElement,
      input,
      select,
      save: () => loader.getHarness(MatButtonHarness.with({ text: 'Save' })),
      settings: TestBed.inject(SettingsStore),
    };
  }

  it('offers Halo’s ticket types and outcomes agents may pick, by name', async () => {
    const { select } = await render();
    const types = await select('defaultTicketTypeId');
    await types.open();
    expect(await Promise.all((await types.getOptions()).map((o) => o.getText()))).toEqual([
      'Halo’s default',
      'Change',
      'Incident',
    ]);
    const outcomes = await select('defaultOutcomeId');
    await outcomes.open();
    expect((await outcomes.getOptions()).length).toBe(2);
  });

  it('saves every default to roaming settings', async () => {
    const { fixture, select, input, loader, save, settings, element } = await render();
    await (await select('defaultTicketTypeId')).clickOptions({ text: 'Incident' });
    await (await select('defaultOutcomeId')).clickOptions({ text: 'Email logged' });
    await (await input('defaultMinutes')).setValue('15');
    const toggles = await loader.getAllHarnesses(MatSlideToggleHarness);
    await toggles[0].toggle(); // attachments: on → off
    await toggles[1].toggle(); // private note: on → off
    await (await input('neverLogDomains')).setValue('@MSP.example\npartner.example');
    await (await save()).click();
    await fixture.whenStable();

    expect(settings.settings()).toEqual(
      jasmine.objectContaining({
        defaultTicketTypeId: 3,
        defaultOutcomeId: 21,
        defaultMinutes: 15,
        attachmentsByDefault: false,
        privateNoteByDefault: false,
        neverLogDomains: ['msp.example', 'partner.example'],
      }),
    );
    expect(JSON.parse(localStorage.getItem('halo-outlook') ?? '{}').settings.defaultOutcomeId).toBe(
      21,
    );
    expect(element.querySelector('.status')?.textContent).toContain('Settings saved.');
    expect(reload).not.toHaveBeenCalled();
  });

  it('names domains that are not ones, saves nothing, and keeps the text', async () => {
    const { fixture, input, save, settings, element } = await render();
    const domains = await input('neverLogDomains');
    await domains.setValue('msp.example\nnot a domain@');
    await (await save()).click();
    await fixture.whenStable();

    expect(element.querySelector('#never-log-error')?.textContent).toContain('“domain@”');
    expect(settings.neverLogDomains()).toEqual([]);
    expect(await domains.getValue()).toBe('msp.example\nnot a domain@');
  });

  it('gives a tag a ticket type that Create ticket will start with', async () => {
    const { fixture, loader, save, settings, element } = await render();
    // The tags arrive with the classifier's chunk.
    await waitFor(
      () =>
        !!element
          .querySelector('halo-tag-ticket-types-section')
          ?.textContent?.includes('Billing question'),
      'the classifier’s tags',
    );
    const billing = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Billing question' }),
    );
    const select = (await billing.getControl(MatSelectHarness)) as MatSelectHarness;
    expect(await select.getValueText()).toBe('No preselection');
    await select.clickOptions({ text: 'Incident' });
    await (await save()).click();
    await fixture.whenStable();

    expect(settings.ticketTypeByTag()).toEqual({ 'class:billing': 3 });
  });

  it('saves how Halo’s email rules apply: reading Halo, the ignore types, rules of its own', async () => {
    const { fixture, loader, save, settings } = await render();
    const field = async (label: string) =>
      (await (
        await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }))
      ).getControl(MatInputHarness)) as MatInputHarness;
    await (
      await loader.getHarness(MatSlideToggleHarness.with({ label: 'Read the rules from Halo' }))
    ).toggle();
    await (await field('Rule types that ignore an email')).setValue('3 4');
    const rules = await field('Rules kept in Settings (JSON)');
    await rules.setValue(
      '[{ "name": "Printers", "subjectContains": "printer", "ticketTypeId": 1 }]',
    );
    await (await save()).click();
    await fixture.whenStable();

    expect(settings.haloEmailRules()).toBeFalse();
    expect(settings.emailRuleIgnoreTypes()).toEqual([3, 4]);
    expect(settings.emailRules()).toEqual([
      jasmine.objectContaining({ id: 1, name: 'Printers', subjectContains: 'printer' }),
    ]);
    expect(await (await field('Rule types that ignore an email')).getValue()).toBe('3, 4');
    expect(await rules.getValue()).toContain('"type": "ticket"');
  });

  it('lists what is wrong with the email rules, saves nothing, and keeps the text', async () => {
    const { fixture, loader, save, settings, element } = await render();
    const rulesField = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Rules kept in Settings (JSON)' }),
    );
    const rules = (await rulesField.getControl(MatInputHarness)) as MatInputHarness;
    const typed = '[{ "subject": "printer" }]';
    await rules.setValue(typed);
    await (await save()).click();
    await fixture.whenStable();

    const problems = element.querySelector('#email-rules-error');
    expect(problems?.getAttribute('role')).toBe('alert');
    expect([...(problems?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Rule 1 has “subject”, which rules do not have: check its spelling.',
      'Rule 1 has no “name”.',
    ]);
    expect(settings.emailRules()).toEqual([]);
    expect(await rules.getValue()).toBe(typed);
  });

  it('names a rule type that is not a number, and saves nothing', async () => {
    const { fixture, loader, save, settings, element } = await render();
    const types = (await (
      await loader.getHarness(
        MatFormFieldHarness.with({ floatingLabelText: 'Rule types that ignore an email' }),
      )
    ).getControl(MatInputHarness)) as MatInputHarness;
    await types.setValue('3, x');
    await (await save()).click();
    await fixture.whenStable();

    expect(element.querySelector('#ignore-types-error')?.textContent).toContain(
      '“x” is not a rule type number.',
    );
    expect(settings.emailRuleIgnoreTypes()).toEqual([]);
    expect(await types.getValue()).toBe('3, x');
  });

  it('refuses minutes out of range', async () => {
    const { loader, input, save, settings } = await render();
    await (await input('defaultMinutes')).setValue('900');
    await (await save()).click();

    const minutes = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Time taken' }),
    );
    expect((await minutes.getTextErrors())[0]).toContain('from 0 to 480');
    expect(settings.defaultMinutes()).toBe(0);
  });

  it('reloads the pane in the language chosen', async () => {
    const { fixture, select, save, settings, element } = await render();
    await (await select('language')).clickOptions({ text: 'Français' });
    await (await save()).click();
    await fixture.whenStable();

    expect(settings.language()).toBe('fr');
    expect(reload).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem('halo-outlook.language-switch')).toBe('fr');
    expect(element.querySelector('.status')?.textContent).toContain('Reloading');
  });

  it('applies the colours chosen', async () => {
    TestBed.inject(ThemeStore); // the shell creates it in the app
    const { fixture, loader, save, settings } = await render();
    const theme = await loader.getHarness(MatButtonToggleGroupHarness);
    await (await theme.getToggles({ text: 'Dark' }))[0].check();
    await (await save()).click();
    await fixture.whenStable();

    expect(settings.theme()).toBe('dark');
    TestBed.tick();
    expect(document.documentElement.dataset['theme']).toBe('dark');
    await settings.update({ theme: 'system' });
  });

  it('says when Halo’s lists could not be loaded, and loads them again on request', async () => {
    referenceData.ticketTypes.and.rejectWith(
      new AppError({ kind: 'offline', message: 'You are offline.', action: 'Reconnect.' }),
    );
    const { fixture, loader, element } = await render();
    expect(element.querySelector('.inline-failure')?.textContent).toContain('You are offline.');

    referenceData.ticketTypes.and.resolveTo(TYPES);
    await (
      await loader.getHarness(MatButtonHarness.with({ text: /Load from Halo again/ }))
    ).click();
    await fixture.whenStable();
    expect(element.querySelector('.inline-failure')).toBeNull();
  });

  it('keeps a saved choice Halo no longer offers, by its id', async () => {
    await TestBed.inject(SettingsStore).update({ defaultTicketTypeId: 77 });
    const { select } = await render();
    expect(await (await select('defaultTicketTypeId')).getValueText()).toBe(
      'Ticket type 77 (not offered by Halo)',
    );
  });

  it('asks Halo nothing and says why when the agent is not signed in', async () => {
    auth.stateSignal.set({ status: 'signed-out', reason: null });
    const { element, loader } = await render();
    expect(referenceData.ticketTypes).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Sign in to Halo to choose the default ticket type');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Sign out/ }))).toEqual([]);
  });

  it('signs out', async () => {
    const { loader } = await render();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Sign out/ }))).click();
    expect(auth.calls).toEqual(['signOut']);
  });

  it('asks before using another Halo, in a dialog that starts on Cancel', async () => {
    const { fixture, loader } = await render();
    const root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const switchButton = await loader.getHarness(
      MatButtonHarness.with({ text: /Use another Halo/ }),
    );

    await switchButton.click();
    let dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Use another Halo?');
    expect(await dialog.getContentText()).toContain('acme.halopsa.com');
    expect(document.activeElement?.textContent?.trim()).toBe('Cancel');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Cancel' }))).click();
    await fixture.whenStable();
    expect(auth.calls).toEqual([]);

    await switchButton.click();
    dialog = await root.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Use another Halo' }))).click();
    await fixture.whenStable();
    await settle();
    expect(auth.calls).toEqual(['signOut']);
    expect(tenant.cleared).toBe(1);
  });
});
