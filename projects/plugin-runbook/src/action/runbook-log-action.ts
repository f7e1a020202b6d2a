import type { LogAction } from '@halo-outlook/sdk';
import { RUNBOOK_FIELDS, type RunbookOptions } from '../options/runbook-options';

/** What the agent may add when running the action: the body text, when the host read it. */
export interface RunbookInput {
  /** The email's body as plain text; when absent it is read from the context (`context.mail`). */
  readonly text?: string | null;
}

/**
 * Creates a log action that posts the email (summary, sender, text body, matched ids…) to a Halo
 * Integration Runbook's public endpoint, for automations such as marking spam or opening an
 * opportunity. The runbook is the one that writes to Halo; this action only starts it.
 *
 * The body text is read from the context (`context.mail.text()`) unless the input carries it; an
 * Outlook that cannot give it sends no text. On success the outcome names the thread's ticket
 * when the pane found one, and no ticket otherwise (a runbook start has none of its own). Once
 * the runbook accepted a request, a retry of that request (from the outbox, or the agent) does
 * not start it again. The write path (payload, signature, post) is loaded with `import()` on first
 * use, so registering the action costs the pane only these few lines.
 *
 * @usageNotes
 * ```ts
 * withLogActions(runbookLogAction({
 *   id: 'acme.mark-spam', label: 'Mark as spam in Halo', icon: 'report',
 *   url: 'https://acme.halopsa.com/api/runbook/…', auth: { kind: 'signature', secret },
 *   fields: ['summary', 'sender', 'matchedIds'],
 * }))
 * ```
 */
export function runbookLogAction(options: RunbookOptions): LogAction<RunbookInput | undefined> {
  const fields = options.fields ?? RUNBOOK_FIELDS;
  return {
    id: options.id ?? 'example.runbook',
    label: options.label,
    icon: options.icon ?? 'play_circle',
    priority: -10,
    isAvailable: () => options.url.trim() !== '',
    run: async (context, input) =>
      (await import('./run-runbook')).runRunbook(context, input, options, fields),
  };
}
