import { double } from '../http/halo-json.js';
import type { HaloData } from '../store/halo-data.js';
import type { UserRecord } from '../store/records.js';

/** A user as `/api/Users` returns it: `site_id` a double next to `site_id_int`, like Halo. */
export function userView(u: UserRecord, data: HaloData): Record<string, unknown> {
  const client = data.clients.find((c) => c.id === u.client_id);
  const site = data.sites.find((s) => s.id === u.site_id);
  return {
    id: u.id,
    name: u.name,
    firstname: u.firstname,
    surname: u.surname,
    emailaddress: u.emailaddress,
    client_id: u.client_id,
    client_name: client?.name ?? '',
    site_id: double(u.site_id),
    site_id_int: u.site_id,
    site_name: site?.name ?? '',
    inactive: u.inactive,
    phonenumber: u.phonenumber,
    mobilenumber: u.mobilenumber,
    jobtitle: u.jobtitle,
    linked_agent_id: u.linked_agent_id,
    customfields: [],
  };
}
