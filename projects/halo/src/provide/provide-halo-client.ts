import { type EnvironmentProviders, inject, makeEnvironmentProviders } from '@angular/core';
import { ActionsApi } from '../actions/actions-api';
import { AgentApi } from '../agents/agent-api';
import { AttachmentsApi } from '../attachments/attachments-api';
import { SessionCache } from '../cache/session-cache';
import { StaleWhileRevalidateCache } from '../cache/stale-while-revalidate-cache';
import { ClientsApi } from '../clients/clients-api';
import { EmailRulesApi } from '../email-rules/email-rules-api';
import { HaloFacades } from '../facades/halo-facades';
import { haloAuthInterceptor } from '../http/auth-interceptor';
import { haloErrorInterceptor } from '../http/error-interceptor';
import { DEFAULT_HALO_CLIENT_OPTIONS, HALO_CLIENT_OPTIONS } from '../http/halo-client-options';
import { HaloHttp } from '../http/halo-http';
import { HALO_HTTP_INTERCEPTORS, HaloHttpHandler } from '../http/halo-http-handler';
import { haloInFlightInterceptor } from '../http/in-flight-interceptor';
import { InFlightRequests } from '../http/in-flight-requests';
import { haloLedgerInterceptor } from '../http/ledger-interceptor';
import { haloRateLimitInterceptor } from '../http/rate-limit-interceptor';
import { RequestLedger } from '../http/request-ledger';
import { haloWarningInterceptor } from '../http/warning-interceptor';
import { ReferenceDataApi } from '../reference-data/reference-data-api';
import { SitesApi } from '../sites/sites-api';
import { TicketsApi } from '../tickets/tickets-api';
import { UsersApi } from '../users/users-api';
import { HALO_CLIENT_OPTION_CHANGES, type HaloClientFeature } from './halo-client-feature';

/**
 * The Halo interceptors, outermost first: share identical GETs in flight; turn failures into
 * `AppError`s; record `_warning`s; add the bearer token (401 → refresh → one retry); retry 429s
 * with backoff; count each round trip.
 */
export const HALO_INTERCEPTOR_CHAIN = [
  haloInFlightInterceptor,
  haloErrorInterceptor,
  haloWarningInterceptor,
  haloAuthInterceptor,
  haloRateLimitInterceptor,
  haloLedgerInterceptor,
] as const;

/**
 * Provides the HaloPSA client: typed endpoints, the plugin facades ({@link HaloFacades}), caches and
 * the request ledger. It needs, at the same injector or above: `provideHttpClient()` (the Halo
 * client sends through the app's `HttpBackend` but with its own interceptors, which never touch the
 * app's other requests), and core's `HaloSession` and `DiagnosticsLog`.
 *
 * @usageNotes
 * ```ts
 * bootstrapApplication(App, {
 *   providers: [
 *     provideHttpClient(withFetch()),
 *     provideHaloSession(),            // core: HaloSession + DiagnosticsLog
 *     provideHaloClient(withRetryPolicy({ maxRetries: 2 }), withSenderCache({ maxAgeMs: 60_000 })),
 *   ],
 * });
 * // later
 * const halo = inject(HaloFacades).read(`email:${snapshot.itemId}`);
 * ```
 */
export function provideHaloClient(...features: readonly HaloClientFeature[]): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: HALO_HTTP_INTERCEPTORS, useValue: HALO_INTERCEPTOR_CHAIN },
    {
      provide: HALO_CLIENT_OPTIONS,
      useFactory: () =>
        (inject(HALO_CLIENT_OPTION_CHANGES, { optional: true }) ?? []).reduce(
          (options, change) => ({ ...options, ...change }),
          DEFAULT_HALO_CLIENT_OPTIONS,
        ),
    },
    HaloHttpHandler,
    HaloHttp,
    InFlightRequests,
    RequestLedger,
    SessionCache,
    StaleWhileRevalidateCache,
    AgentApi,
    UsersApi,
    ClientsApi,
    SitesApi,
    TicketsApi,
    ActionsApi,
    AttachmentsApi,
    ReferenceDataApi,
    EmailRulesApi,
    HaloFacades,
    ...features.flatMap((feature) => feature.providers),
  ]);
}
