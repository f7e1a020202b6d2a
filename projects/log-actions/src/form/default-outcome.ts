import { effect, type Signal, untracked } from '@angular/core';
import type { FormControl } from '@angular/forms';
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

/**
 * Keeps a form's outcome on a visible one: once Halo's outcomes are in (and whenever they change),
 * a control without a visible outcome is set to {@link defaultOutcome}. Call it in an injection
 * context (a form's constructor).
 *
 * @usageNotes
 * `followDefaultOutcome(this.outcomes.items, details.controls.outcomeId, () => host.defaults().outcomeId);`
 */
export function followDefaultOutcome(
  outcomes: Signal<readonly HaloOutcome[]>,
  control: FormControl<number | null>,
  preferredId: () => number | null,
): void {
  effect(() => {
    const items = outcomes();
    untracked(() => {
      if (items.some((o) => o.id === control.value && !o.hidden)) return;
      control.setValue(defaultOutcome(items, preferredId())?.id ?? null);
    });
  });
}
