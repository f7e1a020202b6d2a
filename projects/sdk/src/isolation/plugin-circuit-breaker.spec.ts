import { TestBed } from '@angular/core/testing';
import { provideHaloPlugins } from '../registry/provide-halo-plugins';
import { withPluginOptions } from '../registry/with-plugin-options';
import { PluginCircuitBreaker } from './plugin-circuit-breaker';

describe('PluginCircuitBreaker', () => {
  let breaker: PluginCircuitBreaker;
  const t0 = 1_000_000;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHaloPlugins(withPluginOptions({ failuresBeforeBreak: 2, breakCoolDownMs: 10_000 })),
      ],
    });
    breaker = TestBed.inject(PluginCircuitBreaker);
  });

  it('opens after the configured number of consecutive failures, for that plugin only', () => {
    breaker.failed('a.b', t0);
    expect(breaker.allows('a.b', t0)).toBeTrue();
    breaker.failed('a.b', t0);
    expect(breaker.allows('a.b', t0 + 1)).toBeFalse();
    expect(breaker.reopensAt('a.b')).toBe(t0 + 10_000);
    expect(breaker.allows('c.d', t0 + 1)).toBeTrue();
  });

  it('counts consecutive failures only: a success in between resets the count', () => {
    breaker.failed('a.b', t0);
    breaker.succeeded('a.b');
    breaker.failed('a.b', t0);
    expect(breaker.allows('a.b', t0)).toBeTrue();
  });

  it('lets one trial run through after the cool-down; a success closes the circuit', () => {
    breaker.failed('a.b', t0);
    breaker.failed('a.b', t0);
    expect(breaker.allows('a.b', t0 + 10_000)).toBeTrue();
    expect(breaker.allows('a.b', t0 + 10_001))
      .withContext('only one trial at a time')
      .toBeFalse();
    breaker.succeeded('a.b');
    expect(breaker.allows('a.b', t0 + 10_002)).toBeTrue();
    expect(breaker.reopensAt('a.b')).toBeNull();
  });

  it('opens again for a whole cool-down when the trial fails', () => {
    breaker.failed('a.b', t0);
    breaker.failed('a.b', t0);
    breaker.allows('a.b', t0 + 10_000);
    breaker.failed('a.b', t0 + 10_500);
    expect(breaker.allows('a.b', t0 + 19_000)).toBeFalse();
    expect(breaker.reopensAt('a.b')).toBe(t0 + 20_500);
  });
});
