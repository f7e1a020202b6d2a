/** How the runbook's public endpoint checks who is calling, as set on the runbook in Halo. */
export type RunbookAuth =
  | { readonly kind: 'none' }
  | { readonly kind: 'basic'; readonly username: string; readonly password: string }
  | {
      readonly kind: 'signature';
      /** The shared secret set on the runbook. */
      readonly secret: string;
      /** The header that carries the signature (default `X-Signature`). */
      readonly headerName?: string;
      /** How the HMAC-SHA256 is written (default `hex`). */
      readonly encoding?: 'hex' | 'base64';
      /** Text put before the signature, e.g. `sha256=` (default none). */
      readonly prefix?: string;
    };

/** The parts of the email the runbook receives. */
export type RunbookField =
  'summary' | 'sender' | 'text' | 'matchedIds' | 'messageId' | 'receivedAt';

/** Every {@link RunbookField}, the default selection. */
export const RUNBOOK_FIELDS: readonly RunbookField[] = [
  'summary',
  'sender',
  'text',
  'matchedIds',
  'messageId',
  'receivedAt',
];

/** What the administrator configures for one runbook action. */
export interface RunbookOptions {
  /** The action's id, `vendor.name` (default `example.runbook`); one per runbook. */
  readonly id?: string;
  /** The button label, e.g. "Mark as spam in Halo". */
  readonly label: string;
  /** A Material Symbols icon name (default `play_circle`). */
  readonly icon?: string;
  /** The runbook's public endpoint, as Halo shows it (https). */
  readonly url: string;
  /** How the endpoint authenticates the call. */
  readonly auth: RunbookAuth;
  /** Which parts of the email to send (default all of {@link RUNBOOK_FIELDS}). */
  readonly fields?: readonly RunbookField[];
  /** The `fetch` to post with (default the browser's). */
  readonly fetch?: typeof fetch;
}
