import { TestBed } from '@angular/core/testing';
import { HOST_CONTEXT, browserHost } from '@halo-outlook/core';
import { PluginRegistry } from '@halo-outlook/sdk';
import { providePanePlugins, readStartUrlRunbook } from './provide-pane-plugins';

describe('providePanePlugins', () => {
  it('registers the built-in matchers, the never-log domains of Settings, the example plugins and the log actions', () => {
    TestBed.configureTestingModule({ providers: [providePanePlugins()] });
    const registry = TestBed.inject(PluginRegistry);

    const matchers = registry.matchers.map((m) => m.id);
    expect(matchers).toContain('pane.never-log-settings');
    expect(matchers).toContain('halo.contact-by-email');
    expect(matchers).toContain('example.classification');
    expect(matchers).toContain('example.email-rules');
    expect(registry.logActions.length).toBeGreaterThanOrEqual(2);
  });

  it('adds the runbook action only when the start URL configures one', () => {
    TestBed.configureTestingModule({
      providers: [
        providePanePlugins(),
        {
          provide: HOST_CONTEXT,
          useValue: browserHost('https://addin.example/?runbookUrl=https%3A%2F%2Frb.example%2Fgo'),
        },
      ],
    });
    const action = TestBed.inject(PluginRegistry).logActions.find((a) => a.id === 'org.runbook');
    expect(action?.label).toBe('Send to runbook');

    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        providePanePlugins(),
        { provide: HOST_CONTEXT, useValue: browserHost('https://addin.example/?haloUrl=x') },
      ],
    });
    expect(TestBed.inject(PluginRegistry).logActions.map((a) => a.id)).not.toContain('org.runbook');
  });

  it('reads the runbook URL and its optional signature secret from the start URL', () => {
    expect(readStartUrlRunbook('https://addin.example/')).toBeNull();
    expect(readStartUrlRunbook('not a url')).toBeNull();
    expect(readStartUrlRunbook('https://addin.example/?runbookUrl=%20')).toBeNull();
    expect(readStartUrlRunbook('https://addin.example/?runbookUrl=https://rb.example/go')).toEqual({
      url: 'https://rb.example/go',
      auth: { kind: 'none' },
    });
    expect(
      readStartUrlRunbook(
        'https://addin.example/?runbookUrl=https://rb.example/go&runbookSecret=s3',
      ),
    ).toEqual({ url: 'https://rb.example/go', auth: { kind: 'signature', secret: 's3' } });
  });
});
