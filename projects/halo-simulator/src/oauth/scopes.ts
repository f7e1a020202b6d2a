/** Data areas that Halo's `read:X` / `edit:X` scopes cover (subset the simulator enforces). */
export type ScopeArea = 'tickets' | 'customers';

const AREAS =
  'tickets|calendar|customers|crm|timesheets|contracts|suppliers|items|projects|sales|quotes|sos|pos|invoices|reporting|software|softwarelicensing|kb|assets';
const KNOWN_SCOPE = new RegExp(
  `^(all|all:standard|admin|offline_access|openid|access:[a-z]+|editMine:timesheets|(read|edit):(${AREAS}))$`,
);

/** True when every requested scope is one Halo knows (the list in the reference, §1). */
export function areKnownScopes(scopes: readonly string[]): boolean {
  return scopes.every((scope) => KNOWN_SCOPE.test(scope));
}

/**
 * True when the granted scopes allow `mode` on `area`: `all`/`all:standard`, the exact
 * `read:area`/`edit:area`, and `edit:area` also allows reading.
 */
export function hasScope(
  granted: readonly string[],
  area: ScopeArea,
  mode: 'read' | 'edit',
): boolean {
  if (granted.includes('all') || granted.includes('all:standard')) return true;
  if (granted.includes(`edit:${area}`)) return true;
  return mode === 'read' && granted.includes(`read:${area}`);
}
