/** A user of a simulated Entra tenant (a work account that can sign in on the login page). */
export interface DirectoryUser {
  /** Object id (`oid`): a stable GUID. */
  readonly id: string;
  /** Sign-in name and mail address (`preferred_username`, `upn`), e.g. `alex.morgan@msp.example`. */
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly givenName: string;
  readonly surname: string;
  readonly jobTitle: string | null;
  readonly password: string;
  /** A disabled account cannot sign in (Entra's AADSTS50057). */
  readonly accountEnabled: boolean;
}
