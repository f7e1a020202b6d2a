import type { SimulatorContext } from '../simulator/simulator-context.js';
import type {
  IssuedToken,
  IssueTokenOptions,
  SimulatorControl,
} from '../simulator/simulator-control.js';
import { readVariantChanges } from './variant-changes.js';

/** The programmatic {@link SimulatorControl} over one simulator's context. */
export function createControl(ctx: SimulatorContext): SimulatorControl {
  const startVariants = { ...ctx.options.variants };
  return {
    setLatency: (latency) => {
      if (!(latency.fixedMs >= 0) || !(latency.jitterMs >= 0))
        throw new Error('latency must be >= 0');
      ctx.latency = { fixedMs: latency.fixedMs, jitterMs: latency.jitterMs };
    },
    getLatency: () => ({ ...ctx.latency }),
    injectFault: (spec) => ctx.faults.add(spec),
    faults: () => ctx.faults.list(),
    clearFaults: () => ctx.faults.clear(),
    requestLog: (filter) => ctx.log.list(filter),
    clearLog: () => ctx.log.clear(),
    setRateLimit: (limit) => ctx.rateLimiter.set(limit),
    setVariants: (changes) => {
      Object.assign(ctx.options.variants, readVariantChanges(changes));
      return { ...ctx.options.variants };
    },
    reset: () => {
      ctx.store.reset();
      ctx.faults.clear();
      ctx.log.clear();
      ctx.rateLimiter.set(ctx.options.rateLimit);
      ctx.latency = { ...ctx.options.latency };
      Object.assign(ctx.options.variants, startVariants);
    },
    issueToken: (options: IssueTokenOptions = {}): IssuedToken => {
      const wanted = options.agent ?? 'alex';
      const agent = ctx.store.data.agents.find((a) =>
        typeof wanted === 'number' ? a.id === wanted : a.login === wanted,
      );
      if (!agent) throw new Error(`unknown agent ${String(wanted)}`);
      const scope = (options.scope ?? 'all offline_access').split(/\s+/).filter(Boolean);
      const ttl = options.ttlSeconds ?? ctx.options.accessTokenTtlSeconds;
      const token = ctx.oauthModel.issueDirect(
        ctx.options.clientId,
        agent.id,
        scope,
        ttl,
        ctx.options.refreshTokenTtlSeconds,
      );
      return {
        access_token: token.accessToken,
        token_type: 'Bearer',
        expires_in: ttl,
        ...(token.refreshToken ? { refresh_token: token.refreshToken } : {}),
        scope: scope.join(' '),
      };
    },
  };
}
