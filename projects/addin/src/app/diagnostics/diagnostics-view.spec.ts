import { Clipboard } from '@angular/cdk/clipboard';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { DiagnosticsTrail, HOST_CONTEXT } from '@halo-outlook/core';
import {
  A_TENANT,
  FakeSignIn,
  FakeTenantConfig,
  provideFakeCore,
} from '../testing/pane-test-setup.spec';
import { APP_VERSION } from './app-version';
import { DiagnosticsView } from './diagnostics-view';

describe('DiagnosticsView', () => {
  let clipboard: { copy: jasmine.Spy };

  beforeEach(() => {
    clipboard = { copy: jasmine.createSpy('copy').and.returnValue(true) };
    const auth = new FakeSignIn();
    auth.signedIn();
    const tenant = new FakeTenantConfig();
    tenant.configSignal.set(A_TENANT);
    TestBed.configureTestingModule({
      providers: [
        provideFakeCore(auth, tenant),
        { provide: Clipboard, useValue: clipboard },
        {
          provide: HOST_CONTEXT,
          useValue: {
            kind: 'office',
            hostName: 'Outlook',
            platform: 'OfficeOnline',
            startUrl: 'https://addin.example.com/index.html?haloUrl=x&clientId=secret-ish',
            officeTimedOut: false,
          },
        },
      ],
    });
  });

  async function render() {
    const trail = TestBed.inject(DiagnosticsTrail);
    trail.record('auth', 'info', 'Signed in');
    trail.record('halo.http', 'warn', 'GET /Tickets 429');
    const fixture = TestBed.createComponent(DiagnosticsView);
    await fixture.whenStable();
    return {
      fixture,
      trail,
      element: fixture.nativeElement as HTMLElement,
      loader: TestbedHarnessEnvironment.loader(fixture),
    };
  }

  it('shows the version, where it runs, the Halo and the sign-in status', async () => {
    const { element } = await render();
    const facts = element.querySelector('.facts')?.textContent ?? '';
    expect(facts).toContain(APP_VERSION);
    expect(facts).toMatch(/Outlook\s*\(Outlook · OfficeOnline\)/);
    expect(facts).toContain('https://acme.halopsa.com');
    expect(facts).toContain('Signed in');
  });

  it('lists the recent activity, newest first', async () => {
    const { element } = await render();
    const messages = [...element.querySelectorAll('.trail .message')].map((m) => m.textContent);
    expect(messages).toEqual(['GET /Tickets 429', 'Signed in']);
    expect(element.querySelector('.trail li')?.getAttribute('data-level')).toBe('warn');
  });

  it('copies a report with the trail and no start-URL query', async () => {
    const { fixture, loader, element } = await render();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Copy report/ }))).click();
    await fixture.whenStable();

    const report = JSON.parse(clipboard.copy.calls.mostRecent().args[0] as string);
    expect(report.app.version).toBe(APP_VERSION);
    expect(report.host.page).toBe('https://addin.example.com/index.html');
    expect(report.signIn).toBe('signed-in');
    expect(report.trail.entries.map((e: { message: string }) => e.message)).toEqual([
      'Signed in',
      'GET /Tickets 429',
    ]);
    expect(element.querySelector('.result')?.textContent).toContain('The report is copied');
  });

  it('downloads the report as a JSON file', async () => {
    const { fixture, loader, element } = await render();
    const clicked: string[] = [];
    spyOn(HTMLAnchorElement.prototype, 'click').and.callFake(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    await (await loader.getHarness(MatButtonHarness.with({ text: /Download/ }))).click();
    await fixture.whenStable();

    expect(clicked.length).toBe(1);
    expect(clicked[0]).toMatch(/^halo-outlook-diagnostics-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    expect(element.querySelector('.result')?.textContent).toContain('downloaded');
  });

  it('clears the trail', async () => {
    const { fixture, loader, element, trail } = await render();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Clear' }))).click();
    await fixture.whenStable();
    expect(trail.entries()).toEqual([]);
    expect(element.querySelector('.empty')?.textContent).toContain('Nothing recorded yet.');
  });
});
