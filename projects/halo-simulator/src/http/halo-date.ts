/** Halo's "unset" date. */
export const HALO_UNSET_DATE = '1899-12-30T00:00:00';

/** UTC with 7 fractional digits and `Z`, as Halo writes e.g. `dateoccurred` (`2024-06-20T14:45:15.9746271Z`). */
export function haloUtc(iso: string | null): string {
  if (!iso) return HALO_UNSET_DATE;
  return iso.replace(/\.(\d{3})Z$/, '.$10000Z');
}

/** Zone-less with 3 fractional digits, as Halo writes other dates (`2022-09-26T16:15:38.897`). */
export function haloLocal(iso: string | null): string {
  if (!iso) return HALO_UNSET_DATE;
  return iso.replace(/Z$/, '');
}
