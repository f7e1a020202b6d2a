import { OfficeApi, officeGlobal } from '../office/office-api';
import { HostContext, browserHost } from './host-context';
import { restoreHistoryApi } from './history-api';

/** Options of {@link connectHost}. */
export interface ConnectHostOptions {
  /** How long to wait for `Office.onReady` before deciding this is a plain browser. Default 3000. */
  readonly timeoutMs?: number;
  /** The Office global to use (tests); defaults to `globalThis.Office`. */
  readonly office?: OfficeApi | null;
  /** The start URL; defaults to `location.href`. */
  readonly startUrl?: string;
}

/**
 * The host boundary: waits for `Office.onReady` (bounded by a timeout, since it never resolves
 * when the Office CDN is blocked) and says whether the add-in runs inside Office. Restores the
 * History API office.js nulls. Call it before bootstrapping and hand the result to
 * `provideHaloCore(withHost(host))`.
 *
 * @usageNotes
 * ```ts
 * const host = await connectHost();
 * await bootstrapApplication(Shell, { providers: [provideHaloCore(withHost(host))] });
 * ```
 */
export async function connectHost(options: ConnectHostOptions = {}): Promise<HostContext> {
  const startUrl = options.startUrl ?? globalThis.location?.href ?? '';
  const office = options.office === undefined ? officeGlobal() : options.office;
  if (!office) return browserHost(startUrl);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), options.timeoutMs ?? 3000);
  });
  const info = await Promise.race([office.onReady().catch(() => null), timeout]);
  clearTimeout(timer);
  restoreHistoryApi();

  if (info === 'timeout') return { ...browserHost(startUrl), officeTimedOut: true };
  if (!info || info.host == null) return browserHost(startUrl);
  return {
    kind: 'office',
    hostName: String(info.host),
    platform: info.platform == null ? null : String(info.platform),
    startUrl,
    officeTimedOut: false,
  };
}
