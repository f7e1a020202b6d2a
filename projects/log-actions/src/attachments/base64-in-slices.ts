/** How {@link base64InSlices} divides its work. */
export interface SliceOptions {
  /** Bytes encoded per slice, a multiple of 3 (default 384 KB: a few milliseconds of work). */
  readonly sliceBytes?: number;
  /** Gives the main thread back between slices (default: a macrotask). */
  readonly yieldToHost?: () => Promise<void>;
}

const DEFAULT_SLICE = 3 * 128 * 1024;

/** Yields to the host: `scheduler.yield()` where the browser has it, else a macrotask. */
export function yieldToHost(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Base64 of `data` (bytes, or text as UTF-8), encoded a slice at a time with the main thread given
 * back between slices, so that encoding tens of megabytes never blocks the pane (each slice is a
 * few milliseconds). Slices are multiples of 3 bytes, so their base64 joins without padding.
 *
 * @usageNotes
 * `const base64 = await base64InSlices(emlText);` (an attached message Outlook gives as text)
 */
export async function base64InSlices(
  data: Uint8Array | string,
  options: SliceOptions = {},
): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const slice = Math.max(3, Math.floor((options.sliceBytes ?? DEFAULT_SLICE) / 3) * 3);
  const pause = options.yieldToHost ?? yieldToHost;
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += slice) {
    if (start > 0) await pause();
    parts.push(encodeSlice(bytes.subarray(start, start + slice)));
  }
  return parts.join('');
}

function encodeSlice(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(binary);
}
