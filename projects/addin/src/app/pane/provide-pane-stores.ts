import type { Provider } from '@angular/core';
import { PaneReadiness } from './pane-readiness';
import { RecordSearch } from './pickers/record-search';
import { SenderStore } from './sender/sender-store';
import { PaneTicketsStore } from './tickets/tickets-store';

/**
 * The pane view's stores, for the pane runtime's providers (`paneRuntimeProviders()`): the sender
 * card's, the tickets', the pane's readiness and the pickers' searches. They live in the runtime,
 * not in the view, so going to Settings and back keeps what the pane showed.
 *
 * @usageNotes
 * `providers: [provideHaloPlugins(...), provideEmailResolution(), providePaneStores()]`
 */
export function providePaneStores(): Provider[] {
  return [SenderStore, PaneTicketsStore, PaneReadiness, RecordSearch];
}
