/**
 * Public API of the Halo simulator: start it, control it, read its data.
 * Import from `projects/halo-simulator/src/public-api.ts` (e2e tests, benchmarks, the CLI).
 */
export {
  startSimulator,
  type AgentLogin,
  type RunningSimulator,
} from './simulator/start-simulator.js';
export {
  DEFAULT_CORS_ORIGINS,
  DEFAULT_VARIANTS,
  type HaloVariants,
  type LatencyOptions,
  type RateLimitOptions,
  type ResolvedOptions,
  type SimulatorOptions,
} from './simulator/simulator-options.js';
export type {
  IssuedToken,
  IssueTokenOptions,
  SimulatorControl,
} from './simulator/simulator-control.js';
export type { ActiveFault, FaultSpec } from './control/fault-rules.js';
export type { RequestLogEntry, RequestLogFilter } from './control/request-log.js';
export type { HaloData } from './store/halo-data.js';
export type * from './store/records.js';
export { AGENT_PASSWORD, FIXED, PUBLIC_DOMAINS, SUPPORT_MAILBOX } from './seed/fixed-records.js';
export { FIELD_IDS } from './seed/reference-data.js';
export { EMAIL_RULE_TYPES } from './seed/email-rules.js';
