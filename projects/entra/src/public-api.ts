/*
 * Public API of @halo-outlook/entra: the optional Microsoft Entra sign-in and Microsoft Graph.
 * An app loads it lazily (`await import('@halo-outlook/entra')`) only when the organisation
 * names an Entra app, so nobody else downloads MSAL.
 */

// Loading: the one call a lazy app makes
export { loadEntra } from './provide/load-entra';
export type { EntraServices, LoadEntraOptions } from './provide/load-entra';
export { provideEntra } from './provide/provide-entra';
export { ENTRA_CLIENT, ENTRA_REDIRECT_URI, ENTRA_SETTINGS } from './provide/entra-tokens';

// The MSAL client
export { createEntraClient } from './client/create-entra-client';
export type { CreateEntraClientOptions } from './client/create-entra-client';
export type { EntraClient, EntraSignInMode } from './client/entra-client';
export { msalConfiguration } from './client/msal-configuration';
export { MSAL_FACTORIES } from './client/msal-factories';
export type { MsalFactories } from './client/msal-factories';

// The session
export { EntraSession } from './session/entra-session';
export type { AccessTokenOptions } from './session/entra-session';
export type { EntraAccount, EntraState, ScopeConsent } from './session/entra-state';
export { consentError, entraError, notSignedInError } from './session/entra-error';
export type { EntraErrorContext } from './session/entra-error';
export { ENTRA_PREFERENCES } from './session/sign-out-memory';

// Microsoft Graph
export { GraphClient } from './graph/graph-client';
export type { GraphCallOptions } from './graph/graph-client';
export type { GraphAddress, GraphMessageSummary, GraphUser } from './graph/graph-message';
export { GRAPH_SCOPES, requestScope } from './graph/graph-scopes';
export type { GraphScope } from './graph/graph-scopes';
export { graphError } from './graph/graph-error';
export type { GraphErrorContext } from './graph/graph-error';

// The pop-up's redirect page (bundled separately as auth/entra-redirect.html)
export { runEntraRedirectPage } from './redirect-page/run-entra-redirect-page';
export type { EntraRedirectPageEnvironment } from './redirect-page/run-entra-redirect-page';
