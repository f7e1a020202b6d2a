import {
  EnvironmentInjector,
  Injectable,
  Signal,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import {
  AppError,
  DiagnosticsLog,
  TenantConfigStore,
  type EntraSettings,
} from '@halo-outlook/core';
import type { EntraServices } from '@halo-outlook/entra';
import { EntraAvailability } from './entra-availability';
import { ENTRA_LIBRARY } from './entra-library';
import { entraRedirectUri } from './entra-redirect-uri';

/**
 * The app's way to the optional Microsoft Entra features. When the organisation names an Entra
 * app (`TenantConfigStore.entra()`), {@link load} imports `@halo-outlook/entra` lazily, starts its
 * services (the session and the Graph client) in a child injector, and gives them; otherwise it
 * gives null and nothing is downloaded. Once the agent signs in with Microsoft, it applies the
 * hosted config for the agent's Entra tenant.
 *
 * @usageNotes
 * ```ts
 * const entra = await inject(EntraLoader).load();     // null when the organisation has no Entra app
 * if (entra?.session.state().status === 'signed-in') {
 *   const thread = await entra.graph.conversationMessages(snapshot.conversationId);
 * }
 * ```
 */
@Injectable({ providedIn: 'root' })
export class EntraLoader {
  private readonly tenant = inject(TenantConfigStore);
  private readonly parent = inject(EnvironmentInjector);
  private readonly library = inject(ENTRA_LIBRARY);
  private readonly log = inject(DiagnosticsLog);
  private readonly servicesSignal = inject(EntraAvailability).services;
  private readonly failureSignal = signal<AppError | null>(null);
  private readonly loadingSignal = signal(false);
  private current: { readonly key: string; readonly loaded: Promise<EntraServices | null> } | null =
    null;

  /** True when the organisation names a usable Entra app. */
  readonly configured: Signal<boolean> = computed(() => this.tenant.entra() !== null);
  /** Why the organisation's Entra settings are unusable, when they are. */
  readonly settingsProblem: Signal<AppError | null> = computed(() => this.tenant.entraProblem());
  /** The loaded services, or null (not configured, not loaded yet, or failed). */
  readonly services: Signal<EntraServices | null> = this.servicesSignal.asReadonly();
  /** True while the library loads. */
  readonly loading: Signal<boolean> = this.loadingSignal.asReadonly();
  /** Why the library could not be loaded, if it could not (the next {@link load} tries again). */
  readonly failure: Signal<AppError | null> = this.failureSignal.asReadonly();

  /**
   * The Entra services for the organisation's settings: loaded once (again if the settings
   * change), null when the organisation has none or loading failed ({@link failure} says why).
   * Never throws.
   */
  load(): Promise<EntraServices | null> {
    const settings = this.tenant.entra();
    if (!settings) return Promise.resolve(null);
    const key = JSON.stringify(settings);
    if (this.current?.key !== key) this.current = { key, loaded: this.start(settings) };
    return this.current.loaded;
  }

  private async start(settings: EntraSettings): Promise<EntraServices | null> {
    this.loadingSignal.set(true);
    this.failureSignal.set(null);
    try {
      const library = await this.library();
      const services = await library.loadEntra({
        settings,
        redirectUri: entraRedirectUri(),
        parent: this.parent,
      });
      this.servicesSignal()?.injector.destroy();
      this.servicesSignal.set(services);
      this.followTenant(services);
      return services;
    } catch (error) {
      this.current = null;
      this.failureSignal.set(loadFailure(error));
      this.log.record('entra', 'error', 'The Microsoft sign-in could not be loaded', {
        detail: String(error),
      });
      return null;
    } finally {
      this.loadingSignal.set(false);
    }
  }

  /** Applies the hosted config for the signed-in account's Entra tenant. */
  private followTenant(services: EntraServices): void {
    effect(
      () => {
        const tenantId = services.session.account()?.tenantId;
        if (tenantId) untracked(() => void this.tenant.applyEntraTenant(tenantId));
      },
      { injector: services.injector },
    );
  }
}

function loadFailure(error: unknown): AppError {
  return new AppError({
    kind: 'offline',
    message: $localize`:@@entra.load.failed.message:The Microsoft sign-in could not be loaded.`,
    action: $localize`:@@entra.load.failed.action:Check your connection, then open Settings again.`,
    detail: String(error),
    cause: error,
  });
}
