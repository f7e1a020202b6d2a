/// <reference types="jasmine" />
import {
  type Candidate,
  type CandidateKind,
  type IsolatedEvent,
  type MailSnapshot,
  type Matcher,
  type ResolvedSoFar,
  isValidPluginId,
  runIsolated,
} from '@halo-outlook/sdk';
import type { HaloFixtures } from '../halo/halo-fixtures';
import { RecordingHaloFacade } from '../halo/recording-halo-facade';
import { aMatchContext } from '../matcher/a-match-context';
import { runMatcher } from '../matcher/run-matcher';
import { aMailSnapshot } from '../snapshot/a-mail-snapshot';

/** One e-mail a matcher contract suite runs the matcher against. */
export interface MatcherContractFixture {
  /** Names the case in the spec report ("a reply in a known thread"). */
  readonly name: string;
  /** The e-mail. */
  readonly snapshot: MailSnapshot;
  /** What Halo holds. */
  readonly halo?: HaloFixtures;
  /** What is already decided, for a matcher that depends on it. */
  readonly resolved?: Partial<ResolvedSoFar>;
  /** Choices remembered for the sender. */
  readonly remembered?: readonly Candidate[];
  /** Kinds the matcher must propose for this e-mail. */
  readonly proposes?: readonly CandidateKind[];
}

/** The default time box, used for a matcher that sets none (the sdk's default). */
const DEFAULT_TIMEOUT_MS = 3000;

/**
 * Declares the Jasmine specs every matcher must pass: a `vendor.name` id that stays the same, a
 * finite priority and a positive time box; valid candidates (and the kinds expected) for each
 * fixture; nothing and no failure for an unknown sender; stopping promptly when its signal aborts;
 * and being cut at its time box, with its signal aborted, when Halo never answers.
 *
 * Call it at the top level of the matcher's spec, with at least one fixture the matcher applies
 * to and reads Halo for.
 *
 * @usageNotes
 * ```ts
 * describeMatcherContract('vipFlagMatcher', () => vipFlagMatcher(), [
 *   { name: 'a VIP client', snapshot: aMailSnapshot(), resolved: { client: vip }, proposes: ['tag'] },
 * ]);
 * ```
 */
export function describeMatcherContract(
  name: string,
  factory: () => Matcher,
  fixtures: readonly MatcherContractFixture[],
): void {
  describe(`${name} (matcher contract)`, () => {
    it('has a vendor.name id that stays the same, a finite priority and a positive time box', () => {
      const matcher = factory();
      expect(isValidPluginId(matcher.id)).withContext(`id "${matcher.id}"`).toBeTrue();
      expect(factory().id).toBe(matcher.id);
      expect(Number.isFinite(matcher.priority)).withContext('priority').toBeTrue();
      expect(matcher.timeoutMs ?? DEFAULT_TIMEOUT_MS).toBeGreaterThan(0);
    });

    it('proposes nothing, and does not fail, for an unknown sender', async () => {
      const snapshot = aMailSnapshot({
        from: 'someone@unknown-sender.example',
        subject: 'Hello',
        inReplyTo: null,
        references: [],
      });
      expect(await runMatcher(factory(), snapshot, { halo: new RecordingHaloFacade() })).toEqual(
        [],
      );
    });

    for (const fixture of fixtures) {
      it(`proposes valid candidates for ${fixture.name}`, async () => {
        const candidates = await runMatcher(factory(), fixture.snapshot, contextOf(fixture));
        const kinds = candidates.map((c) => c.kind);
        for (const kind of fixture.proposes ?? []) {
          expect(kinds).withContext(`kinds proposed for ${fixture.name}`).toContain(kind);
        }
      });

      it(`stops promptly when its signal aborts, for ${fixture.name}`, async () => {
        const halo = new RecordingHaloFacade(fixture.halo).neverAnswer();
        const controller = new AbortController();
        let settled = false;
        const run = runMatcher(factory(), fixture.snapshot, {
          ...contextOf(fixture),
          halo,
          signal: controller.signal,
        });
        run.then(
          () => (settled = true),
          () => (settled = true),
        );
        controller.abort();
        await nextTask();
        expect(settled).withContext('settled after the abort').toBeTrue();
        expect(halo.calls.every((call) => call.withSignal))
          .withContext('every Halo call carries the signal')
          .toBeTrue();
      });
    }

    it('is cut at its time box, with its signal aborted, when Halo never answers', async () => {
      const matcher = factory();
      const fixture = fixtures[0] ?? { name: 'a plain e-mail', snapshot: aMailSnapshot() };
      const timeoutMs = matcher.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const halo = new RecordingHaloFacade(fixture.halo).neverAnswer();
      let signal: AbortSignal | undefined;
      const events: IsolatedEvent[] = [];
      let completed = false;
      jasmine.clock().install();
      try {
        runIsolated(
          matcher,
          (s) => {
            signal = s;
            return aMatchContext(fixture.snapshot, { ...contextOf(fixture), halo, signal: s });
          },
          new AbortController().signal,
          timeoutMs,
        ).subscribe({ next: (e) => events.push(e), complete: () => (completed = true) });
        await Promise.resolve();
        jasmine.clock().tick(timeoutMs);
      } finally {
        jasmine.clock().uninstall();
      }
      expect(completed).withContext('the run ended').toBeTrue();
      expect(signal?.aborted ?? true)
        .withContext("the matcher's signal aborted")
        .toBeTrue();
      const problems = events.flatMap((e) => (e.type === 'problem' ? [e.problem.kind] : []));
      expect(problems.filter((kind) => kind !== 'timeout')).toEqual([]);
    });
  });
}

function contextOf(fixture: MatcherContractFixture) {
  return {
    halo: new RecordingHaloFacade(fixture.halo),
    resolved: fixture.resolved,
    remembered: fixture.remembered,
  };
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
