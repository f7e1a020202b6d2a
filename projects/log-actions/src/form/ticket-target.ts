import { computed, effect, type Signal, untracked } from '@angular/core';
import type { FormControl } from '@angular/forms';
import type { LogFormHost } from '@halo-outlook/sdk';
import { type ChoiceGroup, type RecordChoice } from './record-choice';
import type { RecordSearch } from './record-picker';
import { choiceOfCandidate, searchTickets } from './ticket-choices';

/** What a form's ticket picker shows and searches (see {@link ticketTarget}). */
export interface TicketTarget {
  /** The thread's tickets, then the open ones. */
  readonly groups: Signal<ChoiceGroup[]>;
  /** Halo's tickets by number or words of the summary. */
  readonly search: RecordSearch;
}

/**
 * The ticket a log form adds e-mail to: the e-mail's thread's tickets and the open ones to choose
 * from, any other by search, and the thread's ticket preselected (it may arrive after the form
 * opened) unless the agent chose one. Call it in an injection context (a form's constructor or
 * field initialiser).
 *
 * @usageNotes
 * `protected readonly target = ticketTarget(this.host, this.form.controls.ticket);`
 */
export function ticketTarget(
  host: LogFormHost<never> | LogFormHost<unknown>,
  control: FormControl<RecordChoice | string | null>,
): TicketTarget {
  const thread = computed(() => host.picture().threadTickets.flatMap(choiceOfCandidate));
  effect(() => {
    const first = thread()[0] ?? null;
    untracked(() => {
      if (first && control.value === null) control.setValue(first);
    });
  });
  return {
    groups: computed((): ChoiceGroup[] => [
      { label: $localize`:@@log.form.threadTickets:This email’s thread`, items: thread() },
      {
        label: $localize`:@@log.form.openTickets:Open tickets`,
        items: host.picture().openTickets.flatMap(choiceOfCandidate),
      },
    ]),
    search: (text, signal) => searchTickets(host.halo, text, signal),
  };
}
