/*
 * Public API of @halo-outlook/halo: the HaloPSA data-access layer.
 */

// Set-up
export { provideHaloClient, HALO_INTERCEPTOR_CHAIN } from './provide/provide-halo-client';
export { withEnvironment, withRetryPolicy, withSenderCache } from './provide/halo-client-feature';
export type { HaloClientFeature, HaloClientFeatureKind } from './provide/halo-client-feature';

// Facades (handed to plugins by the sdk)
export { HaloFacades } from './facades/halo-facades';
export type { HaloReadFacade } from './facades/halo-read-facade';
export type { HaloWriteFacade } from './facades/halo-write-facade';
export type { HaloCallOptions, HaloLookupOptions } from './facades/halo-call-options';

// Endpoints
export { AgentApi } from './agents/agent-api';
export { UsersApi } from './users/users-api';
export type { SenderLookupOptions } from './users/users-api';
export { ClientsApi } from './clients/clients-api';
export { SitesApi } from './sites/sites-api';
export { TicketsApi } from './tickets/tickets-api';
export { ActionsApi, MESSAGE_ID_TICKET_LIMIT } from './actions/actions-api';
export type { HaloActionQuery } from './actions/actions-api';
export { AttachmentsApi } from './attachments/attachments-api';
export type { HaloAttachmentTarget } from './attachments/attachments-api';
export { ReferenceDataApi } from './reference-data/reference-data-api';
export { EmailRulesApi } from './email-rules/email-rules-api';

// Models and their parsers
export { parseAgent } from './agents/agent';
export type { HaloAgent } from './agents/agent';
export { parseUser } from './users/user';
export type { HaloUser } from './users/user';
export type { NewHaloUser } from './users/new-user';
export { parseClient } from './clients/client';
export type { HaloClient } from './clients/client';
export { parseSite } from './sites/site';
export type { HaloSite } from './sites/site';
export { parseTicket } from './tickets/ticket';
export type { HaloTicket } from './tickets/ticket';
export { parseCustomField } from './tickets/custom-field';
export type { HaloCustomField } from './tickets/custom-field';
export { DEFAULT_TICKET_COUNT, ticketQueryParams } from './tickets/ticket-query';
export type { HaloTicketQuery } from './tickets/ticket-query';
export type { HaloCustomFieldValue, HaloTicketChange, NewHaloTicket } from './tickets/new-ticket';
export { parseAction } from './actions/action';
export type { HaloAction } from './actions/action';
export type { NewHaloAction } from './actions/new-action';
export { normalizeMessageId, sameMessageId } from './actions/message-id';
export { parseAttachment } from './attachments/attachment';
export type { HaloAttachment } from './attachments/attachment';
export type { NewHaloAttachment } from './attachments/new-attachment';
export { toDataUri } from './attachments/data-uri';
export { parseStatus } from './reference-data/status';
export type { HaloStatus } from './reference-data/status';
export { parseTicketType } from './reference-data/ticket-type';
export type { HaloTicketType } from './reference-data/ticket-type';
export { parseOutcome } from './reference-data/outcome';
export type { HaloOutcome } from './reference-data/outcome';
export { parseTeam } from './reference-data/team';
export type { HaloTeam } from './reference-data/team';
export { parsePriority } from './reference-data/priority';
export type { HaloPriority } from './reference-data/priority';
export { parseFieldInfo } from './reference-data/field-info';
export type { HaloFieldInfo } from './reference-data/field-info';
export { parseEmailRule } from './email-rules/email-rule';
export type { HaloEmailRule, HaloEmailRuleMapping } from './email-rules/email-rule';

// Writes
export { readWriteResult } from './http/write-result';
export type { HaloWriteResult } from './http/write-result';

// HTTP behaviour
export { classifyHttpError, HALO_CORS_SETTING } from './http/classify-http-error';
export type { HttpErrorContext } from './http/classify-http-error';
export { readErrorMessage } from './http/read-error-message';
export { backoffDelay, DEFAULT_RETRY_POLICY, planRetry } from './http/retry-policy';
export type { RetryPolicy, RetryState } from './http/retry-policy';
export { BROWSER_ENVIRONMENT, HALO_ENVIRONMENT } from './http/halo-environment';
export type { HaloEnvironment } from './http/halo-environment';
export { DEFAULT_HALO_CLIENT_OPTIONS, HALO_CLIENT_OPTIONS } from './http/halo-client-options';
export type { HaloClientOptions } from './http/halo-client-options';
export type { HaloRequestOptions } from './http/halo-request-options';
export { RequestLedger } from './http/request-ledger';
export type { LedgerEntry } from './http/request-ledger';

// Caches (clear them on sign-out)
export { SessionCache } from './cache/session-cache';
export { StaleWhileRevalidateCache } from './cache/stale-while-revalidate-cache';
export type { Freshness } from './cache/stale-while-revalidate-cache';

// Parsing helpers
export { isRecord, readList, readNumber } from './parsing/read-list';
export type { ListPage } from './parsing/read-list';
export { readSingle } from './parsing/read-single';
