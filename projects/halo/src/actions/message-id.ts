/**
 * A Message-ID in the form used for comparing: without angle brackets and surrounding space
 * (`<a@b>` and `a@b` are the same message).
 */
export function normalizeMessageId(id: string): string {
  return id.trim().replace(/^<|>$/g, '').trim();
}

/** True when `candidate` (as stored on an action) is the message `wanted`. */
export function sameMessageId(candidate: string | null, wanted: string): boolean {
  return candidate !== null && normalizeMessageId(candidate) === normalizeMessageId(wanted);
}
