import type { KoaContextWithOIDC } from 'oidc-provider';

type Next = () => Promise<void>;

/**
 * Entra's `client_info` in token responses: when the request asks for it (`client_info=1`, which
 * MSAL always sends), the response carries base64url JSON `{"uid": <oid>, "utid": <tid>}` taken from
 * the id token, from which MSAL builds the account's `homeAccountId` (`<oid>.<tid>`), as with Entra.
 */
export async function addClientInfo(ctx: KoaContextWithOIDC, next: Next): Promise<void> {
  await next();
  const body = ctx.body as Record<string, unknown> | undefined;
  const asked = (ctx.oidc?.body as Record<string, unknown> | undefined)?.['client_info'];
  if (ctx.oidc?.route !== 'token' || ctx.status !== 200 || asked !== '1') return;
  if (!body || typeof body['id_token'] !== 'string') return;
  const payload = body['id_token'].split('.')[1] ?? '';
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
  if (typeof claims['oid'] !== 'string' || typeof claims['tid'] !== 'string') return;
  ctx.body = {
    ...body,
    client_info: Buffer.from(JSON.stringify({ uid: claims['oid'], utid: claims['tid'] })).toString(
      'base64url',
    ),
  };
}
