import {
  HttpBackend,
  type HttpEvent,
  HttpHandler,
  type HttpHandlerFn,
  type HttpInterceptorFn,
  type HttpRequest,
} from '@angular/common/http';
import {
  EnvironmentInjector,
  Injectable,
  InjectionToken,
  inject,
  runInInjectionContext,
} from '@angular/core';
import type { Observable } from 'rxjs';

/**
 * The interceptors of the Halo client, outermost first. `provideHaloClient()` fills it; they run
 * only for the Halo client's own requests, never for the app's other `HttpClient` calls.
 */
export const HALO_HTTP_INTERCEPTORS = new InjectionToken<readonly HttpInterceptorFn[]>(
  'HALO_HTTP_INTERCEPTORS',
);

/**
 * The request pipeline of the Halo client: its interceptors in order, then the app's `HttpBackend`
 * (the one `provideHttpClient()` set up, or the testing backend in unit tests).
 */
@Injectable()
export class HaloHttpHandler extends HttpHandler {
  private readonly injector = inject(EnvironmentInjector);
  private readonly backend = inject(HttpBackend);
  private readonly chain: HttpHandlerFn = inject(HALO_HTTP_INTERCEPTORS).reduceRight<HttpHandlerFn>(
    (next, interceptor) => (req) =>
      runInInjectionContext(this.injector, () => interceptor(req, next)),
    (req) => this.backend.handle(req),
  );

  /** Sends `req` through the interceptors to the backend. */
  override handle(req: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    return this.chain(req);
  }
}
