import { Provider, Signal, computed, signal } from '@angular/core';
import {
  AppError,
  AuthState,
  EntraSettings,
  ManagedConfig,
  ManagedField,
  TenantConfig,
  TenantConfigInput,
  TenantConfigStore,
  TokenService,
} from '@halo-outlook/core';
import { SignInResult, SignInService } from '@halo-outlook/core/sign-in';

/** A tenant as the set-up screen saves it. */
export const A_TENANT: TenantConfig = {
  baseUrl: 'https://acme.halopsa.com',
  apiUrl: 'https://acme.halopsa.com/api',
  authUrl: 'https://acme.halopsa.com/auth',
  clientId: 'client-123',
  tenant: 'acme',
};

/**
 * Core's session state (`TokenService`) and sign-in flow (`SignInService`) in one fake, whose
 * state the spec drives and whose calls it records.
 */
export class FakeSignIn {
  readonly stateSignal = signal<AuthState>({ status: 'signed-out', reason: null });
  readonly state: Signal<AuthState> = this.stateSignal.asReadonly();
  readyResult: Promise<void> = Promise.resolve();
  nextSignIn: Promise<SignInResult> = Promise.resolve({ outcome: 'signed-in' });
  readonly calls: string[] = [];

  ready(): Promise<void> {
    return this.readyResult;
  }
  async signIn(): Promise<SignInResult> {
    this.calls.push('signIn');
    const result = await this.nextSignIn;
    if (result.outcome === 'signed-in') this.signedIn();
    return result;
  }
  async signOut(reason: AppError | null = null): Promise<void> {
    this.calls.push('signOut');
    this.stateSignal.set({ status: 'signed-out', reason });
  }
  /** Core's state says `setup` once the tenant is forgotten. */
  tenantCleared(): void {
    this.stateSignal.set({ status: 'setup' });
  }
  signedIn(): void {
    this.stateSignal.set({ status: 'signed-in', expiresAt: Date.now() + 3_600_000, scope: 'all' });
  }
}

/** A tenant-config store whose state the spec drives and whose saves it answers. */
export class FakeTenantConfig {
  readonly configSignal = signal<TenantConfig | null>(null);
  readonly managedSignal = signal<ManagedConfig | null>(null);
  readonly problemSignal = signal<AppError | null>(null);
  readonly config = this.configSignal.asReadonly();
  readonly managed = this.managedSignal.asReadonly();
  readonly problem = this.problemSignal.asReadonly();
  /** The organisation's Entra settings (null: the Entra features are off). */
  readonly entraSignal = signal<EntraSettings | null>(null);
  readonly entraProblemSignal = signal<AppError | null>(null);
  readonly entra = this.entraSignal.asReadonly();
  readonly entraProblem = this.entraProblemSignal.asReadonly();
  /** The Entra tenants whose hosted config was applied. */
  readonly appliedTenants: string[] = [];
  readonly locked: Signal<ReadonlySet<ManagedField>> = computed(
    () => new Set(Object.keys(this.managedSignal()?.sources ?? {}) as ManagedField[]),
  );
  loadResult: Promise<void> = Promise.resolve();
  /** What `save` does: by default, accept the input as the acme tenant. */
  saveWith: (input: TenantConfigInput) => Promise<TenantConfig> = async () => A_TENANT;
  readonly saved: TenantConfigInput[] = [];

  load(): Promise<void> {
    return this.loadResult;
  }
  async save(input: TenantConfigInput): Promise<TenantConfig> {
    this.saved.push(input);
    const config = await this.saveWith(input);
    this.configSignal.set(config);
    return config;
  }
  /** How many times the tenant was forgotten. */
  cleared = 0;
  /** Called when the tenant is forgotten (provideFakeCore tells the fake sign-in). */
  onClear: () => void = () => undefined;

  async clear(): Promise<void> {
    this.cleared++;
    this.configSignal.set(null);
    this.onClear();
  }
  async applyEntraTenant(tenantId: string): Promise<void> {
    this.appliedTenants.push(tenantId);
  }
}

/** Providers replacing core's session, sign-in and tenant config with the fakes given. */
export function provideFakeCore(auth: FakeSignIn, tenant: FakeTenantConfig): Provider[] {
  tenant.onClear = () => auth.tenantCleared();
  return [
    { provide: TokenService, useValue: auth },
    { provide: SignInService, useValue: auth },
    { provide: TenantConfigStore, useValue: tenant },
  ];
}

/** Resolves after pending promise callbacks (a store's `start()`, a save) have run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
