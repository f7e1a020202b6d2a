/** What creating a Halo user takes: a name and a site (Halo refuses a user without a site). */
export interface NewHaloUser {
  /** Display name. */
  readonly name: string;
  /** E-mail address. */
  readonly email?: string;
  /** The site the user belongs to (required by Halo). */
  readonly siteId: number;
  /** The client; must be the site's client when given. */
  readonly clientId?: number;
  /** Phone number. */
  readonly phone?: string;
}
