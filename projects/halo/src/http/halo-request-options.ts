/** Options every Halo call accepts. */
export interface HaloRequestOptions {
  /** Aborting it cancels the HTTP request and rejects the call with the signal's reason. */
  readonly signal?: AbortSignal;
  /** The scope the request is counted under in the `RequestLedger` (for example an e-mail's id). */
  readonly scope?: string;
}
