import { AuthState, HostContext, MailboxCapabilities, RoamingUsage } from '@halo-outlook/core';

/** What a diagnostics report is made of. */
export interface DiagnosticsReportInput {
  /** The add-in's version. */
  readonly version: string;
  /** Where it runs. */
  readonly host: HostContext;
  /** The pane's language. */
  readonly language: string;
  /** What this Outlook can do. */
  readonly capabilities: MailboxCapabilities;
  /** The Halo instance, or null before set-up (an address, not a secret). */
  readonly haloUrl: string | null;
  /** Where sign-in stands. */
  readonly auth: AuthState;
  /** Roaming-settings usage. */
  readonly roaming: RoamingUsage;
  /** The diagnostics trail as `DiagnosticsTrail.export()` wrote it (already redacted). */
  readonly trail: string;
  /** When the report is made. */
  readonly now: Date;
}

/**
 * The report an agent sends with a problem: version, host, capabilities, sign-in status and the
 * redacted trail, as pretty JSON. It holds no tokens, no email content, and the start URL without
 * its query.
 */
export function diagnosticsReport(input: DiagnosticsReportInput): string {
  let trail: unknown;
  try {
    trail = JSON.parse(input.trail);
  } catch {
    trail = input.trail;
  }
  return JSON.stringify(
    {
      app: { name: 'Halo for Outlook', version: input.version },
      createdAt: input.now.toISOString(),
      host: {
        kind: input.host.kind,
        hostName: input.host.hostName,
        platform: input.host.platform,
        officeTimedOut: input.host.officeTimedOut,
        page: withoutQuery(input.host.startUrl),
      },
      language: input.language,
      capabilities: input.capabilities,
      halo: input.haloUrl,
      signIn: input.auth.status,
      roamingBytes: input.roaming.usedBytes,
      trail,
    },
    null,
    2,
  );
}

/** A file name for a report made at `now`: `halo-outlook-diagnostics-2026-11-03-1405.json`. */
export function diagnosticsFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `halo-outlook-diagnostics-${stamp}.json`;
}

function withoutQuery(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '';
  }
}
