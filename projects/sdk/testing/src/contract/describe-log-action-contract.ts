/// <reference types="jasmine" />
import {
  AppError,
  EMPTY_PICTURE,
  type LogAction,
  type MailContent,
  type MailSnapshot,
  type ResolutionPicture,
  isValidPluginId,
  validateLogOutcome,
} from '@halo-outlook/sdk';
import type { HaloFixtures } from '../halo/halo-fixtures';
import { RecordingHaloFacade } from '../halo/recording-halo-facade';
import { aLogActionContext } from '../log-action/a-log-action-context';
import type { MailContentFixture } from '../mail/a-mail-content';

/** One e-mail and input a log action contract suite runs the action with. */
export interface LogActionContractFixture<TInput> {
  /** Names the case in the spec report ("append to the thread's ticket"). */
  readonly name: string;
  /** The e-mail. */
  readonly snapshot: MailSnapshot;
  /** The e-mail's content (default: none, as from a host that cannot give it). */
  readonly mail?: MailContentFixture;
  /** What the pane resolved. */
  readonly picture?: Partial<ResolutionPicture>;
  /** What Halo holds. */
  readonly halo?: HaloFixtures;
  /** The input the action's form would collect. */
  readonly input: TInput;
  /**
   * False for an action that never calls Halo (it posts elsewhere): the Halo-failure and the
   * write-once cases do not apply to it. Default true.
   */
  readonly usesHalo?: boolean;
}

const WRITES = [
  'createTicket',
  'updateTicket',
  'createAction',
  'uploadAttachment',
  'createUser',
] as const;

/**
 * Declares the Jasmine specs every log action must pass: a `vendor.name` id, a label and an icon;
 * `isAvailable` answering synchronously, without throwing, even when nothing is resolved; and for
 * each fixture: a valid outcome; a valid outcome (never a rejection) when Outlook cannot give the
 * e-mail's content; a `failed` outcome with a message (never a rejection) when Halo fails; no
 * write once its signal has aborted; and no second write to Halo when the request runs again with
 * its journal (a retry continues, it never repeats): so the first run of each fixture that uses
 * Halo must write to it.
 *
 * @usageNotes
 * ```ts
 * describeLogActionContract('privateNoteAction', () => privateNoteAction, [
 *   { name: 'a known ticket', snapshot: aMailSnapshot(), halo: { tickets: [t] }, input: { ticketId: t.id } },
 *   { name: 'a runbook', snapshot: aMailSnapshot(), input: {}, usesHalo: false },
 * ]);
 * ```
 */
export function describeLogActionContract<TInput>(
  name: string,
  factory: () => LogAction<TInput>,
  fixtures: readonly LogActionContractFixture<TInput>[],
): void {
  describe(`${name} (log action contract)`, () => {
    it('has a vendor.name id, a label and an icon', () => {
      const action = factory();
      expect(isValidPluginId(action.id)).withContext(`id "${action.id}"`).toBeTrue();
      expect(action.label.trim()).not.toBe('');
      expect(action.icon.trim()).not.toBe('');
    });

    for (const fixture of fixtures) {
      const usesHalo = fixture.usesHalo ?? true;

      it(`answers isAvailable synchronously for ${fixture.name} and for an empty picture`, () => {
        const action = factory();
        for (const picture of [fixture.picture ?? {}, EMPTY_PICTURE]) {
          const available: unknown = action.isAvailable(
            aLogActionContext(fixture.snapshot, { picture }),
          );
          expect(typeof available).toBe('boolean');
        }
      });

      it(`resolves to a valid outcome for ${fixture.name}`, async () => {
        const halo = new RecordingHaloFacade(fixture.halo);
        const outcome = await factory().run(contextOf(fixture, halo), fixture.input);
        const check = validateLogOutcome(outcome);
        expect(check.ok ? null : check.problem).toBeNull();
      });

      it(`resolves to a valid outcome when Outlook cannot give the content, for ${fixture.name}`, async () => {
        const halo = new RecordingHaloFacade(fixture.halo);
        const outcome = await factory().run(contextOf(fixture, halo, undefined, {}), fixture.input);
        const check = validateLogOutcome(outcome);
        expect(check.ok ? null : check.problem).toBeNull();
      });

      if (usesHalo) {
        it(`reports a Halo failure as a failed outcome with a message, for ${fixture.name}`, async () => {
          const halo = new RecordingHaloFacade(fixture.halo).failWith(
            new AppError({
              kind: 'offline',
              message: 'Halo cannot be reached.',
              action: 'Check your connection and try again.',
            }),
          );
          const outcome = await factory().run(contextOf(fixture, halo), fixture.input);
          expect(outcome.status).toBe('failed');
          const check = validateLogOutcome(outcome);
          expect(check.ok ? null : check.problem).toBeNull();
        });

        it(`writes to Halo once when run again with its journal, for ${fixture.name}`, async () => {
          const halo = new RecordingHaloFacade(fixture.halo);
          const first = contextOf(fixture, halo);
          await factory().run(first, fixture.input);
          const writes = () =>
            halo.calls.filter((c) => (WRITES as readonly string[]).includes(c.method)).length;
          const before = writes();
          expect(before)
            .withContext('Halo writes of the first run (a run that writes nothing proves nothing)')
            .toBeGreaterThan(0);
          const again = aLogActionContext(fixture.snapshot, {
            picture: fixture.picture,
            halo,
            mail: fixture.mail,
            journal: first.journal.entries(),
          });
          await factory().run(again, fixture.input);
          expect(writes()).withContext('Halo writes of the second run').toBe(before);
        });
      }

      it(`writes nothing once its signal has aborted, for ${fixture.name}`, async () => {
        const halo = new RecordingHaloFacade(fixture.halo);
        const before = { tickets: halo.allTickets().length, actions: halo.allActions().length };
        const controller = new AbortController();
        controller.abort();
        const outcome = await factory().run(
          contextOf(fixture, halo, controller.signal),
          fixture.input,
        );
        expect(['cancelled', 'failed']).toContain(outcome.status);
        expect(halo.allTickets().length).toBe(before.tickets);
        expect(halo.allActions().length).toBe(before.actions);
      });
    }
  });
}

function contextOf<T>(
  fixture: LogActionContractFixture<T>,
  halo: RecordingHaloFacade,
  signal?: AbortSignal,
  mail: MailContent | MailContentFixture | undefined = fixture.mail,
) {
  return aLogActionContext(fixture.snapshot, { picture: fixture.picture, halo, signal, mail });
}
