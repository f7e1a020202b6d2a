import { type Matcher, senderKey } from '@halo-outlook/sdk';

/**
 * Creates the matcher that proposes what the agent chose for this sender before and asked to
 * remember (a client among look-alikes, a contact, a site), with full confidence.
 *
 * @usageNotes
 * `withMatchers(rememberedChoiceMatcher())`; the pane remembers with
 * `store.override(candidate, { remember: true })`.
 */
export function rememberedChoiceMatcher(): Matcher {
  return {
    id: 'halo.remembered-choice',
    priority: 100,
    match: async ({ snapshot, choices }) =>
      (await choices.recall(senderKey(snapshot))).map((choice) => ({
        ...choice,
        confidence: 1,
        reason: 'You chose it for this sender before.',
      })),
  };
}
