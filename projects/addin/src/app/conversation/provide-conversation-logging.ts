import { type EnvironmentProviders, inject, makeEnvironmentProviders } from '@angular/core';
import { logConversationAction } from '@halo-outlook/log-actions';
import { CONVERSATION_SOURCE, HALO_LOG_ACTIONS } from '@halo-outlook/sdk';
import { GraphConversationSource } from './graph-conversation-source';

/**
 * "Log the conversation": the conversation source is Microsoft Graph
 * ({@link GraphConversationSource}) and the built-in action is registered with the pane's log
 * actions. It is offered only while the source is available: the organisation configured an Entra
 * app and the agent signed in with Microsoft without refusing `Mail.Read` (the organisation's
 * config may arrive after start-up, so the registration does not depend on it).
 *
 * @usageNotes
 * `providers: [providePanePlugins(), provideConversationLogging()]`
 */
export function provideConversationLogging(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: CONVERSATION_SOURCE, useExisting: GraphConversationSource },
    {
      provide: HALO_LOG_ACTIONS,
      multi: true,
      useFactory: () => ({ plugins: [logConversationAction(inject(CONVERSATION_SOURCE))] }),
    },
  ]);
}
