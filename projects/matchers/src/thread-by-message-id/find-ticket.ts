import { type HaloReadFacade, type HaloTicket, isAppError } from '@halo-outlook/sdk';

/**
 * The ticket with this number, or `null` when Halo has none (deleted, or a number from another
 * Halo). Any other failure is passed on, so the matcher reports it.
 */
export async function findTicket(
  halo: HaloReadFacade,
  id: number,
  signal: AbortSignal,
): Promise<HaloTicket | null> {
  try {
    return await halo.getTicket(id, { signal });
  } catch (error) {
    if (isAppError(error) && error.kind === 'not-found') return null;
    throw error;
  }
}
