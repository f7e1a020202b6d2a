import type { Account, AccountClaims } from 'oidc-provider';
import type { DirectoryUser } from '../directory/directory-user.js';
import type { Tenant } from '../directory/tenant.js';
import { subjectFor } from './subject-id.js';

/** A tenant's users by their `sub` for the app (oidc-provider's account id). */
export class TenantAccounts {
  private readonly bySubject = new Map<string, DirectoryUser>();

  constructor(
    readonly tenant: Tenant,
    readonly clientId: string,
  ) {
    for (const user of tenant.users) this.bySubject.set(subjectFor(user.id, clientId), user);
  }

  /** The user of an account id, if any. */
  user(accountId: string): DirectoryUser | undefined {
    return this.bySubject.get(accountId);
  }

  /** The account id (`sub`) of a user. */
  accountId(user: DirectoryUser): string {
    return subjectFor(user.id, this.clientId);
  }

  /** A user by sign-in name (case-insensitive). */
  byUserPrincipalName(name: string): DirectoryUser | undefined {
    const wanted = name.trim().toLowerCase();
    return this.tenant.users.find((u) => u.userPrincipalName.toLowerCase() === wanted);
  }

  /**
   * oidc-provider's `findAccount`: the claims Entra puts in a v2 id token — `tid`, `oid`, `ver`,
   * `name`, `preferred_username`, `email` — which MSAL turns into the account (`tenantId`,
   * `localAccountId`, `name`, `username`). A disabled user has no account (sessions end).
   */
  find(accountId: string): Account | undefined {
    const user = this.bySubject.get(accountId);
    if (!user || !user.accountEnabled) return undefined;
    const claims = (): AccountClaims => ({
      sub: accountId,
      tid: this.tenant.id,
      oid: user.id,
      ver: '2.0',
      name: user.displayName,
      given_name: user.givenName,
      family_name: user.surname,
      preferred_username: user.userPrincipalName,
      email: user.userPrincipalName,
    });
    return { accountId, claims };
  }
}
