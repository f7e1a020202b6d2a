import {
  DestroyRef,
  EnvironmentInjector,
  Injectable,
  type Signal,
  createEnvironmentInjector,
  inject,
  signal,
} from '@angular/core';
import { DiagnosticsLog, toAppError } from '@halo-outlook/core';
import { PANE_RUNTIME_LOADER } from './pane-runtime-loader';

/**
 * What the pane runs on once a Halo tenant is set up — the Halo client and `HttpClient`, the
 * plugins, the current email's resolution, the lifecycle events and their effects, logging and
 * the outbox, the pane's stores — kept off the first screen: its code is a chunk of its own, and
 * its providers live in one environment injector below the root, created when that chunk arrives.
 * The views that need it (the pane, Settings) are created in that injector
 * ({@link RuntimeView}); there is one for the life of the pane, so switching views keeps its
 * stores and caches. Core (host, tenant, sign-in, storage, diagnostics), notices, theme and
 * language stay in the root injector.
 *
 * `providePaneRuntime()` starts loading it as soon as a tenant is known, without holding up the
 * first render, so the current email is being resolved while the pane view's code downloads.
 *
 * @usageNotes
 * ```ts
 * const injector = await inject(PaneRuntime).load();
 * viewContainer.createComponent(PaneView, { environmentInjector: injector });
 * ```
 */
@Injectable({ providedIn: 'root' })
export class PaneRuntime {
  private readonly root = inject(EnvironmentInjector);
  private readonly loadProviders = inject(PANE_RUNTIME_LOADER);
  private readonly log = inject(DiagnosticsLog);
  private readonly created = signal<EnvironmentInjector | null>(null);
  private loading: Promise<EnvironmentInjector> | null = null;

  /** The runtime's injector once it is created; null before. */
  readonly injector: Signal<EnvironmentInjector | null> = this.created.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.created()?.destroy());
  }

  /**
   * Loads the runtime's chunk and creates its injector, once: later calls get the same injector.
   * A failure (offline, a release that replaced the chunk, a plugin registration the sdk refuses)
   * is written to diagnostics and rejects; the next call tries again.
   */
  load(): Promise<EnvironmentInjector> {
    this.loading ??= this.create().catch((error: unknown) => {
      this.loading = null;
      const problem = toAppError(error);
      this.log.record('pane.runtime', 'error', `The pane could not start: ${problem.message}`, {
        detail: problem.detail ?? null,
      });
      throw error;
    });
    return this.loading;
  }

  private async create(): Promise<EnvironmentInjector> {
    const providers = await this.loadProviders();
    const injector = createEnvironmentInjector([...providers], this.root, 'PaneRuntime');
    this.created.set(injector);
    return injector;
  }
}
