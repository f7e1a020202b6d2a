/*
 * Public API of @halo-outlook/log-actions: the built-in log actions, written only against the sdk.
 */
export { ticketSummaryFromSubject } from './summary/ticket-summary-from-subject';
