import type { MicrosoftRequestLogEntry, MicrosoftRequestLogFilter } from './request-log.js';

/** Options of {@link MicrosoftSimulatorControl.issueToken}. */
export interface IssueGraphTokenOptions {
  /** User principal name (default `alex.morgan@msp.example`). */
  user?: string;
  /** Graph permissions, either spelling (default: the consented ones). Not checked against consent. */
  scopes?: string[];
  /** Lifetime in seconds (default: the access-token lifetime); negative = already expired. */
  ttlSeconds?: number;
}

/** A Graph access token issued without a browser flow. */
export interface IssuedGraphToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

/** Test controls of a running Microsoft simulator (mirrored over HTTP under `/_ms`). */
export interface MicrosoftSimulatorControl {
  /** Requests received (identity and Graph), optionally filtered. */
  requestLog(filter?: MicrosoftRequestLogFilter): MicrosoftRequestLogEntry[];
  /** Forgets the request log. */
  clearLog(): void;
  /** The Graph permissions the tenant admin consented to (short form). */
  consentedScopes(): string[];
  /**
   * Replaces the consent (e.g. `['User.Read']` to refuse `Mail.Read`). Applies to the next sign-in
   * or refresh; access tokens already issued keep their scopes until they expire, as with Entra.
   * Throws on a permission the simulator does not know.
   */
  setConsentedScopes(scopes: string[]): void;
  /** Signs a Graph access token for a user of the first tenant (for Graph tests without MSAL). */
  issueToken(options?: IssueGraphTokenOptions): IssuedGraphToken;
  /**
   * Restores the start-up consent, clears the log, signs everyone out and revokes every refresh
   * token. Access tokens already issued stay valid until they expire (they are JWTs, as Entra's).
   */
  reset(): void;
}
