import { isAppError, type MatchContext } from '@halo-outlook/sdk';
import { EmailRule } from '../rules/email-rule';
import { HaloEmailRuleReading, toEmailRule } from './to-email-rule';

/** Where {@link haloEmailRules} gets its rules, read again at each email. */
export interface HaloEmailRulesSource {
  /** Whether to read Halo's rules at all (default: yes). */
  readonly readHalo?: () => boolean;
  /** How to read Halo's rule types (which codes mean "ignore"); default: none. */
  readonly reading?: () => HaloEmailRuleReading;
  /**
   * The rules to apply where Halo's cannot be read: the tenant does not let the agent read them,
   * reading them is switched off, or Halo could not answer (default: none).
   */
  readonly configured?: () => readonly EmailRule[];
  /** After Halo refused (403), how long before asking it again, in ms (default 10 minutes). */
  readonly askAgainAfterMs?: number;
  /** The clock (default `Date.now`), for tests. */
  readonly now?: () => number;
}

/**
 * The rules of the email rules matcher, loaded per email: Halo's own (`GET /api/EmailRule`
 * through the facade, cached by it for the session) where the tenant lets the agent read them,
 * else the configured ones. A refusal (`forbidden`) is remembered for `askAgainAfterMs`, so Halo
 * is not asked at every email; it is logged once, not shown as a problem. When Halo cannot answer
 * for another reason, the configured rules apply if there are any; if there are none, the failure
 * is passed on (the pane then lists the lookup as not finished).
 *
 * @usageNotes
 * ```ts
 * emailRulesMatcher({
 *   rules: haloEmailRules({ reading: () => ({ ignoreTypes: [3] }), configured: () => myRules }),
 * })
 * ```
 */
export function haloEmailRules(
  source: HaloEmailRulesSource = {},
): (context: MatchContext) => Promise<readonly EmailRule[]> {
  const now = source.now ?? Date.now;
  const askAgainAfterMs = source.askAgainAfterMs ?? 10 * 60_000;
  let refusedAt: number | null = null;
  return async (context) => {
    const configured = source.configured?.() ?? [];
    if (source.readHalo?.() === false) return configured;
    if (refusedAt !== null && now() - refusedAt < askAgainAfterMs) return configured;
    try {
      const rules = await context.halo.emailRules({ signal: context.signal });
      refusedAt = null;
      const reading = source.reading?.() ?? {};
      return rules.map((rule) => toEmailRule(rule, reading));
    } catch (error) {
      if (context.signal.aborted) throw error;
      if (isAppError(error) && error.kind === 'forbidden') {
        if (refusedAt === null) {
          context.log.info(
            `Halo does not let this agent read its email rules: ${configured.length} configured rule(s) apply instead.`,
          );
        }
        refusedAt = now();
        return configured;
      }
      if (configured.length === 0) throw error;
      context.log.warn(
        `Halo's email rules could not be read (${isAppError(error) ? error.kind : 'error'}): the configured rules apply instead.`,
      );
      return configured;
    }
  };
}
