/** One value of the Halo API application the set-up guide lists. */
export interface ApiApplicationSetting {
  /** Stable key (tests, analytics-free styling). */
  readonly key: 'name' | 'authMethod' | 'loginType' | 'redirectUri' | 'corsOrigin' | 'permissions';
  /** Where it is in Halo, in the agent's words. */
  readonly label: string;
  /** What to enter or choose, exactly. */
  readonly value: string;
  /** True for a value to paste (offered with a copy button); false for a choice to pick. */
  readonly copy: boolean;
}

/**
 * The exact settings of the Halo API application this add-in needs, for this deployment: the
 * redirect URI is the sign-in callback page beside the add-in (`<base>/auth/callback.html`), the
 * CORS origin is the add-in's origin.
 *
 * @param authStartPage core's `authStartPage` option (`auth/start.html`), relative to `baseUri`.
 * @param baseUri the pane's base URI (`document.baseURI`).
 */
export function apiApplicationSettings(
  authStartPage: string,
  baseUri: string,
): readonly ApiApplicationSetting[] {
  const start = new URL(authStartPage, baseUri);
  const redirectUri = new URL('callback.html', start).href;
  return [
    {
      key: 'name',
      label: $localize`:@@guide.setting.name:Application name`,
      value: 'Halo for Outlook',
      copy: true,
    },
    {
      key: 'authMethod',
      label: $localize`:@@guide.setting.authMethod:Authentication method`,
      value: 'Authorisation Code (Native Application)',
      copy: false,
    },
    {
      key: 'loginType',
      label: $localize`:@@guide.setting.loginType:Login type`,
      value: 'Agent',
      copy: false,
    },
    {
      key: 'redirectUri',
      label: $localize`:@@guide.setting.redirectUri:Redirect URI`,
      value: redirectUri,
      copy: true,
    },
    {
      key: 'corsOrigin',
      label: $localize`:@@guide.setting.corsOrigin:CORS allowed origin (Security tab)`,
      value: start.origin,
      copy: true,
    },
    {
      key: 'permissions',
      label: $localize`:@@guide.setting.permissions:Permissions`,
      value: 'read:customers, read:tickets, edit:tickets',
      copy: false,
    },
  ];
}
