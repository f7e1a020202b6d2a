/** A `performance.now()`-style time as epoch milliseconds (comparable across processes). */
export function epochMs(performanceTime: number): number {
  return Math.round(performance.timeOrigin + performanceTime);
}

/**
 * Records a User Timing mark (`halo:…`) at `startTime` with `detail`, for benchmarks and the
 * browser's performance panel. A browser without User Timing level 3 only loses the mark.
 */
export function markPerformance(
  name: string,
  startTime: number,
  detail: Record<string, unknown>,
): void {
  try {
    performance.mark(name, { startTime, detail });
  } catch {
    // Without User Timing level 3 only the mark is lost.
  }
}
