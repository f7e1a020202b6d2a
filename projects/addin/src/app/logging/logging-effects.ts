import { inject } from '@angular/core';
import { DiagnosticsLog, isAppError } from '@halo-outlook/core';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import { HaloEvents, ResolutionStore } from '@halo-outlook/sdk';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatMap, filter, tap } from 'rxjs';
import { LOGGED_CATEGORY, ticketCategory } from './ticket-category';

/**
 * Marks a logged e-mail in Outlook: the category "Halo #N" where Outlook allows it (Mailbox 1.8,
 * ReadWriteItem, a category of the master list), else "Logged to Halo", else nothing — skipped
 * silently, with the reason in the diagnostics trail. Only the e-mail still open is marked (an
 * outbox replay may log another one).
 */
export const markLoggedEmail = createEffect(
  (actions$ = inject(Actions), mailbox = inject(MailboxPort), log = inject(DiagnosticsLog)) =>
    actions$.pipe(
      ofType(HaloEvents.emailLogged),
      filter((event) => event.ticketId !== null),
      concatMap(async ({ itemId, ticketId }) => {
        const skip = (why: string, detail?: string) =>
          log.record('logging', 'info', `Email not categorised: ${why}`, {
            ticketId,
            detail: detail ?? null,
          });
        if (!mailbox.capabilities.categories)
          return skip('this Outlook has no categories (Mailbox 1.8)');
        if (mailbox.item()?.itemId !== itemId) return skip('another email is open');
        for (const name of [ticketCategory(ticketId as number), LOGGED_CATEGORY]) {
          try {
            await mailbox.addCategories([name]);
            log.record('logging', 'info', 'Email categorised', { category: name });
            return;
          } catch (error) {
            if (!(isAppError(error) && error.kind === 'invalid-input')) {
              return skip('Outlook refused the category', String(error));
            }
          }
        }
        skip('the mailbox has neither category in its master list');
      }),
    ),
  { functional: true, dispatch: false },
);

/** After a log, the e-mail's tickets are read again (the ticket lists and the thread show it). */
export const refreshAfterLogging = createEffect(
  (actions$ = inject(Actions), resolution = inject(ResolutionStore)) =>
    actions$.pipe(
      ofType(HaloEvents.emailLogged),
      filter((event) => event.itemId === resolution.snapshot()?.itemId && !event.alreadyLogged),
      tap(() => resolution.refresh()),
    ),
  { functional: true, dispatch: false },
);
