/*
 * The Microsoft simulator's programmatic API: start it, read its URLs, drive it in tests.
 */
export { startMicrosoftSimulator } from './simulator/start-microsoft-simulator.js';
export type {
  RunningMicrosoftSimulator,
  RunningTenant,
  SimulatorMsalConfiguration,
} from './simulator/start-microsoft-simulator.js';
export {
  DEFAULT_CLIENT_ID,
  DEFAULT_CORS_ORIGINS,
  DEFAULT_REDIRECT_URIS,
  WORKBENCH_BUILT_SAMPLES_DIR,
  WORKBENCH_SAMPLES_DIR,
} from './simulator/microsoft-simulator-options.js';
export type {
  MicrosoftSimulatorOptions,
  ResolvedMicrosoftOptions,
} from './simulator/microsoft-simulator-options.js';
export type {
  IssueGraphTokenOptions,
  IssuedGraphToken,
  MicrosoftSimulatorControl,
} from './control/microsoft-control.js';
export type {
  MicrosoftRequestLogEntry,
  MicrosoftRequestLogFilter,
  RequestArea,
  TokenSummary,
} from './control/request-log.js';
export { MSP_TENANT_ID, SECOND_TENANT_ID, USER_PASSWORD } from './directory/fixed-tenants.js';
export { GRAPH_RESOURCE, KNOWN_GRAPH_SCOPES } from './identity/graph-scopes.js';
export { redirectUriAllowed } from './identity/redirect-uri-rule.js';
