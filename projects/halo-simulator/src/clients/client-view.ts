import type { ClientRecord } from '../store/records.js';

/** A client as `/api/Client` returns it. */
export function clientView(c: ClientRecord): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    inactive: c.inactive,
    toplevel_id: c.toplevel_id,
    toplevel_name: c.toplevel_name,
    website: c.website,
    domain: c.domain,
    phonenumber: c.phonenumber,
    main_site_id: c.main_site_id,
    customfields: [],
  };
}
