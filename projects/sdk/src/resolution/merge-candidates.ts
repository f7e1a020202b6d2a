import type { Candidate } from '../contracts/candidate';
import type { MergedCandidate } from './merged-candidate';

/** Candidates as one source proposed them: a matcher's id, `agent`, or `cache`. */
export interface SourcedCandidates {
  /** Who proposed them. */
  readonly source: string;
  /** What they proposed. */
  readonly candidates: readonly Candidate[];
}

/**
 * Merges candidates that name the same record (same kind and id): the merged record has the best
 * confidence any source gave, every distinct reason (most confident first) and every source. Its
 * label, data and relation come from the most confident proposal; on equal confidence, from the
 * source listed first (give sources in priority order). A ticket any source places in the thread is
 * a thread ticket.
 *
 * @returns the merged records, most confident first (ties in the order first proposed).
 *
 * @usageNotes
 * ```ts
 * mergeCandidates([{ source: 'agent', candidates: overrides }, ...bySource])
 * ```
 */
export function mergeCandidates(sources: readonly SourcedCandidates[]): MergedCandidate[] {
  const byKey = new Map<string, { best: Candidate; proposals: Candidate[]; sources: string[] }>();
  for (const { source, candidates } of sources) {
    for (const candidate of candidates) {
      const key = `${candidate.kind}:${typeof candidate.id}:${candidate.id}`;
      const entry = byKey.get(key);
      if (!entry) {
        byKey.set(key, { best: candidate, proposals: [candidate], sources: [source] });
        continue;
      }
      entry.proposals.push(candidate);
      if (!entry.sources.includes(source)) entry.sources.push(source);
      if (candidate.confidence > entry.best.confidence) entry.best = candidate;
    }
  }
  const merged = [...byKey.values()].map(({ best, proposals, sources: from }): MergedCandidate => {
    const reasons = [...proposals]
      .sort((a, b) => b.confidence - a.confidence)
      .map((c) => c.reason)
      .filter((reason, i, all) => all.indexOf(reason) === i);
    const inThread = proposals.some((c) => c.relation === 'thread');
    return {
      ...best,
      ...(best.kind === 'ticket' ? { relation: inThread ? 'thread' : 'open' } : {}),
      reasons,
      sources: from,
    };
  });
  // Array.prototype.sort is stable: equal confidences keep the order first proposed.
  return merged.sort((a, b) => b.confidence - a.confidence);
}
