import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocomplete,
  MatAutocompleteTrigger,
  MatOptgroup,
} from '@angular/material/autocomplete';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { toAppError } from '@halo-outlook/sdk';
import {
  debounceTime,
  distinctUntilChanged,
  filter,
  map,
  Observable,
  type Subscription,
  switchMap,
} from 'rxjs';
import { type ChoiceGroup, isRecordChoice, type RecordChoice } from './record-choice';

/** Searches Halo for what the agent typed. */
export type RecordSearch = (text: string, signal: AbortSignal) => Promise<readonly RecordChoice[]>;

/**
 * Picks a Halo record: the pane's proposals at once (in groups), and any other record found in
 * Halo as the agent types (a newer search cancels the one before).
 */
@Component({
  selector: 'halo-record-picker',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOptgroup,
    MatOption,
  ],
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ label() }}</mat-label>
      <input matInput [formControl]="control()" [matAutocomplete]="auto" autocomplete="off" />
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" autoActiveFirstOption>
        @for (group of groups(); track group.label) {
          @if (group.items.length) {
            <mat-optgroup [label]="group.label">
              @for (choice of group.items; track choice.id) {
                <mat-option [value]="choice">{{ choice.label }}</mat-option>
              }
            </mat-optgroup>
          }
        }
        @if (found().length) {
          <mat-optgroup label="Found in Halo" i18n-label="@@log.form.found">
            @for (choice of found(); track choice.id) {
              <mat-option [value]="choice">{{ choice.label }}</mat-option>
            }
          </mat-optgroup>
        }
      </mat-autocomplete>
      @if (problem(); as problem) {
        <mat-hint class="problem">{{ problem }}</mat-hint>
      } @else if (searched() && !found().length) {
        <mat-hint i18n="@@log.form.nothingFound">Nothing in Halo matches.</mat-hint>
      } @else {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>{{ required() }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
    .problem {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordPicker {
  /** The control holding the chosen record (text while the agent types). */
  readonly control = input.required<FormControl<RecordChoice | string | null>>();
  /** The field's label. */
  readonly label = input.required<string>();
  /** The hint under the field. */
  readonly hint = input('');
  /** What the error says when nothing is chosen. */
  readonly required = input('');
  /** The pane's proposals. */
  readonly groups = input<readonly ChoiceGroup[]>([]);
  /** Searches Halo. */
  readonly search = input.required<RecordSearch>();

  protected readonly found = signal<readonly RecordChoice[]>([]);
  protected readonly searched = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly display = (value: RecordChoice | string | null): string =>
    isRecordChoice(value) ? value.label : (value ?? '');

  constructor() {
    let subscription: Subscription | null = null;
    inject(DestroyRef).onDestroy(() => subscription?.unsubscribe());
    effect(() => {
      const control = this.control();
      const search = this.search();
      subscription?.unsubscribe();
      subscription = control.valueChanges
        .pipe(
          filter((value): value is string => typeof value === 'string'),
          map((text) => text.trim()),
          debounceTime(250),
          distinctUntilChanged(),
          switchMap((text) => searching(search, text)),
        )
        .subscribe((result) => {
          this.found.set(result.found);
          this.problem.set(result.problem);
          this.searched.set(result.text.length > 1);
        });
    });
  }
}

interface SearchResult {
  readonly found: readonly RecordChoice[];
  readonly problem: string | null;
  readonly text: string;
}

/** Runs one search; unsubscribing (a newer search) aborts its request. */
function searching(search: RecordSearch, text: string): Observable<SearchResult> {
  return new Observable<SearchResult>((subscriber) => {
    const controller = new AbortController();
    search(text, controller.signal).then(
      (found) => {
        subscriber.next({ found, problem: null, text });
        subscriber.complete();
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const problem = toAppError(error);
        subscriber.next({ found: [], problem: `${problem.message} ${problem.action}`, text });
        subscriber.complete();
      },
    );
    return () => controller.abort();
  });
}
