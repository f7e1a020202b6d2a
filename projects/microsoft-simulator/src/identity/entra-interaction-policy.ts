import { type KoaContextWithOIDC, interactionPolicy } from 'oidc-provider';
import { scopeKind, splitScopes } from './graph-scopes.js';

const { Check, Prompt, base } = interactionPolicy;

/** The requested scopes neither OpenID nor a Graph permission the simulator knows. */
export function unknownScopes(scope: string | undefined): string[] {
  return splitScopes(scope).filter((s) => scopeKind(s) === 'unknown');
}

/**
 * oidc-provider's interaction policy with Entra's extras: `prompt=select_account` (MSAL's common
 * choice; the login page is shown again), and a request for an unknown scope needs the login page,
 * which answers it with `invalid_scope` (with `prompt=none`, the error itself).
 */
export function entraInteractionPolicy(): interactionPolicy.DefaultPolicy {
  const policy = base();
  policy.add(new Prompt({ name: 'select_account', requestable: true }), 0);
  policy
    .get('login')
    ?.checks.add(
      new Check(
        'unknown_scopes',
        "AADSTS70011: The provided value for the input parameter 'scope' is not valid.",
        'invalid_scope',
        (ctx: KoaContextWithOIDC) => unknownScopes(ctx.oidc.params?.['scope'] as string).length > 0,
      ),
      0,
    );
  return policy;
}
