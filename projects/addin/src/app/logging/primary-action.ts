import type { LogAction, ResolutionPicture } from '@halo-outlook/sdk';

/** The built-in actions the panel emphasises. */
const APPEND = 'halo.append-to-ticket';
const CREATE = 'halo.create-ticket';

/**
 * The action the panel shows as the main button: "Append to ticket" when the e-mail's thread is
 * on a ticket, "Create ticket" otherwise (each only when offered). Null when neither is.
 *
 * @usageNotes
 * `primaryActionId(available, store.picture())`
 */
export function primaryActionId(
  available: readonly LogAction[],
  picture: ResolutionPicture,
): string | null {
  const has = (id: string) => available.some((a) => a.id === id);
  const wanted = picture.threadTickets.length > 0 ? APPEND : CREATE;
  if (has(wanted)) return wanted;
  const other = wanted === APPEND ? CREATE : APPEND;
  return has(other) ? other : null;
}
