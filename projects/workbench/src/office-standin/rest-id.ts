import { MailboxEnums } from './office-enums';

const REST_VERSIONS: readonly unknown[] = Object.values(MailboxEnums.RestVersion);

/**
 * Office's argument exceptions (MS Ajax `Error.argumentNull` / `Error.argument`): what office.js
 * throws when `convertToRestId` or `convertToEwsId` is called without an id or with a version
 * that is not one of `Office.MailboxEnums.RestVersion`.
 */
function argumentError(name: 'Sys.ArgumentNullException' | 'Sys.ArgumentException', param: string) {
  const what =
    name === 'Sys.ArgumentNullException'
      ? 'Value cannot be null.'
      : 'Value does not fall within the expected range.';
  const error = new Error(`${name}: ${what}\nParameter name: ${param}`);
  error.name = name;
  return error;
}

function checkArguments(itemId: unknown, restVersion: unknown): string {
  if (!itemId) throw argumentError('Sys.ArgumentNullException', 'itemId');
  if (!restVersion) throw argumentError('Sys.ArgumentNullException', 'restVersion');
  if (!REST_VERSIONS.includes(restVersion))
    throw argumentError('Sys.ArgumentException', 'restVersion');
  return String(itemId);
}

/**
 * `Office.context.mailbox.convertToRestId(itemId, restVersion)` (Mailbox 1.3), as office.js does
 * it: the EWS id with `/` replaced by `-` and `+` by `_` (the form Microsoft Graph and the REST
 * APIs use), the same for every `RestVersion`. Throws like office.js when `itemId` is empty or
 * `restVersion` is missing or unknown.
 */
export function convertToRestId(itemId: string, restVersion: unknown): string {
  return checkArguments(itemId, restVersion).replace(/\//g, '-').replace(/\+/g, '_');
}

/** `Office.context.mailbox.convertToEwsId(itemId, restVersion)` (Mailbox 1.3): the inverse. */
export function convertToEwsId(itemId: string, restVersion: unknown): string {
  return checkArguments(itemId, restVersion).replace(/-/g, '/').replace(/_/g, '+');
}
