/** SHA-256 of text or bytes. */
async function sha256(input: string | Uint8Array): Promise<Uint8Array> {
  const data = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
}

function base64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

/**
 * An EWS-format item id (`AAMkA…`, standard Base64, so it may contain `/` and `+` like Outlook's)
 * derived from the message bytes: the same file always gets the same id.
 */
export async function itemIdFor(raw: Uint8Array): Promise<string> {
  const hash = await sha256(raw);
  return base64(new Uint8Array([0x00, 0x03, 0x24, 0x00, ...hash, ...hash.subarray(0, 8)]));
}

/** An attachment id, valid for this mailbox session (as in Outlook on the web). */
export async function attachmentIdFor(itemId: string, index: number): Promise<string> {
  const hash = await sha256(`${itemId}#${index}`);
  return base64(new Uint8Array([0x00, 0x03, 0x24, 0x00, 0x01, ...hash.subarray(0, 27)]));
}

/**
 * A conversation id (`AAQkA…`) for a thread root (the first References id, else In-Reply-To, else
 * the message's own id): the messages of one thread share it, as in Outlook.
 */
export async function conversationIdFor(threadRoot: string): Promise<string> {
  const hash = await sha256(threadRoot.toLowerCase());
  return base64(new Uint8Array([0x00, 0x04, 0x24, 0x00, ...hash.subarray(0, 20)]));
}
