import type { ConsentState } from '../identity/consent-state.js';
import type { MicrosoftRequestLog } from '../control/request-log.js';
import type { Tenant } from '../directory/tenant.js';
import type { SigningKey } from '../jwt/signing-key.js';
import type { GraphMailbox } from '../mailbox/graph-mailbox.js';
import type { TokenStore } from '../identity/token-store.js';
import type { ResolvedMicrosoftOptions } from './microsoft-simulator-options.js';

/** Everything the routes of one running Microsoft simulator share. */
export interface MicrosoftContext {
  readonly options: ResolvedMicrosoftOptions;
  /** The tenants served (the MSP's first; the second one when switched on). */
  readonly tenants: readonly Tenant[];
  /** The key every tenant signs tokens with (Graph verifies access tokens with it). */
  readonly key: SigningKey;
  readonly consent: ConsentState;
  readonly log: MicrosoftRequestLog;
  /** Sessions, grants, codes and refresh tokens of every tenant. */
  readonly store: TokenStore;
  readonly mailbox: GraphMailbox;
  /** `https://127.0.0.1:<port>`. */
  readonly baseUrl: string;
}

/** A tenant's authority, e.g. `https://127.0.0.1:4443/<tenant id>/v2.0` (also its token issuer). */
export function authorityOf(ctx: MicrosoftContext, tenant: Tenant): string {
  return `${ctx.baseUrl}/${tenant.id}/v2.0`;
}

/** Graph's base URL, e.g. `https://127.0.0.1:4443/graph/v1.0`. */
export function graphUrlOf(ctx: MicrosoftContext): string {
  return `${ctx.baseUrl}/graph/v1.0`;
}
