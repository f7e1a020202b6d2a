import type Provider from 'oidc-provider';
import type { ConsentState } from './consent-state.js';
import { GRAPH_DEFAULT_SCOPE, GRAPH_RESOURCE, graphScopeSpellings } from './graph-scopes.js';

/**
 * A new grant for a user and the app, as the tenant's admin consent stands now: the OpenID scopes,
 * and each consented Graph permission in both spellings (plus `.default`). Saved; returns it.
 */
export async function consentedGrant(
  provider: Provider,
  consent: ConsentState,
  accountId: string,
  clientId: string,
): Promise<InstanceType<Provider['Grant']>> {
  const grant = new provider.Grant({ accountId, clientId });
  grant.addOIDCScope('openid profile email offline_access');
  const consented = consent.list();
  if (consented.length) {
    grant.addResourceScope(
      GRAPH_RESOURCE,
      [...graphScopeSpellings(consented), GRAPH_DEFAULT_SCOPE].join(' '),
    );
  }
  await grant.save();
  return grant;
}
