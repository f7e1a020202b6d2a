import { Injectable, Signal, computed, inject, signal } from '@angular/core';
import { DiagnosticsLog } from '../diagnostics/diagnostics-log';
import { AppError } from '../errors/app-error';
import { toAppError } from '../errors/to-app-error';
import { HOST_CONTEXT } from '../host/host-context';
import { OFFICE } from '../office/office-token';
import { TokenClient } from '../auth/token-client';
import { FETCH } from '../network/fetch-function';
import { HALO_CORE_OPTIONS } from '../provide/halo-core-options';
import { RoamingStore } from '../storage/roaming-store';
import { EntraSettings, readEntraSettings } from './entra-settings';
import {
  mergeManagedConfig,
  pickDomainConfig,
  pickTenantConfig,
  readStartUrlConfig,
} from './managed-config';
import { ManagedConfig, ManagedField, TenantConfig, TenantConfigInput } from './tenant-config';
import { discoverTenant } from './tenant-discovery';
import { normalizeTenantUrl } from './tenant-url';

const ROAMING_TENANT_KEY = 'tenant';

/**
 * The Halo tenant the add-in talks to: what the set-up screen drives. Keeps the validated config
 * in roaming settings; applies the organisation's managed settings (start URL query, hosted
 * `config.json` by email domain, and by Microsoft Entra tenant once the agent signed in with
 * Microsoft), which win over the user's and lock those fields. Also reads the organisation's
 * Entra settings out of them ({@link entra}).
 *
 * @usageNotes
 * ```ts
 * const tenant = inject(TenantConfigStore);
 * await tenant.load();                      // at start-up
 * tenant.locked().has('haloUrl');           // disable the field
 * tenant.entra();                           // the Entra settings, or null when the features are off
 * try { await tenant.save({ haloUrl, clientId }); } catch (e) { show(toAppError(e)); }
 * ```
 */
@Injectable({ providedIn: 'root' })
export class TenantConfigStore {
  private readonly roaming = inject(RoamingStore);
  private readonly tokens = inject(TokenClient);
  private readonly fetchFn = inject(FETCH);
  private readonly host = inject(HOST_CONTEXT);
  private readonly office = inject(OFFICE);
  private readonly options = inject(HALO_CORE_OPTIONS);
  private readonly log = inject(DiagnosticsLog);

  private readonly configState = signal<TenantConfig | null>(
    this.roaming.get<TenantConfig>(ROAMING_TENANT_KEY) ?? null,
  );
  private readonly managedState = signal<ManagedConfig | null>(null);
  private readonly problemState = signal<AppError | null>(null);
  private startUrlValues = readStartUrlConfig(this.host.startUrl);
  private domainValues: ReturnType<typeof pickDomainConfig> = {};
  private tenantValues: ReturnType<typeof pickTenantConfig> = {};
  private hostedDocumentRead: Promise<unknown> | null = null;
  private readonly entraRead = computed(() => {
    try {
      return { settings: readEntraSettings(this.managedState()), problem: null };
    } catch (error) {
      return { settings: null, problem: toAppError(error) };
    }
  });

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
   * The organisation's Microsoft Entra settings (`entraClientId`, `entraAuthority`, `graphUrl`),
   * validated with their defaults; null when it names no Entra app or names one wrongly.
   */
  readonly entra: Signal<EntraSettings | null> = computed(() => this.entraRead().settings);
  /** Why the organisation's Entra settings are unusable, when they are. */
  readonly entraProblem: Signal<AppError | null> = computed(() => this.entraRead().problem);

  /**
   * Reads the organisation's settings and, when they name a tenant other than the stored one,
   * validates and applies it. Never throws: a failure is in {@link problem}.
   */
  async load(): Promise<void> {
    this.startUrlValues = readStartUrlConfig(this.host.startUrl);
    const email = this.office?.context.mailbox?.userProfile?.emailAddress ?? null;
    this.domainValues = email ? pickDomainConfig(await this.hostedDocument(), email) : {};
    await this.apply();
  }

  /**
   * Applies the hosted `config.json`'s entry for the agent's Microsoft Entra tenant
   * (`tenants["<tenant id>"]`), once the agent signed in with Microsoft. It wins over the entry
   * for the email domain, and the start URL wins over both. Never throws: a failure to apply a
   * Halo tenant is in {@link problem}.
   */
  async applyEntraTenant(tenantId: string): Promise<void> {
    const values = pickTenantConfig(await this.hostedDocument(), tenantId);
    if (JSON.stringify(values) === JSON.stringify(this.tenantValues)) return;
    this.tenantValues = values;
    if (Object.keys(values).length) {
      this.log.record('tenant', 'info', 'Organisation settings found for the Entra tenant', {
        tenantId,
        fields: Object.keys(values).join(', '),
      });
    }
    await this.apply();
  }

  private async apply(): Promise<void> {
    const managed = mergeManagedConfig(this.startUrlValues, this.domainValues, this.tenantValues);
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

  /** The hosted `config.json`, read once (a failed read is tried again next time); null if none. */
  private hostedDocument(): Promise<unknown> {
    const path = this.options.orgConfigUrl;
    if (!path) return Promise.resolve(null);
    this.hostedDocumentRead ??= this.readHostedDocument(path).then((document) => {
      if (document === undefined) this.hostedDocumentRead = null;
      return document ?? null;
    });
    return this.hostedDocumentRead;
  }

  /** The parsed file, null when there is none (404), undefined when it could not be read. */
  private async readHostedDocument(path: string): Promise<unknown> {
    const url = new URL(path, globalThis.document?.baseURI ?? this.host.startUrl).href;
    try {
      const response = await this.fetchFn(url, { credentials: 'omit', cache: 'no-cache' });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return await response.json();
    } catch (error) {
      this.log.record('tenant', 'warn', 'The organisation config file could not be read', {
        detail: String(error),
      });
      return undefined;
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
