// Fakes of @halo-outlook/entra's services for the app's specs: a session whose state the spec
// drives and whose calls it records, a Graph client answering from a table, and the library.
import { EnvironmentInjector, computed, createEnvironmentInjector, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { EntraSettings } from '@halo-outlook/core';
import type {
  AccessTokenOptions,
  EntraServices,
  EntraState,
  GraphCallOptions,
  LoadEntraOptions,
  ScopeConsent,
} from '@halo-outlook/entra';
import type { EntraLibrary } from '../entra-library';

/** The tenant of the fake account. */
export const TENANT_ID = '3f6c2a8e-1d4b-4c7a-9e25-6b0d8f1a7c43';

/** Entra settings as the organisation's config gives them. */
export const ENTRA_SETTINGS: EntraSettings = {
  clientId: '0f6b7a52-3c5e-4d0b-9a51-7c1f1c2e9d10',
  authority: 'https://login.microsoftonline.com/organizations',
  authorityKind: 'entra',
  graphUrl: 'https://graph.microsoft.com/v1.0',
};

/** A session whose state the spec sets. */
export class FakeEntraSession {
  readonly calls: string[] = [];
  readonly stateSignal = signal<EntraState>({ status: 'signed-out' });
  readonly consentSignal = signal<Readonly<Record<string, ScopeConsent>>>({});
  readonly state = this.stateSignal.asReadonly();
  readonly consent = this.consentSignal.asReadonly();
  readonly account = computed(() => {
    const state = this.stateSignal();
    return state.status === 'signed-in' ? state.account : null;
  });
  readonly mode = 'popup' as const;
  tokenAnswer: (scopes: readonly string[]) => Promise<string> = async () => 'token';

  async restore(): Promise<void> {
    this.calls.push('restore');
  }
  async signIn(): Promise<void> {
    this.calls.push('signIn');
    this.signedIn();
  }
  async signOut(): Promise<void> {
    this.calls.push('signOut');
    this.stateSignal.set({ status: 'signed-out' });
  }
  async accessToken(scopes: readonly string[], options?: AccessTokenOptions): Promise<string> {
    this.calls.push(
      `accessToken ${scopes.join(' ')}${options?.interactive === false ? ' silent' : ''}`,
    );
    return this.tokenAnswer(scopes);
  }
  async checkConsent(scopes: readonly string[]): Promise<void> {
    this.calls.push(`checkConsent ${scopes.join(' ')}`);
  }
  signedIn(): void {
    this.stateSignal.set({
      status: 'signed-in',
      account: {
        username: 'alex.morgan@msp.example',
        name: 'Alex Morgan',
        tenantId: TENANT_ID,
        homeAccountId: `oid.${TENANT_ID}`,
      },
    });
  }
}

/** A Graph client answering `messageMime` from a table of REST ids. */
export class FakeGraph {
  readonly calls: string[] = [];
  readonly mime = new Map<string, Uint8Array>();

  async messageMime(restId: string, options?: GraphCallOptions): Promise<Uint8Array> {
    this.calls.push(`messageMime ${restId}${options?.interactive === false ? ' silent' : ''}`);
    const bytes = this.mime.get(restId);
    if (!bytes) throw new Error(`no message ${restId}`);
    return bytes;
  }
}

/** Fake services, in a child injector of TestBed's. */
export function fakeServices(session = new FakeEntraSession(), graph = new FakeGraph()) {
  const injector = createEnvironmentInjector([], TestBed.inject(EnvironmentInjector));
  const services = { session, graph, injector } as unknown as EntraServices;
  return { services, session, graph };
}

/** A fake library: records what `loadEntra` was given, answers with `services`. */
export function fakeLibrary(answer: () => Promise<EntraServices>) {
  const loads: LoadEntraOptions[] = [];
  let imports = 0;
  const library = async (): Promise<EntraLibrary> => {
    imports++;
    return {
      loadEntra: (options) => {
        loads.push(options);
        return answer();
      },
    };
  };
  return { library, loads, imports: () => imports };
}

/** Resolves once pending promise callbacks and effects have run. */
export async function flush(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  TestBed.tick();
  await new Promise((resolve) => setTimeout(resolve));
}
