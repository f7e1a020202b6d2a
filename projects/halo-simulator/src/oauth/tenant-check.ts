import type { ResolvedOptions } from '../simulator/simulator-options.js';

/**
 * Checks the `tenant` query/form parameter: a wrong tenant is always refused, a missing one only
 * with `requireTenant`. Returns an error message, or null when fine.
 */
export function tenantProblem(tenant: string | undefined, options: ResolvedOptions): string | null {
  if (tenant === undefined || tenant === '')
    return options.requireTenant ? 'The tenant parameter is required' : null;
  return tenant.toLowerCase() === options.tenant.toLowerCase()
    ? null
    : `Unknown tenant '${tenant}'`;
}
