import { isRecord } from '../parsing/read-list';
import { readFlag, readRef, readText } from '../parsing/read-field';

/** A Halo user: a contact at a client, the person who sends the e-mails. */
export interface HaloUser {
  /** The user id. */
  readonly id: number;
  /** Display name. */
  readonly name: string;
  /** E-mail address (`emailaddress`), when set. */
  readonly email: string | null;
  /** The client (customer) the user belongs to. */
  readonly clientId: number | null;
  /** The client's name, when Halo sent it. */
  readonly clientName: string | null;
  /** The user's site (Halo sends it as a double, `site_id: 18.0`, beside `site_id_int`). */
  readonly siteId: number | null;
  /** The site's name, when Halo sent it. */
  readonly siteName: string | null;
  /** True when the user is inactive. */
  readonly inactive: boolean;
  /** Phone number, when set. */
  readonly phone: string | null;
}

/** Parses one user object; `null` when it has no id. */
export function parseUser(raw: unknown): HaloUser | null {
  if (!isRecord(raw)) return null;
  const id = readRef(raw, 'id');
  if (id === null) return null;
  const first = readText(raw, 'firstname');
  const last = readText(raw, 'surname');
  const joined = [first, last].filter((part) => part !== null).join(' ');
  return {
    id,
    name: readText(raw, 'name') ?? (joined === '' ? `User ${id}` : joined),
    email: readText(raw, 'emailaddress', 'email', 'email_address'),
    clientId: readRef(raw, 'client_id'),
    clientName: readText(raw, 'client_name'),
    siteId: readRef(raw, 'site_id_int', 'site_id'),
    siteName: readText(raw, 'site_name'),
    inactive: readFlag(raw, 'inactive') ?? false,
    phone: readText(raw, 'phonenumber', 'phonenumber_preferred', 'mobilenumber'),
  };
}
