import { Candidate, CANDIDATE_KINDS } from './candidate';

/** The outcome of checking a plugin's result at the boundary. */
export type CandidateCheck =
  | { readonly ok: true; readonly candidate: Candidate }
  | { readonly ok: false; readonly problem: string };

/**
 * Checks one value a matcher returned. Plugins are third-party code, so their results are verified
 * before they reach the pane: a bad candidate is reported against the plugin, never shown.
 *
 * @usageNotes
 * ```ts
 * const check = validateCandidate(value);
 * if (!check.ok) logger.warn(`dropped a candidate: ${check.problem}`);
 * ```
 */
export function validateCandidate(value: unknown): CandidateCheck {
  if (typeof value !== 'object' || value === null) return fail('a candidate must be an object');
  const c = value as Record<string, unknown>;
  if (!CANDIDATE_KINDS.includes(c['kind'] as Candidate['kind'])) {
    return fail(
      `unknown kind ${JSON.stringify(c['kind'])}; expected one of ${CANDIDATE_KINDS.join(', ')}`,
    );
  }
  const id = c['id'];
  const validId =
    (typeof id === 'number' && Number.isFinite(id)) || (typeof id === 'string' && id !== '');
  if (!validId) return fail('id must be a finite number or a non-empty string');
  if (typeof c['label'] !== 'string') return fail('label must be a string');
  const confidence = c['confidence'];
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) {
    return fail('confidence must be a number from 0 to 1');
  }
  if (typeof c['reason'] !== 'string' || c['reason'].trim() === '') {
    return fail('reason must say why, in words an agent can read');
  }
  const relation = c['relation'];
  if (relation !== undefined && !(c['kind'] === 'ticket' && RELATIONS.includes(relation))) {
    return fail('relation is for tickets only, and must be "thread" or "open"');
  }
  if (c['data'] !== undefined && (typeof c['data'] !== 'object' || c['data'] === null)) {
    return fail('data must be an object when given');
  }
  return { ok: true, candidate: value as Candidate };
}

const RELATIONS: readonly unknown[] = ['thread', 'open'];

function fail(problem: string): CandidateCheck {
  return { ok: false, problem };
}
