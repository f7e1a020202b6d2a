/**
 * The views of the pane's state machine:
 * - `starting`: reading the organisation's settings and the stored session;
 * - `setup`: no Halo tenant yet (first run, or after switching tenant);
 * - `signing-in`: a tenant, no session;
 * - `pane`: signed in — the current email;
 * - `settings`, `diagnostics`: opened by the agent over any of the above, closed with Back.
 */
export type PaneViewName =
  'starting' | 'setup' | 'signing-in' | 'pane' | 'settings' | 'diagnostics';

/** The views an agent opens over the flow and closes with Back. */
export type OverlayViewName = Extract<PaneViewName, 'settings' | 'diagnostics'>;
