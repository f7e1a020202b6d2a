import type { Provider } from '@angular/core';
import { PluginCircuitBreaker } from '../isolation/plugin-circuit-breaker';
import { LogRunner } from '../log/log-runner';
import { MailContentSource } from '../mail/mail-content-source';
import { OutboxReplayer } from '../outbox/outbox-replayer';
import { OutboxStorage } from '../outbox/outbox-storage';
import { OutboxStore } from '../outbox/outbox-store';
import { MatcherRunner } from '../resolution/matcher-runner';
import { ResolutionStore } from '../resolution/resolution-store';

/**
 * The services that run the registered plugins. `provideHaloPlugins(...)` provides them beside the
 * registry, so wherever plugins are registered (the root injector, or an environment injector an
 * app creates for its pane) they read that registration's plugins and options, and there is one
 * of each. (The breaker, the mail content and the outbox are also `providedIn: 'root'` for code
 * that uses them alone.)
 */
export const PLUGIN_RUNTIME: readonly Provider[] = [
  PluginCircuitBreaker,
  MailContentSource,
  MatcherRunner,
  ResolutionStore,
  OutboxStorage,
  OutboxStore,
  LogRunner,
  OutboxReplayer,
];
