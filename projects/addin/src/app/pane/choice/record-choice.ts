import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { toAppError } from '@halo-outlook/core';
import { type MergedCandidate, ResolutionStore } from '@halo-outlook/sdk';
import { NoticeStore } from '../../notices/notice-store';

let nextId = 0;

/**
 * The choice the pane asks for when the evidence does not decide (several clients share the
 * sender's domain, several contacts share the address): one button per candidate, most likely
 * first, and "Remember for <sender>" (a checkbox) so the sender's next emails use the choice.
 * Never a silent first pick.
 */
@Component({
  selector: 'halo-record-choice',
  imports: [MatButton],
  template: `
    <section class="choice" [attr.aria-labelledby]="headingId">
      <h3 class="question" [id]="headingId">
        @if (kind() === 'client') {
          <ng-container i18n="@@pane.choice.clientQuestion">Which client is this?</ng-container>
        } @else {
          <ng-container i18n="@@pane.choice.contactQuestion">Which contact is this?</ng-container>
        }
      </h3>
      <p class="why">
        @if (kind() === 'client') {
          <ng-container i18n="@@pane.choice.clientWhy"
            >{{ candidates().length }} clients in Halo match {{ domain() }}.</ng-container
          >
        } @else {
          <ng-container i18n="@@pane.choice.contactWhy"
            >{{ candidates().length }} contacts in Halo have the address
            {{ sender() }}.</ng-container
          >
        }
      </p>
      <div class="options" role="group" [attr.aria-labelledby]="headingId">
        @for (candidate of candidates(); track candidate.id) {
          <button
            mat-stroked-button
            type="button"
            [disabled]="choosing()"
            (click)="choose(candidate)"
          >
            {{ candidate.label }}
          </button>
        }
      </div>
      <!-- A native checkbox in Material's look: no forms code in the pane. -->
      <label class="remember">
        <input
          #rememberBox
          type="checkbox"
          [checked]="remember()"
          (change)="remember.set(rememberBox.checked)"
        />
        <ng-container i18n="@@pane.choice.remember">Remember for {{ sender() }}</ng-container>
      </label>
    </section>
  `,
  styles: `
    .choice {
      padding: 12px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .question {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .why {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 12px 0 4px;
    }
    /* Material 3's checkbox (mat-checkbox's tokens), for a native one. */
    .remember {
      display: inline-flex;
      align-items: center;
      gap: 9px;
      min-height: 32px; /* density -2 */
      padding-left: 9px;
      font: var(--mat-sys-body-medium);
      cursor: pointer;
    }
    .remember input {
      appearance: none;
      display: grid;
      place-content: center;
      flex: none;
      width: 18px;
      height: 18px;
      margin: 0;
      border: 2px solid var(--mat-sys-on-surface-variant);
      border-radius: 2px;
      background: transparent;
      color: inherit;
      cursor: pointer;
      transition: box-shadow 0.1s;
    }
    .remember input::before {
      content: '';
      width: 10px;
      height: 5px;
      margin-top: -3px;
      border: solid var(--mat-sys-on-primary);
      border-width: 0 0 2px 2px;
      transform: rotate(-45deg);
      opacity: 0;
    }
    .remember input:checked {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary);
    }
    .remember input:checked::before {
      opacity: 1;
    }
    .remember:hover input {
      box-shadow: 0 0 0 7px color-mix(in srgb, currentColor 8%, transparent);
    }
    .remember input:focus-visible {
      outline: none;
      box-shadow:
        0 0 0 7px color-mix(in srgb, currentColor 12%, transparent),
        0 0 0 9px var(--mat-sys-primary);
    }
    @media (forced-colors: active) {
      .remember input:focus-visible {
        outline: 2px solid;
        outline-offset: 2px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordChoice {
  private readonly resolution = inject(ResolutionStore);
  private readonly notices = inject(NoticeStore);

  /** What is chosen. */
  readonly kind = input.required<'client' | 'contact'>();
  /** The candidates to choose from, most likely first. */
  readonly candidates = input.required<readonly MergedCandidate[]>();

  protected readonly headingId = `halo-record-choice-${nextId++}`;
  protected readonly remember = signal(false);
  protected readonly choosing = signal(false);
  protected readonly sender = computed(() => this.resolution.snapshot()?.from.address ?? '');
  protected readonly domain = computed(() => this.sender().split('@').pop() ?? '');

  protected async choose(candidate: MergedCandidate): Promise<void> {
    this.choosing.set(true);
    try {
      await this.resolution.override(candidate, { remember: this.remember() });
    } catch (error) {
      // The choice applies to this email; only remembering it failed. The banner says so.
      this.notices.show(toAppError(error), { source: 'pane' });
    } finally {
      this.choosing.set(false);
    }
  }
}
