/*
 * Public API of @halo-outlook/core.
 */

// Errors a user can act on
export { AppError, isAppError } from './errors/app-error';
export type { AppErrorInit, AppErrorKind } from './errors/app-error';
export { toAppError } from './errors/to-app-error';

// Providers
export {
  provideHaloCore,
  withCoreOptions,
  withDiagnosticsCapacity,
  withHost,
} from './provide/provide-halo-core';
export type { HaloCoreFeature } from './provide/provide-halo-core';
export { DEFAULT_HALO_CORE_OPTIONS, HALO_CORE_OPTIONS } from './provide/halo-core-options';
export type { HaloCoreOptions } from './provide/halo-core-options';

// Host boundary
export { HOST_CONTEXT, browserHost } from './host/host-context';
export type { HostContext, HostKind } from './host/host-context';
export { connectHost } from './host/connect-host';
export type { ConnectHostOptions } from './host/connect-host';
export { restoreHistoryApi, saveHistoryApi } from './host/history-api';
export { HostTheme, schemeOf } from './host/host-theme';
export { HostRequirements } from './host/host-requirements';
export type { HostColorScheme } from './host/host-theme';
export type { SavedHistoryApi } from './host/history-api';

// What the mailbox gives, as types (the port, its Office adapter and their functions are
// @halo-outlook/core/mailbox)
export type { MailAddress, MailAttachmentInfo, MailSnapshot } from './mailbox/mail-snapshot';
export type { MailAttachmentContent } from './mailbox/mail-attachment-content';
export type { MailUserProfile } from './mailbox/mail-user-profile';
export type { MailboxCapabilities } from './mailbox/mailbox-capabilities';
export type { ThreadHeaders } from './mailbox/thread-headers';

// Storage
export { RoamingStore, ROAMING_BUDGET_BYTES, measureRoamingBytes } from './storage/roaming-store';
export type { RoamingUsage } from './storage/roaming-store';
export { DeviceStore, DEVICE_DB_NAME } from './storage/device-store';
export type { DeviceArea } from './storage/device-store';
export { SecretBox } from './storage/secret-box';
export type { SealedSecret } from './storage/secret-box';

// Tenant config
export { TenantConfigStore } from './tenant/tenant-config-store';
export type {
  ManagedConfig,
  ManagedConfigSource,
  ManagedField,
  TenantConfig,
  TenantConfigInput,
} from './tenant/tenant-config';
export { tenantKey } from './tenant/tenant-config';
export {
  DEFAULT_ENTRA_AUTHORITY,
  DEFAULT_GRAPH_URL,
  readEntraSettings,
} from './tenant/entra-settings';
export type { EntraSettings } from './tenant/entra-settings';
export { normalizeTenantUrl } from './tenant/tenant-url';
export type { TenantUrls } from './tenant/tenant-url';
export { discoverTenant } from './tenant/tenant-discovery';
export type { TenantDiscovery } from './tenant/tenant-discovery';
export { FETCH } from './network/fetch-function';
export { abortableFirst } from './network/abortable-first';
export { parseRetryAfter } from './network/retry-after';

// Where sign-in stands, and tokens (the sign-in flow is @halo-outlook/core/sign-in)
export { HaloSession } from './auth/halo-session';
export { TokenService } from './auth/token-service';
export type { AuthState } from './auth/auth-state';
export { TokenClient } from './auth/token-client';
export type { TokenEndpoint } from './auth/token-client';
export type { TokenSet } from './auth/token-set';

// Diagnostics
export { DiagnosticsLog } from './diagnostics/diagnostics-log';
export type {
  DiagnosticData,
  DiagnosticEntry,
  DiagnosticLevel,
} from './diagnostics/diagnostics-log';
export { DiagnosticsTrail, DIAGNOSTICS_CAPACITY } from './diagnostics/diagnostics-trail';
export { redactText } from './diagnostics/redact';

// Private to core's entry points (the ɵ prefix, as Angular's own packages mark theirs): the Office
// boundary and the roaming backend, for @halo-outlook/core/sign-in and @halo-outlook/core/mailbox.
// Not for apps or plugins.
export { OFFICE as ɵOFFICE } from './office/office-token';
export { officeCall as ɵofficeCall } from './office/office-call';
export { officeGlobal as ɵofficeGlobal } from './office/office-api';
export type {
  OfficeApi as ɵOfficeApi,
  OfficeAttachmentContent as ɵOfficeAttachmentContent,
  OfficeCallback as ɵOfficeCallback,
  OfficeDialog as ɵOfficeDialog,
  OfficeEmailAddress as ɵOfficeEmailAddress,
  OfficeMessageRead as ɵOfficeMessageRead,
} from './office/office-api';
export { ROAMING_BACKEND as ɵROAMING_BACKEND } from './storage/roaming-backend';
