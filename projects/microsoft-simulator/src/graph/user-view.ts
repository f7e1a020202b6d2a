import type { DirectoryUser } from '../directory/directory-user.js';

/** `GET /me`: the signed-in user as Graph returns it (default properties). */
export function userView(user: DirectoryUser, graphUrl: string): Record<string, unknown> {
  return {
    '@odata.context': `${graphUrl}/$metadata#users/$entity`,
    businessPhones: [],
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.userPrincipalName,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'en-GB',
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    id: user.id,
  };
}
