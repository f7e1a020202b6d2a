import { DOCUMENT, Injectable, inject } from '@angular/core';
import type { AppError } from '@halo-outlook/core';
import { PaneLocale } from '../i18n/pane-locale';
import { type ErrorWording, errorWording } from './error-wording';

/**
 * What the pane says about a failure, in the pane's language ({@link errorWording} with the
 * language in effect and this page's origin, which the CORS hint names). Every view that shows an
 * `AppError` words it here, so none shows a lower layer's English words in a French pane.
 *
 * @usageNotes
 * `protected readonly failure = computed(() => error() && inject(ErrorWords).of(error()))`
 */
@Injectable({ providedIn: 'root' })
export class ErrorWords {
  private readonly locale = inject(PaneLocale);
  private readonly origin = inject(DOCUMENT).location.origin;

  /** The message and action for `error`. */
  of(error: AppError): ErrorWording {
    return errorWording(error, this.locale.language(), this.origin);
  }
}
