import type { DirectoryUser } from './directory-user.js';

/** A simulated Entra tenant: its id (the authority's path segment), name, domain and users. */
export interface Tenant {
  /** Tenant id (`tid`), a fixed GUID. */
  readonly id: string;
  /** Display name, e.g. `MSP Example`. */
  readonly name: string;
  /** Default domain of its users, e.g. `msp.example`. */
  readonly domain: string;
  readonly users: readonly DirectoryUser[];
}
