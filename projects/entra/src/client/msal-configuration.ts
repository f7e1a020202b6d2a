import {
  BrowserCacheLocation,
  LogLevel,
  ProtocolMode,
  type Configuration,
} from '@azure/msal-browser';
import type { DiagnosticsLog, EntraSettings } from '@halo-outlook/core';

/**
 * MSAL's configuration for the organisation's Entra settings. Microsoft's own authorities use
 * MSAL's Entra protocol mode; any other OpenID Connect authority (the local test authority) the
 * OIDC mode, with its host as a known authority. The cache is `localStorage` (MSAL encrypts it
 * with a key that lasts the browser session), so a sign-in outlives reopening the pane. MSAL's
 * warnings go to the diagnostics trail, without personal data.
 *
 * @usageNotes
 * `new PublicClientApplication(msalConfiguration(settings, redirectUri, log))`
 */
export function msalConfiguration(
  settings: EntraSettings,
  redirectUri: string,
  log?: DiagnosticsLog,
): Configuration {
  const oidc = settings.authorityKind === 'oidc';
  return {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      knownAuthorities: oidc ? [new URL(settings.authority).host] : [],
      redirectUri,
      postLogoutRedirectUri: null,
    },
    cache: { cacheLocation: BrowserCacheLocation.LocalStorage },
    system: {
      protocolMode: oidc ? ProtocolMode.OIDC : ProtocolMode.AAD,
      loggerOptions: {
        logLevel: LogLevel.Warning,
        piiLoggingEnabled: false,
        loggerCallback: (level, message, containsPii) => {
          if (containsPii || !log) return;
          log.record('entra.msal', level === LogLevel.Error ? 'error' : 'warn', message);
        },
      },
    },
  };
}
