/** A client picked in the create-contact form. */
export interface ClientRef {
  /** The client id. */
  readonly id: number;
  /** The client's name. */
  readonly name: string;
}

/** True when the client field holds a picked client (not text being typed). */
export function isClientRef(value: unknown): value is ClientRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ClientRef).id === 'number' &&
    typeof (value as ClientRef).name === 'string'
  );
}
