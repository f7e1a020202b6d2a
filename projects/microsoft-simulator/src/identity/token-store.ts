import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Stored {
  payload: AdapterPayload;
  /** Epoch ms, or Infinity. */
  expiresAt: number;
}

/**
 * The authority's storage (sessions, interactions, grants, codes, refresh tokens), in memory and
 * private to one simulator: `clear()` signs everyone out and revokes every refresh token.
 * oidc-provider's own quick-start store is shared by every provider in the process and capped.
 */
export class TokenStore {
  private readonly entries = new Map<string, Stored>();
  private readonly grants = new Map<string, Set<string>>();

  /** oidc-provider's `adapter` option: one adapter per model, all over this store. */
  readonly adapter: AdapterFactory = (model: string): Adapter => {
    const key = (id: string): string => `${model}:${id}`;
    return {
      upsert: async (id, payload, expiresIn) => {
        const k = key(id);
        this.entries.set(k, {
          payload: { ...payload },
          expiresAt: typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : Infinity,
        });
        if (payload.grantId) {
          const members = this.grants.get(payload.grantId) ?? new Set<string>();
          members.add(k);
          this.grants.set(payload.grantId, members);
        }
      },
      find: async (id) => this.read(key(id)),
      findByUid: async (uid) =>
        [...this.entries.keys()]
          .filter((k) => k.startsWith(`${model}:`))
          .map((k) => this.read(k))
          .find((p) => p?.uid === uid),
      findByUserCode: async (userCode) =>
        [...this.entries.keys()]
          .filter((k) => k.startsWith(`${model}:`))
          .map((k) => this.read(k))
          .find((p) => p?.userCode === userCode),
      consume: async (id) => {
        const stored = this.entries.get(key(id));
        if (stored) stored.payload.consumed = Math.floor(Date.now() / 1000);
      },
      destroy: async (id) => {
        this.entries.delete(key(id));
      },
      revokeByGrantId: async (grantId) => {
        for (const k of this.grants.get(grantId) ?? []) this.entries.delete(k);
        this.grants.delete(grantId);
      },
    };
  };

  /** Forgets everything: sessions, grants, codes and refresh tokens. */
  clear(): void {
    this.entries.clear();
    this.grants.clear();
  }

  private read(k: string): AdapterPayload | undefined {
    const stored = this.entries.get(k);
    if (!stored) return undefined;
    if (stored.expiresAt <= Date.now()) {
      this.entries.delete(k);
      return undefined;
    }
    return { ...stored.payload };
  }
}
