import { createEnvironmentInjector, EnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { LogAction } from '../contracts/log-action';
import type { Matcher } from '../contracts/matcher';
import { HaloPluginAccess } from '../halo/halo-plugin-access';
import { PluginCircuitBreaker } from '../isolation/plugin-circuit-breaker';
import { MatcherRunner } from '../resolution/matcher-runner';
import { PluginRegistry } from './plugin-registry';
import { HALO_LOG_ACTIONS } from './plugin-tokens';
import { provideHaloPlugins } from './provide-halo-plugins';
import { withLogActions } from './with-log-actions';
import { withMatchers } from './with-matchers';
import { withPluginOptions } from './with-plugin-options';

const matcher = (id: string, priority: number): Matcher => ({
  id,
  priority,
  match: async () => [],
});
const action = (id: string, priority?: number): LogAction => ({
  id,
  label: id,
  icon: 'bolt',
  priority,
  isAvailable: () => true,
  run: async () => ({ status: 'cancelled' }),
});

describe('PluginRegistry', () => {
  it('orders matchers by priority, higher first, and equal priorities by id', () => {
    TestBed.configureTestingModule({
      providers: [
        provideHaloPlugins(
          withMatchers(matcher('zeta.low', 10), matcher('beta.tie', 50)),
          withMatchers([matcher('alpha.tie', 50), matcher('acme.top', 90)]),
        ),
      ],
    });
    expect(TestBed.inject(PluginRegistry).matchers.map((m) => m.id)).toEqual([
      'acme.top',
      'alpha.tie',
      'beta.tie',
      'zeta.low',
    ]);
  });

  it('orders log actions the same way, a missing priority counting as 0', () => {
    TestBed.configureTestingModule({
      providers: [
        provideHaloPlugins(
          withLogActions(action('b.none'), action('a.none'), action('c.first', 5)),
        ),
      ],
    });
    expect(TestBed.inject(PluginRegistry).logActions.map((a) => a.id)).toEqual([
      'c.first',
      'a.none',
      'b.none',
    ]);
  });

  it('refuses to start when two matchers share an id, naming both registrations', () => {
    TestBed.configureTestingModule({
      providers: [
        provideHaloPlugins(
          withMatchers(matcher('acme.one', 1), matcher('acme.dup', 1)),
          withMatchers(matcher('acme.dup', 2)),
        ),
      ],
    });
    expect(() => TestBed.inject(PluginRegistry)).toThrowError(
      /"acme\.dup".*withMatchers\(\) call 1, position 2 and withMatchers\(\) call 2, position 1/,
    );
  });

  it('refuses an id that is not vendor.name, saying what an id looks like', () => {
    TestBed.configureTestingModule({
      providers: [provideHaloPlugins(withLogActions(action('CreateTicket')))],
    });
    expect(() => TestBed.inject(PluginRegistry)).toThrowError(/"CreateTicket".*"vendor\.name"/);
  });

  it('refuses a matcher with a time box that is not positive', () => {
    TestBed.configureTestingModule({
      providers: [provideHaloPlugins(withMatchers({ ...matcher('acme.x', 1), timeoutMs: 0 }))],
    });
    expect(() => TestBed.inject(PluginRegistry)).toThrowError(/"acme\.x" has a timeoutMs/);
  });

  it('leaves out the plugins switched off by the options', () => {
    TestBed.configureTestingModule({
      providers: [
        provideHaloPlugins(
          withMatchers(matcher('acme.on', 1), matcher('acme.off', 1)),
          withPluginOptions({ disabled: ['acme.off'] }),
        ),
      ],
    });
    expect(TestBed.inject(PluginRegistry).matchers.map((m) => m.id)).toEqual(['acme.on']);
  });

  it('is empty when nothing is registered', () => {
    TestBed.configureTestingModule({ providers: [provideHaloPlugins()] });
    expect(TestBed.inject(PluginRegistry).matchers).toEqual([]);
    expect(TestBed.inject(PluginRegistry).logActions).toEqual([]);
  });

  it('exists only where plugins are registered', () => {
    expect(() => TestBed.inject(PluginRegistry)).toThrowError(/PluginRegistry/);
  });
});

describe('provideHaloPlugins', () => {
  it('checks the registrations when the application starts, not at the first e-mail', () => {
    TestBed.configureTestingModule({
      providers: [provideHaloPlugins(withMatchers(matcher('bad id', 1)))],
    });
    expect(() => TestBed.inject(EnvironmentInjector)).toThrowError(/"bad id"/);
  });

  it('refuses to be used below an injector that has plugins, whose list it would replace', () => {
    TestBed.configureTestingModule({
      providers: [provideHaloPlugins(withMatchers(matcher('a.b', 1)))],
    });
    const root = TestBed.inject(EnvironmentInjector);
    expect(() =>
      createEnvironmentInjector([provideHaloPlugins(withMatchers(matcher('c.d', 1)))], root),
    ).toThrowError(/below one that already has plugins.*one provideHaloPlugins/);
  });

  it('refuses plugins provided above it without provideHaloPlugins too', () => {
    TestBed.configureTestingModule({
      providers: [{ provide: HALO_LOG_ACTIONS, multi: true, useValue: { plugins: [] } }],
    });
    const root = TestBed.inject(EnvironmentInjector);
    expect(() =>
      createEnvironmentInjector([provideHaloPlugins(withMatchers(matcher('c.d', 1)))], root),
    ).toThrowError(/already has plugins/);
  });

  it('runs the plugins in the injector it is called in, such as one an app creates for its pane', () => {
    const root = TestBed.inject(EnvironmentInjector);
    const pane = createEnvironmentInjector(
      [
        provideHaloPlugins(withMatchers(matcher('c.d', 1))),
        { provide: HaloPluginAccess, useValue: {} },
      ],
      root,
    );
    const registry = pane.get(PluginRegistry);
    expect(registry.injector).toBe(pane);
    expect(registry.matchers.map((m) => m.id)).toEqual(['c.d']);
    // The services that run plugins live beside it: one each, none in the root injector.
    expect(pane.get(MatcherRunner)).toBe(pane.get(MatcherRunner));
    expect(pane.get(PluginCircuitBreaker)).not.toBe(root.get(PluginCircuitBreaker));
    expect(() => root.get(MatcherRunner)).toThrowError(/PluginRegistry|MatcherRunner/);
    pane.destroy();
  });

  it('rejects options that would disable the time box or the breaker', () => {
    expect(() => withPluginOptions({ defaultTimeoutMs: 0 })).toThrowError(/defaultTimeoutMs/);
  });
});
