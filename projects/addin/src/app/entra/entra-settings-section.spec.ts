import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { AppError } from '@halo-outlook/core';
import { FakeSignIn, FakeTenantConfig, provideFakeCore } from '../testing/pane-test-setup.spec';
import { ENTRA_LIBRARY } from './entra-library';
import { EntraSettingsSection } from './entra-settings-section';
import {
  ENTRA_SETTINGS,
  FakeEntraSession,
  TENANT_ID,
  fakeLibrary,
  fakeServices,
  flush,
} from './testing/fake-entra.spec';

describe('EntraSettingsSection', () => {
  let tenant: FakeTenantConfig;
  let session: FakeEntraSession;
  let imports: () => number;

  beforeEach(() => {
    tenant = new FakeTenantConfig();
    session = new FakeEntraSession();
    const fake = fakeLibrary(async () => fakeServices(session).services);
    imports = fake.imports;
    TestBed.configureTestingModule({
      providers: [
        provideFakeCore(new FakeSignIn(), tenant),
        { provide: ENTRA_LIBRARY, useValue: fake.library },
      ],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(EntraSettingsSection);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await flush();
    await fixture.whenStable();
    const text = () =>
      (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';
    const button = (label: string) => loader.getHarness(MatButtonHarness.with({ text: label }));
    return { fixture, loader, text, button };
  }

  it('is not shown, and loads nothing, when the organisation has no Entra app', async () => {
    const { text } = await render();
    expect(text().trim()).toBe('');
    expect(imports()).toBe(0);
  });

  it('offers to sign in with Microsoft and says what it unlocks', async () => {
    tenant.entraSignal.set(ENTRA_SETTINGS);
    const { text, button, fixture } = await render();
    expect(text()).toContain('Microsoft 365');
    expect(text()).toContain('Sign in with your Microsoft work account to use the features below.');
    expect(text()).toContain('The original message (.eml) when this Outlook cannot export it');
    expect(text()).toContain('Mail.Read: sign in to check');

    await (await button('Sign in with Microsoft')).click();
    await flush();
    await fixture.whenStable();
    expect(session.calls).toContain('signIn');
    expect(text()).toContain('Signed in to Microsoft as alex.morgan@msp.example');
    expect(text()).toContain(`Tenant ${TENANT_ID}`);
    expect(session.calls).toContain('checkConsent User.Read Mail.Read');
  });

  it('shows each permission’s consent, and grants a missing one from a click', async () => {
    tenant.entraSignal.set(ENTRA_SETTINGS);
    session.signedIn();
    session.consentSignal.set({ 'User.Read': 'granted', 'Mail.Read': 'not-granted' });
    const { text, button, fixture } = await render();
    expect(text()).toContain('User.Read: granted');
    expect(text()).toContain('Mail.Read: not granted');

    session.tokenAnswer = async () => {
      throw new AppError({
        kind: 'forbidden',
        message: 'Feature unavailable: the permission Mail.Read was not consented.',
        action: 'Ask your administrator to grant Mail.Read.',
      });
    };
    await (await button('Grant Mail.Read')).click();
    await fixture.whenStable();
    expect(session.calls).toContain('accessToken Mail.Read');
    expect(text()).toContain('Feature unavailable: the permission Mail.Read was not consented.');
  });

  it('signs out of Microsoft', async () => {
    tenant.entraSignal.set(ENTRA_SETTINGS);
    session.signedIn();
    const { text, button, fixture } = await render();
    await (await button('Sign out of Microsoft')).click();
    await fixture.whenStable();
    expect(session.calls).toContain('signOut');
    expect(text()).toContain('Sign in with Microsoft');
  });

  it('shows a sign-in failure with what to do', async () => {
    tenant.entraSignal.set(ENTRA_SETTINGS);
    session.stateSignal.set({
      status: 'error',
      error: new AppError({
        kind: 'invalid-input',
        message: 'The browser blocked the Microsoft sign-in window.',
        action: 'Allow pop-ups for this add-in, then choose Sign in with Microsoft again.',
      }),
    });
    const { text, button } = await render();
    expect(text()).toContain('The browser blocked the Microsoft sign-in window.');
    expect(await (await button('Sign in with Microsoft')).isDisabled()).toBeFalse();
  });

  it('says why when the organisation’s Entra settings are wrong', async () => {
    tenant.entraProblemSignal.set(
      new AppError({
        kind: 'invalid-input',
        message: 'The organisation’s Entra client id “x” is not an application id.',
        action: 'Ask your administrator to set entraClientId.',
      }),
    );
    const { text } = await render();
    expect(text()).toContain('The organisation’s Entra client id “x” is not an application id.');
    expect(imports()).toBe(0);
  });
});
