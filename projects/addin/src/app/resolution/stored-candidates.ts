import { type Candidate, validateCandidate } from '@halo-outlook/sdk';

/**
 * Candidates as they are written to device storage: plain JSON (anything a plugin put in `data`
 * that JSON cannot hold, such as a function, is dropped), so IndexedDB can always clone them.
 */
export function toStoredCandidates(candidates: readonly Candidate[]): Candidate[] {
  return JSON.parse(JSON.stringify(candidates)) as Candidate[];
}

/**
 * Reads candidates back from device storage tolerantly: anything that is not a valid candidate (an
 * older format, a hand-edited database) is left out instead of reaching the pane. `null` when the
 * value is not a list at all.
 */
export function readStoredCandidates(value: unknown): Candidate[] | null {
  if (!Array.isArray(value)) return null;
  return value.flatMap((item: unknown) => {
    const check = validateCandidate(item);
    return check.ok ? [check.candidate] : [];
  });
}
