import { double } from '../http/halo-json.js';
import type { HaloData } from '../store/halo-data.js';
import type { SiteRecord } from '../store/records.js';

/** A site as `/api/Site` returns it (`client_id` as a double, like Halo). */
export function siteView(s: SiteRecord, data: HaloData): Record<string, unknown> {
  const client = data.clients.find((c) => c.id === s.client_id);
  return {
    id: s.id,
    name: s.name,
    client_id: double(s.client_id),
    client_name: client?.name ?? '',
    clientsite_name: `${client?.name ?? ''} - ${s.name}`,
    inactive: s.inactive,
    emaildomain: s.emaildomain,
    todomain: s.todomain,
    phonenumber: s.phonenumber,
    timezone: s.timezone,
    customfields: [],
  };
}
