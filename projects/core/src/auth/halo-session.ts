import { Injectable } from '@angular/core';
import { TokenService } from './token-service';

/**
 * The signed-in connection to one Halo tenant, as the data layer sees it: where the API is and a
 * valid access token. Core's token service implements it; `@halo-outlook/halo` injects it.
 *
 * @usageNotes
 * ```ts
 * const session = inject(HaloSession);
 * const token = await session.getAccessToken();
 * ```
 *
 * Provided in the root injector as core's {@link TokenService}.
 */
@Injectable({ providedIn: 'root', useExisting: TokenService })
export abstract class HaloSession {
  /** The Halo API base URL without a trailing slash (`https://acme.halopsa.com/api`), or null before set-up. */
  abstract apiUrl(): string | null;

  /**
   * A valid access token, refreshed ahead of its expiry when needed. Rejects with an `AppError` of
   * kind `unauthorized` when nobody is signed in.
   */
  abstract getAccessToken(): Promise<string>;

  /**
   * Called after Halo answered 401 to a request made with `rejected`. Any number of concurrent
   * callers cause one refresh (single flight); a caller whose token was already replaced gets the
   * new one without another refresh. Rejects with an `AppError` of kind `unauthorized` when the
   * refresh is refused, after which the session is signed out with the reason.
   */
  abstract refreshAfterRejection(rejected: string): Promise<string>;
}
