import { Injectable, Signal, computed, inject, signal } from '@angular/core';
import { DiagnosticsLog } from '../diagnostics/diagnostics-log';
import { AppError } from '../errors/app-error';
import { toAppError } from '../errors/to-app-error';
import { HOST_CONTEXT } from '../host/host-context';
import { MailboxPort } from '../mailbox/mailbox-port';
import { TokenClient } from '../auth/token-client';
import { FETCH } from '../network/fetch-function';
import { HALO_CORE_OPTIONS } from '../provide/halo-core-options';
import { RoamingStore } from '../storage/roaming-store';
import { mergeManagedConfig, pickDomainConfig, readStartUrlConfig } from './managed-config';
import { ManagedConfig, ManagedField, TenantConfig, TenantConfigInput } from './tenant-config';
import { discoverTenant } from './tenant-discovery';
import { normalizeTenantUrl } from './tenant-url';

const ROAMING_TENANT_KEY = 'tenant';

/**
 * The Halo tenant the add-in talks to: what the set-up screen drives. Keeps the validated config
 * in roaming settings; applies the organisation's managed settings (start URL query, hosted
 * `config.json` by email domain), which win over the user's and lock those fields.
 *
 * @usageNotes
 * ```ts
 * const tenant = inject(TenantConfigStore);
 * await tenant.load();                      // at start-up
 * tenant.locked().has('haloUrl');           // disable the field
 * try { await tenant.save({ haloUrl, clientId }); } catch (e) { show(toAppError(e)); }
 * ```
 */
@Injectable({ providedIn: 'root' })
export class TenantConfigStore {
  private readonly roaming = inject(RoamingStore);
  private readonly tokens = inject(TokenClient);
  private readonly fetchFn = inject(FETCH);
  private readonly host = inject(HOST_CONTEXT);
  private readonly mailbox = inject(MailboxPort);
  private readonly options = inject(HALO_CORE_OPTIONS);
  private readonly log = inject(DiagnosticsLog);

  private readonly configState = signal<TenantConfig | null>(
    this.roaming.get<TenantConfig>(ROAMING_TENANT_KEY) ?? null,
  );
  private readonly managedState = signal<ManagedConfig | null>(null);
  private readonly problemState = signal<AppError | null>(null);

  /** The validated tenant, or null until set up. */
  readonly config: Signal<TenantConfig | null> = this.configState.asReadonly();
  /** The organisation's settings, or null. */
  readonly managed: Signal<ManagedConfig | null> = this.managedState.asReadonly();
  /** The fields the organisation set, which the set-up screen shows read-only. */
  readonly locked: Signal<ReadonlySet<ManagedField>> = computed(
    () => new Set(Object.keys(this.managedState()?.sources ?? {}) as ManagedField[]),
  );
  /** Why the organisation's settings could not be applied at start-up, if they could not. */
  readonly problem: Signal<AppError | null> = this.problemState.asReadonly();

  /**
   * Reads the organisation's settings and, when they name a tenant other than the stored one,
   * validates and applies it. Never throws: a failure is in {@link problem}.
   */
  async load(): Promise<void> {
    const managed = mergeManagedConfig(
      readStartUrlConfig(this.host.startUrl),
      await this.hostedConfig(),
    );
    this.managedState.set(managed);
    if (!managed?.haloUrl || !managed.clientId) return;
    const current = this.configState();
    const input = this.withManaged({ haloUrl: current?.baseUrl ?? '', clientId: '' });
    if (current && sameTenant(current, input)) return;
    try {
      await this.save(input);
      this.problemState.set(null);
    } catch (error) {
      this.problemState.set(toAppError(error));
    }
  }

  /**
   * Checks what the set-up screen collected (managed fields win): the address, that a Halo answers
   * there and lets this origin in, and that it knows the client id. Saves nothing.
   */
  async validate(input: TenantConfigInput): Promise<TenantConfig> {
    const effective = this.withManaged(input);
    const urls = normalizeTenantUrl(effective.haloUrl);
    const clientId = effective.clientId.trim();
    if (!clientId) {
      throw new AppError({
        kind: 'invalid-input',
        message: 'Enter the client id of your Halo API application.',
        action: 'Find it in Halo under Configuration > Integrations > Halo API > your application.',
        retryable: false,
      });
    }
    const discovery = await discoverTenant(urls, this.fetchFn);
    const config: TenantConfig = {
      ...urls,
      authUrl: discovery.authUrl,
      clientId,
      tenant: effective.tenant?.trim() || discovery.tenantId,
    };
    await this.tokens.probeClient(config);
    return config;
  }

  /** Validates and stores the tenant; rejects with the `AppError` to show (nothing is lost). */
  async save(input: TenantConfigInput): Promise<TenantConfig> {
    const config = await this.validate(input);
    await this.roaming.set(ROAMING_TENANT_KEY, config);
    this.configState.set(config);
    this.log.record('tenant', 'info', `Tenant set to ${config.baseUrl}`);
    return config;
  }

  /** Forgets the user's tenant (the organisation's settings stay). */
  async clear(): Promise<void> {
    await this.roaming.remove(ROAMING_TENANT_KEY);
    this.configState.set(null);
  }

  private withManaged(input: TenantConfigInput): TenantConfigInput {
    const m = this.managedState();
    return {
      haloUrl: m?.haloUrl ?? input.haloUrl,
      clientId: m?.clientId ?? input.clientId,
      tenant: m?.tenant ?? input.tenant ?? null,
    };
  }

  private async hostedConfig(): Promise<ReturnType<typeof pickDomainConfig>> {
    const path = this.options.orgConfigUrl;
    const email = this.mailbox.userProfile()?.emailAddress ?? null;
    if (!path || !email) return {};
    const url = new URL(path, globalThis.document?.baseURI ?? this.host.startUrl).href;
    try {
      const response = await this.fetchFn(url, { credentials: 'omit', cache: 'no-cache' });
      if (response.status === 404) return {};
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return pickDomainConfig(await response.json(), email);
    } catch (error) {
      this.log.record('tenant', 'warn', 'The organisation config file could not be read', {
        detail: String(error),
      });
      return {};
    }
  }
}

function sameTenant(config: TenantConfig, input: TenantConfigInput): boolean {
  try {
    return (
      normalizeTenantUrl(input.haloUrl).baseUrl === config.baseUrl &&
      input.clientId.trim() === config.clientId &&
      (input.tenant ?? config.tenant) === config.tenant
    );
  } catch {
    return false;
  }
}
