import { randomUUID } from 'node:crypto';
import type { Response } from 'express';

/** A Graph error to answer with (`{ error: { code, message } }`). */
export class GraphError extends Error {
  override readonly name = 'GraphError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Graph's errors, with its codes and wording. */
export const GRAPH_ERRORS = {
  noToken: () => new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.'),
  badToken: (detail: string) =>
    new GraphError(401, 'InvalidAuthenticationToken', `Access token validation failure. ${detail}`),
  expired: () =>
    new GraphError(
      401,
      'InvalidAuthenticationToken',
      'Lifetime validation failed, the token is expired.',
    ),
  mailDenied: () =>
    new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'),
  userDenied: () =>
    new GraphError(
      403,
      'Authorization_RequestDenied',
      'Insufficient privileges to complete the operation.',
    ),
  notFound: () =>
    new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.'),
  malformedId: () => new GraphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.'),
  noSegment: (segment: string) =>
    new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`),
} as const;

/** Sends a Graph error body with `innerError` (date, request-id), as Graph does. */
export function sendGraphError(res: Response, error: GraphError): void {
  const requestId = randomUUID();
  res
    .status(error.status)
    .set('request-id', requestId)
    .set('Cache-Control', 'no-store')
    .json({
      error: {
        code: error.code,
        message: error.message,
        innerError: {
          date: new Date().toISOString().replace(/\.\d+Z$/, ''),
          'request-id': requestId,
          'client-request-id': requestId,
        },
      },
    });
}
