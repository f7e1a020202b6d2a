/// <reference types="jasmine" />
import {
  AppError,
  EMPTY_PICTURE,
  type LogAction,
  type MailSnapshot,
  type ResolutionPicture,
  isValidPluginId,
  validateLogOutcome,
} from '@halo-outlook/sdk';
import type { HaloFixtures } from '../halo/halo-fixtures';
import { RecordingHaloFacade } from '../halo/recording-halo-facade';
import { aLogActionContext } from '../log-action/a-log-action-context';

/** One e-mail and input a log action contract suite runs the action with. */
export interface LogActionContractFixture<TInput> {
  /** Names the case in the spec report ("append to the thread's ticket"). */
  readonly name: string;
  /** The e-mail. */
  readonly snapshot: MailSnapshot;
  /** What the pane resolved. */
  readonly picture?: Partial<ResolutionPicture>;
  /** What Halo holds. */
  readonly halo?: HaloFixtures;
  /** The input the action's form would collect. */
  readonly input: TInput;
}

/**
 * Declares the Jasmine specs every log action must pass: a `vendor.name` id, a label and an icon;
 * `isAvailable` answering synchronously, without throwing, even when nothing is resolved; and for
 * each fixture: a valid outcome, a `failed` outcome with a message (never a rejection) when Halo
 * fails, and no write once its signal has aborted.
 *
 * @usageNotes
 * ```ts
 * describeLogActionContract('privateNoteAction', () => privateNoteAction, [
 *   { name: 'a known ticket', snapshot: aMailSnapshot(), halo: { tickets: [t] }, input: { ticketId: t.id } },
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
) {
  return aLogActionContext(fixture.snapshot, { picture: fixture.picture, halo, signal });
}
