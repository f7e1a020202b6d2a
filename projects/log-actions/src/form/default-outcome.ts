import type { HaloOutcome } from '@halo-outlook/sdk';

/**
 * The outcome a form starts with: the agent's default when Halo still has it, else one named for
 * logging from Outlook, else one for received e-mail ("Email Received", "Inbound E-mail"), else the
 * first visible outcome; null when Halo has none. Outcome names are tenant data: the agent can
 * always pick another.
 *
 * @usageNotes
 * `defaultOutcome(await halo.outcomes(), defaults.outcomeId)?.id`
 */
export function defaultOutcome(
  outcomes: readonly HaloOutcome[],
  preferredId: number | null,
): HaloOutcome | null {
  const visible = outcomes.filter((o) => !o.hidden);
  return (
    visible.find((o) => o.id === preferredId) ??
    visible.find((o) => /outlook/i.test(o.name)) ??
    visible.find((o) => /(e-?mail.*(received|in\b))|inbound/i.test(o.name)) ??
    visible[0] ??
    null
  );
}
