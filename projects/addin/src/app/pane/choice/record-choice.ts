import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { toAppError } from '@halo-outlook/core';
import { type MergedCandidate, ResolutionStore } from '@halo-outlook/sdk';
import { NoticeStore } from '../../notices/notice-store';

let nextId = 0;

/**
 * The choice the pane asks for when the evidence does not decide (several clients share the
 * sender's domain, several contacts share the address): one button per candidate, most likely
 * first, and "Remember for <sender>" so the sender's next emails use the choice. Never a silent
 * first pick.
 */
@Component({
  selector: 'halo-record-choice',
  imports: [MatButton, MatCheckbox],
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
      <mat-checkbox [checked]="remember()" (change)="remember.set($event.checked)">
        <ng-container i18n="@@pane.choice.remember">Remember for {{ sender() }}</ng-container>
      </mat-checkbox>
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
