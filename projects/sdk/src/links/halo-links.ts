import { Injectable, inject } from '@angular/core';
import { TenantConfigStore, tenantKey } from '@halo-outlook/core';

/**
 * Links into the Halo agent web app of the tenant the pane is signed in to.
 *
 * @usageNotes
 * `<a [href]="links.ticket(1042)" target="_blank">#1042</a>`
 */
@Injectable({ providedIn: 'root' })
export class HaloLinks {
  private readonly tenant = inject(TenantConfigStore);

  /** The ticket's page in Halo (`<base>/tickets?id=1042`, as Halo’s own links), or null before set-up. */
  ticket(id: number): string | null {
    const base = this.tenant.config()?.baseUrl;
    return base ? `${base.replace(/\/+$/, '')}/tickets?id=${id}` : null;
  }

  /** The key of the tenant (core's `tenantKey`: `<base url> <client id>`), or null before set-up. */
  tenantKey(): string | null {
    const config = this.tenant.config();
    return config ? tenantKey(config) : null;
  }
}
