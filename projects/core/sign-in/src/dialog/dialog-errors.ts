import { AppError } from '@halo-outlook/core';

/** Office's code when the user closed the dialog (DialogEventReceived): not an error. */
export const DIALOG_CLOSED_BY_USER = 12006;

const SIGN_IN_AGAIN = 'Choose Sign in to try again.';

/**
 * Words for the Office Dialog API's error codes, from `displayDialogAsync` (12004, 12005, 12007,
 * 12009, 12011) and from `DialogEventReceived` (12002, 12003). 12006 (closed by the user) is not
 * an error and never comes here.
 */
export function dialogError(code: number, origin: string): AppError {
  const known: Record<number, { message: string; action: string }> = {
    12002: {
      message: 'The sign-in window could not load its page.',
      action: `Check that the add-in is still served at ${origin}, then sign in again.`,
    },
    12003: {
      message: 'The sign-in window was sent to an insecure (http) page.',
      action: 'Check that the Halo address uses https in the set-up screen, then sign in again.',
    },
    12004: {
      message: 'Outlook does not trust the sign-in page’s address.',
      action: `Ask your administrator to add ${origin} to the add-in’s AppDomains in its manifest.`,
    },
    12005: {
      message: 'The sign-in page must be served over https.',
      action: 'Ask your administrator to serve the add-in over https.',
    },
    12007: {
      message: 'Another window of this add-in is already open.',
      action: 'Close the other add-in window, then sign in again.',
    },
    12009: {
      message: 'The sign-in window was not allowed to open.',
      action: `${SIGN_IN_AGAIN} If Outlook asks, choose Allow.`,
    },
    12011: {
      message: 'Your browser blocked the sign-in window.',
      action: `Allow pop-ups for ${origin} in the browser settings, then sign in again.`,
    },
  };
  const words = known[code] ?? {
    message: 'Outlook could not show the sign-in window.',
    action: SIGN_IN_AGAIN,
  };
  return new AppError({
    kind: 'office',
    ...words,
    detail: `Office dialog error ${code}`,
    retryable: code !== 12004 && code !== 12005,
  });
}
