/** How an agent's choice applies. */
export interface OverrideOptions {
  /**
   * Also remember it for the sender, so their next e-mails are resolved to it (the
   * remembered-choice matcher proposes it). Default false: this e-mail only.
   */
  readonly remember?: boolean;
}
