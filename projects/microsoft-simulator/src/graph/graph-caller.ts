import type { Response } from 'express';
import type { TokenSummary } from '../control/request-log.js';
import type { DirectoryUser } from '../directory/directory-user.js';
import type { Tenant } from '../directory/tenant.js';

/** Who calls Graph, from a valid access token. */
export interface GraphCaller {
  readonly user: DirectoryUser;
  readonly tenant: Tenant;
  /** Granted permissions (`scp`), short form. */
  readonly permissions: ReadonlySet<string>;
  readonly summary: TokenSummary;
}

/** The caller of the current Graph request (set by `graphAuth`). */
export function callerOf(res: Response): GraphCaller {
  const caller = res.locals['graphCaller'] as GraphCaller | undefined;
  if (!caller) throw new Error('graphAuth must run before the Graph routes');
  return caller;
}
