import { badRequest, notFound } from '../http/halo-http-error.js';
import {
  boolField,
  numberField,
  stringField,
  updateId,
  type WriteItem,
} from '../http/write-body.js';
import type { HaloStore } from '../store/halo-store.js';
import type { UserRecord } from '../store/records.js';

function resolveSite(
  store: HaloStore,
  item: WriteItem,
  current?: UserRecord,
): { siteId: number; clientId: number } {
  const siteId = numberField(item, 'site_id') ?? current?.site_id;
  if (siteId === undefined)
    throw badRequest('Please select a Site for this User (site_id is required)');
  const site = store.data.sites.find((s) => s.id === siteId);
  if (!site) throw badRequest(`Site ${siteId} does not exist`);
  const clientId = numberField(item, 'client_id');
  if (clientId !== undefined && clientId !== site.client_id)
    throw badRequest(`Site ${siteId} does not belong to client ${clientId}`);
  return { siteId, clientId: site.client_id };
}

/**
 * Creates (no `id`) or updates (`id`, partial) a user from one write item. Create needs a name
 * (`name`, or `firstname`/`surname`) and a `site_id` (400 otherwise); an unknown `id` is a 404.
 */
export function writeUser(store: HaloStore, item: WriteItem): UserRecord {
  const id = updateId(item);
  if (id !== undefined) {
    const user = store.data.users.find((u) => u.id === id);
    if (!user) throw notFound('User', id);
    const { siteId, clientId } = resolveSite(store, item, user);
    user.site_id = siteId;
    user.client_id = clientId;
    user.firstname = stringField(item, 'firstname') ?? user.firstname;
    user.surname = stringField(item, 'surname') ?? user.surname;
    user.name = stringField(item, 'name') ?? user.name;
    user.emailaddress = stringField(item, 'emailaddress') ?? user.emailaddress;
    user.phonenumber = stringField(item, 'phonenumber') ?? user.phonenumber;
    user.mobilenumber = stringField(item, 'mobilenumber') ?? user.mobilenumber;
    user.jobtitle = stringField(item, 'jobtitle') ?? user.jobtitle;
    user.inactive = boolField(item, 'inactive') ?? user.inactive;
    return user;
  }
  const firstname = stringField(item, 'firstname') ?? '';
  const surname = stringField(item, 'surname') ?? '';
  const name = (stringField(item, 'name') ?? `${firstname} ${surname}`).trim();
  if (!name) throw badRequest('Please enter a Name for this User (name is required)');
  const { siteId, clientId } = resolveSite(store, item);
  const [first, ...rest] = name.split(' ');
  const user: UserRecord = {
    id: store.nextId('user'),
    name,
    firstname: firstname || (first ?? ''),
    surname: surname || rest.join(' '),
    emailaddress: stringField(item, 'emailaddress') ?? '',
    client_id: clientId,
    site_id: siteId,
    inactive: boolField(item, 'inactive') ?? false,
    phonenumber: stringField(item, 'phonenumber') ?? '',
    mobilenumber: stringField(item, 'mobilenumber') ?? '',
    jobtitle: stringField(item, 'jobtitle') ?? '',
    linked_agent_id: 0,
  };
  store.data.users.push(user);
  return user;
}
