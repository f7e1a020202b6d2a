/** The Outlook category an e-mail logged to ticket N gets, when Outlook's master list has it. */
export function ticketCategory(ticketId: number): string {
  return `Halo #${ticketId}`;
}

/**
 * The category used when the mailbox has no "Halo #N" category: one an administrator can create
 * once for everyone (Outlook applies only categories of the mailbox's master list, and creating one
 * needs the ReadWriteMailbox permission this add-in does not ask for).
 */
export const LOGGED_CATEGORY = 'Logged to Halo';
