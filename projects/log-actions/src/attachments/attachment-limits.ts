/** Size limits checked before anything is uploaded. */
export interface AttachmentLimits {
  /** The largest file sent, in bytes (the original message included). */
  readonly maxFileBytes: number;
  /** The most sent for one e-mail, in bytes: files, the original message and inline images. */
  readonly maxTotalBytes: number;
}

const MB = 1024 * 1024;

/**
 * 25 MB per file (the most Outlook lets anyone attach, so any attachment an e-mail can carry) and
 * 50 MB per e-mail. Halo's own limits are set by each Halo administrator: lower these in the log
 * actions' options when yours are lower.
 */
export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = Object.freeze({
  maxFileBytes: 25 * MB,
  maxTotalBytes: 50 * MB,
});

/** A file about to be sent: its name and size in bytes. */
export interface SizedFile {
  /** Stable id (attachment id, `original`). */
  readonly id: string;
  /** File name, shown in messages. */
  readonly name: string;
  /** Size in bytes. */
  readonly size: number;
}

/** One limit a file (or the e-mail) is over, and what to do. */
export interface SizeProblem {
  /** The file's id, or null for the whole e-mail. */
  readonly id: string | null;
  /** What is wrong and what to do, for the agent. */
  readonly message: string;
}

/**
 * Sizes as people read them: `512 bytes`, `48 KB`, `3.2 MB`.
 *
 * @usageNotes
 * `formatBytes(3_355_443)` → `'3.2 MB'`
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return $localize`:@@log.bytes:${bytes}:count: bytes`;
  if (bytes < MB) return $localize`:@@log.kb:${Math.round(bytes / 1024)}:count: KB`;
  const mb = bytes / MB;
  return $localize`:@@log.mb:${mb < 10 ? mb.toFixed(1) : Math.round(mb)}:count: MB`;
}

/**
 * Checks the files chosen for an e-mail against `limits`, before any upload: each file over the
 * per-file limit, then the total. Empty when everything fits.
 *
 * @usageNotes
 * ```ts
 * const problems = checkAttachmentSizes(chosen, DEFAULT_ATTACHMENT_LIMITS);
 * if (problems.length) showUnder(problems); // the form keeps the agent's choices
 * ```
 */
export function checkAttachmentSizes(
  files: readonly SizedFile[],
  limits: AttachmentLimits,
): SizeProblem[] {
  const problems: SizeProblem[] = files
    .filter((f) => f.size > limits.maxFileBytes)
    .map((f) => ({
      id: f.id,
      message: $localize`:@@log.limit.file:“${f.name}:name:” is ${formatBytes(f.size)}:size:: the add-in sends files up to ${formatBytes(limits.maxFileBytes)}:limit:. Untick it and attach it in Halo, or share a link to it.`,
    }));
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > limits.maxTotalBytes) {
    problems.push({
      id: null,
      message: $localize`:@@log.limit.total:Together the files are ${formatBytes(total)}:size:: the add-in sends up to ${formatBytes(limits.maxTotalBytes)}:limit: for one email. Untick some, and attach them in Halo.`,
    });
  }
  return problems;
}

/**
 * The size in bytes of base64 content (what Halo stores), without decoding it.
 *
 * @usageNotes
 * `base64Bytes('QUJD')` → 3
 */
export function base64Bytes(base64: string): number {
  // Whitespace (line breaks of MIME base64) is not data.
  const length = /\s/.test(base64) ? base64.replace(/\s+/g, '').length : base64.length;
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((length * 3) / 4) - padding);
}
