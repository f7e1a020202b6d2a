import { type EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { provideConversationLogging } from '../conversation/provide-conversation-logging';
import { provideOriginalMessageFromGraph } from './original-message-fallback';

/**
 * What the pane reads through Microsoft Graph once the agent is signed in with Microsoft: the
 * original message where Outlook cannot export it, and "Log the conversation". Both sit in the
 * pane runtime beside the sdk services that use them (the mail content source, the plugin
 * registry), and stay off until Entra is configured and `Mail.Read` granted; MSAL loads only then.
 *
 * @usageNotes
 * In `paneRuntimeProviders()`: `[..., providePanePlugins(), provideGraphMailFeatures()]`.
 */
export function provideGraphMailFeatures(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideOriginalMessageFromGraph(),
    provideConversationLogging(),
  ]);
}
