import { TestBed } from '@angular/core/testing';
import { PluginRegistry } from '@halo-outlook/sdk';
import { providePanePlugins } from './provide-pane-plugins';

describe('providePanePlugins', () => {
  it('registers the built-in matchers, the never-log domains of Settings, and the log actions', () => {
    TestBed.configureTestingModule({ providers: [providePanePlugins()] });
    const registry = TestBed.inject(PluginRegistry);

    const matchers = registry.matchers.map((m) => m.id);
    expect(matchers).toContain('pane.never-log-settings');
    expect(matchers).toContain('halo.contact-by-email');
    expect(registry.logActions.length).toBeGreaterThanOrEqual(2);
  });
});
