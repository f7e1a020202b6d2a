/** The fixed "now" of the seed: seeded dates are minutes before it, so the data is reproducible. */
export const SEED_NOW = Date.parse('2026-11-02T09:00:00.000Z');

/** ISO timestamp `minutesAgo` minutes before {@link SEED_NOW}. */
export function seedDate(minutesAgo: number): string {
  return new Date(SEED_NOW - minutesAgo * 60_000).toISOString();
}
