// Shared by the add-in's specs (a spec file, so never part of a build).

/**
 * Waits until `done()` holds, checking after each macrotask, for at most `timeoutMs`; then fails
 * naming `what` (instead of the spec's own timeout, which names nothing).
 */
export async function waitFor(
  done: () => boolean | Promise<boolean>,
  what = 'the condition',
  timeoutMs = 4000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  if (await done()) return;
  throw new Error(`Timed out waiting for ${what}.`);
}
