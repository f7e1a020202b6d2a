import type { Request } from 'express';
import type { AgentRecord } from '../store/records.js';

/** Who is calling `/api`: the token's agent and scopes. */
export interface AuthContext {
  agent: AgentRecord;
  scopes: string[];
  clientId: string;
  accessToken: string;
}

const contexts = new WeakMap<Request, AuthContext>();

/** Attaches the caller to the request (done by the bearer-token middleware). */
export function setAuth(req: Request, auth: AuthContext): void {
  contexts.set(req, auth);
}

/** The caller of an authenticated request (throws if the middleware did not run). */
export function getAuth(req: Request): AuthContext {
  const auth = contexts.get(req);
  if (!auth) throw new Error('request is not authenticated');
  return auth;
}
