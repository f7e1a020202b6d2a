import type { Request } from 'express';

/**
 * Query parameters read the way Halo (ASP.NET) binds them: names case-insensitive, booleans as
 * `true`/`false`, unknown names simply never asked for (so silently ignored).
 */
export class HaloQuery {
  private readonly values = new Map<string, string>();

  /** @param search a URLSearchParams (or anything iterable as name/value pairs) */
  constructor(search: Iterable<[string, string]>) {
    for (const [name, value] of search) this.values.set(name.toLowerCase(), value);
  }

  /** Parses the query of an express request from its raw URL. */
  static of(req: Request): HaloQuery {
    return new HaloQuery(new URL(req.originalUrl, 'http://sim.invalid').searchParams);
  }

  /** Raw value, or undefined. */
  get(name: string): string | undefined {
    return this.values.get(name.toLowerCase());
  }

  /** True when the parameter is present. */
  has(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }

  /** `true` → true, `false` → false, otherwise the fallback. */
  bool(name: string, fallback = false): boolean {
    const value = this.get(name)?.toLowerCase();
    if (value === 'true') return true;
    if (value === 'false') return false;
    return fallback;
  }

  /** An integer value, or undefined when absent or not a number. */
  int(name: string): number | undefined {
    const raw = this.get(name);
    if (raw === undefined || raw.trim() === '') return undefined;
    const value = Number(raw);
    return Number.isFinite(value) ? Math.trunc(value) : undefined;
  }

  /** A comma-separated list of integers (empty when absent). */
  ints(name: string): number[] {
    const raw = this.get(name);
    if (!raw) return [];
    return raw
      .split(',')
      .map((part) => Number(part.trim()))
      .filter((n) => Number.isFinite(n));
  }

  /** All parameter names (lower-case) with their values. */
  entries(): [string, string][] {
    return [...this.values.entries()];
  }

  /** Plain object of the parameters as sent (for the request log). */
  static rawObject(req: Request): Record<string, string> {
    return Object.fromEntries(
      new URL(req.originalUrl, 'http://sim.invalid').searchParams.entries(),
    );
  }
}
