import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatExpansionPanelHarness } from '@angular/material/expansion/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { AppError } from '@halo-outlook/core';
import { FakeSignIn, FakeTenantConfig, provideFakeCore } from '../testing/pane-test-setup.spec';
import { SetupView } from './setup-view';

describe('SetupView', () => {
  let tenant: FakeTenantConfig;

  beforeEach(() => {
    tenant = new FakeTenantConfig();
    TestBed.configureTestingModule({ providers: provideFakeCore(new FakeSignIn(), tenant) });
  });

  async function render() {
    const fixture = TestBed.createComponent(SetupView);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
    return {
      fixture,
      element: fixture.nativeElement as HTMLElement,
      url: await loader.getHarness(MatInputHarness.with({ selector: '[formControlName=haloUrl]' })),
      clientId: await loader.getHarness(
        MatInputHarness.with({ selector: '[formControlName=clientId]' }),
      ),
      connect: await loader.getHarness(MatButtonHarness.with({ text: 'Connect' })),
      fields: await loader.getAllHarnesses(MatFormFieldHarness),
      guide: await loader.getHarness(MatExpansionPanelHarness),
    };
  }

  it('saves the address and client id the agent typed', async () => {
    const { url, clientId, connect } = await render();
    await url.setValue('acme.halopsa.com');
    await clientId.setValue('client-123');
    await connect.click();

    expect(tenant.saved).toEqual([{ haloUrl: 'acme.halopsa.com', clientId: 'client-123' }]);
  });

  it('asks for both values before checking anything with Halo', async () => {
    const { connect, fields } = await render();
    await connect.click();

    expect(tenant.saved).toEqual([]);
    expect(await fields[0].getTextErrors()).toEqual(['Enter the address of your Halo.']);
    expect(await fields[1].getTextErrors()).toEqual([
      'Enter the client ID of your Halo API application.',
    ]);
  });

  it('refuses an address that is not one before saving', async () => {
    const { url, clientId, connect, fields } = await render();
    await url.setValue('http://acme.halopsa.com');
    await clientId.setValue('client-123');
    await connect.click();

    expect(tenant.saved).toEqual([]);
    expect((await fields[0].getTextErrors())[0]).toContain('https only');
  });

  it('shows why Halo refused, and keeps what was typed', async () => {
    tenant.saveWith = async () => {
      throw new AppError({
        kind: 'cors',
        message: 'Halo did not let this add-in in.',
        action: 'Add http://localhost:9876 to the CORS list.',
      });
    };
    const { fixture, element, url, clientId, connect } = await render();
    await url.setValue('https://acme.halopsa.com');
    await clientId.setValue('client-123');
    await connect.click();
    await fixture.whenStable();

    const alert = element.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('Halo did not let this add-in in.');
    expect(alert?.textContent).toContain('Add http://localhost:9876 to the CORS list.');
    expect(await url.getValue()).toBe('https://acme.halopsa.com');
    expect(await clientId.getValue()).toBe('client-123');
    expect(await connect.isDisabled()).toBeFalse();
  });

  it('fills in and locks what the organisation set, and says why', async () => {
    tenant.managedSignal.set({
      haloUrl: 'https://contoso.halopsa.com',
      clientId: 'org-client',
      sources: { haloUrl: 'start-url', clientId: 'start-url' },
    });
    const { element, url, clientId, fields, connect } = await render();

    expect(await url.getValue()).toBe('https://contoso.halopsa.com');
    expect(await url.isDisabled()).toBeTrue();
    expect(await clientId.isDisabled()).toBeTrue();
    expect(await fields[0].getTextHints()).toEqual(['Set by your organisation']);
    expect(element.querySelector('[role=note]')?.textContent).toContain(
      'when it installed the add-in',
    );

    await connect.click();
    expect(tenant.saved).toEqual([
      { haloUrl: 'https://contoso.halopsa.com', clientId: 'org-client' },
    ]);
  });

  it('shows why the organisation’s settings could not be applied', async () => {
    tenant.problemSignal.set(
      new AppError({
        kind: 'offline',
        message: 'Halo could not be reached.',
        action: 'Reconnect.',
      }),
    );
    const { element } = await render();
    expect(element.querySelector('[role=alert]')?.textContent).toContain(
      'Halo could not be reached.',
    );
  });

  it('has a “Set up Halo” guide with this deployment’s redirect URI and CORS origin to copy', async () => {
    const { element, guide } = await render();
    expect(await guide.getTitle()).toBe('Set up Halo');
    expect(await guide.isExpanded()).toBeFalse();
    await guide.expand();

    const text = await guide.getTextContent();
    expect(text).toContain('Authorisation Code (Native Application)');
    expect(text).toContain(`${location.origin}/auth/callback.html`);
    const copies = element.querySelectorAll('halo-copy-field');
    expect([...copies].map((c) => c.getAttribute('data-setting'))).toEqual([
      'name',
      'redirectUri',
      'corsOrigin',
    ]);
  });
});
