import { KNOWN_GRAPH_SCOPES, graphPermission } from './graph-scopes.js';

/**
 * The tenant-wide (admin) consent of the app: which Graph permissions were granted. Users cannot
 * consent themselves, so a request for any other permission fails with `consent_required`
 * (AADSTS65001), which lets the app keep the feature that needs it off.
 */
export class ConsentState {
  private granted: Set<string>;

  constructor(private readonly initial: readonly string[]) {
    this.granted = ConsentState.normalise(initial);
  }

  /** The consented permissions, short form, in Graph's order. */
  list(): string[] {
    return KNOWN_GRAPH_SCOPES.filter((p) => this.granted.has(p));
  }

  /** Whether a permission (either spelling) is consented. */
  has(scope: string): boolean {
    const permission = graphPermission(scope);
    return permission !== null && this.granted.has(permission);
  }

  /** Replaces the consented permissions. Throws on a permission the simulator does not know. */
  set(scopes: readonly string[]): void {
    this.granted = ConsentState.normalise(scopes);
  }

  /** Back to the permissions given at start-up. */
  reset(): void {
    this.granted = ConsentState.normalise(this.initial);
  }

  private static normalise(scopes: readonly string[]): Set<string> {
    const result = new Set<string>();
    for (const scope of scopes) {
      const permission = graphPermission(scope);
      if (!permission) {
        throw new Error(
          `Unknown Graph permission "${scope}": use one of ${KNOWN_GRAPH_SCOPES.join(', ')}.`,
        );
      }
      result.add(permission);
    }
    return result;
  }
}
