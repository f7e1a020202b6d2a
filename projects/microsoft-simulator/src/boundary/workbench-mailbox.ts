/* eslint-disable no-restricted-imports -- the one place this test facility reuses the workbench's
   mailbox code (not a package): Graph must report the ids its Office stand-in reports. */
/**
 * What the simulator reuses from the workbench, so that Graph's messages are the workbench's:
 * its `.eml` parser (item ids, conversation ids, addresses, bodies), its id functions, the
 * categories of a message's `Keywords` header, and its Office stand-in's `convertToRestId`.
 */
export { parseEml } from '../../../workbench/src/host/mailbox/parse-eml.js';
export { keywordsOf } from '../../../workbench/src/host/mailbox/message-keywords.js';
export type { MailboxIndex } from '../../../workbench/src/host/mailbox/sample-loader.js';
export { conversationIdFor, itemIdFor } from '../../../workbench/src/host/mailbox/mailbox-ids.js';
export { convertToEwsId, convertToRestId } from '../../../workbench/src/office-standin/rest-id.js';
export type {
  WorkbenchAddress,
  WorkbenchMessage,
} from '../../../workbench/src/host-contract/workbench-host.js';
