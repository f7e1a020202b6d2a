import { EnvironmentProviders, Provider, makeEnvironmentProviders } from '@angular/core';
import { DIAGNOSTICS_CAPACITY } from '../diagnostics/diagnostics-trail';
import { HOST_CONTEXT, HostContext } from '../host/host-context';
import { DEFAULT_HALO_CORE_OPTIONS, HALO_CORE_OPTIONS, HaloCoreOptions } from './halo-core-options';

/** One feature of {@link provideHaloCore}, made by a `with…` function. */
export interface HaloCoreFeature {
  /** Which feature it is. */
  readonly kind: 'host' | 'options' | 'diagnostics';
  /** Its providers. */
  readonly providers: Provider[];
}

/**
 * Core's services for an app. Every service of core is also provided in the root injector with
 * browser defaults, so this is where an app says what differs: the host it runs in, options, the
 * size of the diagnostics trail.
 *
 * @usageNotes
 * ```ts
 * const host = await connectHost();           // before bootstrap: waits for Office.onReady
 * await bootstrapApplication(Shell, {
 *   providers: [provideHaloCore(withHost(host), withCoreOptions({ scope: 'all offline_access' }))],
 * });
 * // then, in the app: await inject(TenantConfigStore).load();
 * ```
 */
export function provideHaloCore(...features: HaloCoreFeature[]): EnvironmentProviders {
  return makeEnvironmentProviders(features.flatMap((feature) => feature.providers));
}

/** The host {@link connectHost} found: Office adapters inside Office, browser ones otherwise. */
export function withHost(host: HostContext): HaloCoreFeature {
  return { kind: 'host', providers: [{ provide: HOST_CONTEXT, useValue: host }] };
}

/** Changes some of core's options (scope, sign-in page, org config URL, refresh margin…). */
export function withCoreOptions(options: Partial<HaloCoreOptions>): HaloCoreFeature {
  return {
    kind: 'options',
    providers: [
      { provide: HALO_CORE_OPTIONS, useValue: { ...DEFAULT_HALO_CORE_OPTIONS, ...options } },
    ],
  };
}

/** How many entries the diagnostics trail keeps (default 500). */
export function withDiagnosticsCapacity(capacity: number): HaloCoreFeature {
  return {
    kind: 'diagnostics',
    providers: [{ provide: DIAGNOSTICS_CAPACITY, useValue: capacity }],
  };
}
