/* eslint-disable no-restricted-imports -- the one place this test facility reuses the Halo
   simulator (not a package): its agents are the tenant's users. */
/**
 * What the simulator reuses from the Halo simulator: its fixed agents, its HTML escaping, and (for
 * its tests) its PKCE pair.
 */
export { fixedAgents } from '../../../halo-simulator/src/seed/fixed-records.js';
export { escapeHtml } from '../../../halo-simulator/src/oauth/login-page.js';
export { pkcePair } from '../../../halo-simulator/src/testing/pkce-pair.js';
