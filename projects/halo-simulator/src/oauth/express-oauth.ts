import OAuth2Server from '@node-oauth/oauth2-server';
import type { Request, Response } from 'express';

/** Wraps an express request for the OAuth library (body/query given explicitly). */
export function toOAuthRequest(
  req: Request,
  body: Record<string, string>,
  query: Record<string, string> = {},
): OAuth2Server.Request {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers[name] = value;
    else if (Array.isArray(value)) headers[name] = value.join(', ');
  }
  return new OAuth2Server.Request({ headers, method: req.method, query, body });
}

/** Copies the library's response headers onto the express response. */
export function copyOAuthHeaders(from: OAuth2Server.Response, res: Response): void {
  for (const [name, value] of Object.entries(from.headers ?? {})) res.set(name, value);
}

/** Flattens an express body/query object to string values (first of repeated values). */
export function stringRecord(input: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof input !== 'object' || input === null) return out;
  for (const [name, value] of Object.entries(input)) {
    if (typeof value === 'string') out[name] = value;
    else if (Array.isArray(value) && typeof value[0] === 'string') out[name] = value[0];
  }
  return out;
}

/** The library's error shape (code + OAuth error name), narrowed from unknown. */
export function asOAuthError(error: unknown): { code: number; name: string; message: string } {
  if (error instanceof OAuth2Server.OAuthError)
    return { code: error.code, name: error.name, message: error.message };
  return {
    code: 500,
    name: 'server_error',
    message: error instanceof Error ? error.message : String(error),
  };
}
