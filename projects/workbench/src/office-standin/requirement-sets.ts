/** Compares dotted versions numerically (`1.10` is above `1.9`). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Requirement sets other than Mailbox, at the versions Outlook on the web reports. */
const OTHER_SETS: Readonly<Record<string, string>> = {
  dialogapi: '1.1',
  dialogorigin: '1.1',
  identityapi: '1.3',
};

/**
 * `Office.context.requirements.isSetSupported(name, minVersion)`: Mailbox up to the workbench's
 * configured version, DialogApi and DialogOrigin 1.1 (no `messageChild`), IdentityAPI 1.3, and no
 * NestedAppAuth (the workbench has no broker, so the add-in falls back to the dialog).
 */
export function isSetSupported(
  mailboxVersion: string,
  name: string,
  minVersion?: string | number,
): boolean {
  const key = String(name).toLowerCase();
  const available = key === 'mailbox' ? mailboxVersion : OTHER_SETS[key];
  if (!available) return false;
  if (minVersion === undefined || minVersion === null || minVersion === '') return true;
  const wanted = typeof minVersion === 'number' ? minVersion.toFixed(1) : String(minVersion);
  return compareVersions(available, wanted) >= 0;
}
