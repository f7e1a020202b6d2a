import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import type { MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { toAppError } from '@halo-outlook/core';
import { ResolutionStore } from '@halo-outlook/sdk';
import { combineLatest, startWith, switchMap } from 'rxjs';
import { NoticeStore } from '../../notices/notice-store';
import type { PickerOption } from './picker-option';
import { RecordSearch } from './record-search';
import { type TypeaheadState, typeahead } from './typeahead';

let nextId = 0;

/**
 * Lets the agent say who the sender or their client really is: a field with type-ahead search in
 * Halo (from 2 characters, once typing pauses, the newest search winning), keyboard-first (arrows
 * and Enter pick, Escape closes), and "Remember for <sender>". Picking applies the choice to this
 * email at once (a contact brings their client and site).
 *
 * Loaded on demand (a `@defer` block shown when the agent asks for it), with the field focused;
 * `closed` tells the host to take it away (and put the focus back on its trigger).
 */
@Component({
  selector: 'halo-override-picker',
  imports: [
    ReactiveFormsModule,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOption,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatHint,
    MatLabel,
    MatInput,
  ],
  templateUrl: './override-picker.html',
  styleUrl: './override-picker.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverridePicker {
  private readonly resolution = inject(ResolutionStore);
  private readonly search = inject(RecordSearch);
  private readonly notices = inject(NoticeStore);
  private readonly injector = inject(Injector);

  /** What the agent picks. */
  readonly kind = input.required<'client' | 'contact'>();
  /** The picker's name for assistive technology ("Change client"). */
  readonly label = input.required<string>();
  /** The agent picked a record (applied) or gave up. */
  readonly closed = output();

  protected readonly applying = signal(false);
  protected readonly remember = signal(false);
  protected readonly hintId = `halo-override-picker-hint-${nextId++}`;
  protected readonly query = new FormControl('', { nonNullable: true });
  protected readonly sender = computed(() => this.resolution.snapshot()?.from.address ?? '');
  protected readonly clientName = computed(() => this.resolution.picture().client?.label ?? null);

  private readonly input = viewChild<ElementRef<HTMLInputElement>>('field');

  protected readonly state = toSignal(
    combineLatest([toObservable(this.kind), toObservable(this.resolution.scope)]).pipe(
      switchMap(([kind, scope]) =>
        this.query.valueChanges.pipe(
          startWith(this.query.value),
          typeahead<PickerOption>((text, signal) => this.find(kind, scope, text, signal)),
        ),
      ),
    ),
    { initialValue: { status: 'idle' } as TypeaheadState<PickerOption> },
  );

  protected readonly searching = computed(() => this.state().status === 'searching');
  protected readonly failure = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.error : null;
  });
  protected readonly found = computed(() => {
    const state = this.state();
    return state.status === 'done' ? state : null;
  });

  constructor() {
    afterNextRender(
      { write: () => this.input()?.nativeElement.focus() },
      { injector: this.injector },
    );
  }

  protected close(): void {
    this.closed.emit();
  }

  protected onEscape(event: Event, panelOpen: boolean): void {
    if (panelOpen) return; // The first Escape closes the suggestions, the next the picker.
    event.preventDefault();
    this.close();
  }

  protected async pick(event: MatAutocompleteSelectedEvent): Promise<void> {
    const option = this.found()?.options.find((o) => o.key === event.option.value);
    if (option === undefined) return;
    this.applying.set(true);
    let unremembered: unknown = null;
    for (const choice of option.choices) {
      // Each applies to this email even when remembering it fails; the banner says so once.
      await this.resolution
        .override(choice, { remember: this.remember() })
        .catch((error: unknown) => (unremembered ??= error));
    }
    this.applying.set(false);
    if (unremembered !== null) this.notices.show(toAppError(unremembered), { source: 'pane' });
    this.close();
  }

  private find(
    kind: 'client' | 'contact',
    scope: string | null,
    text: string,
    signal: AbortSignal,
  ): Promise<readonly PickerOption[]> {
    if (scope === null) return Promise.resolve([]);
    if (kind === 'client') return this.search.clients(scope, text, signal);
    const clientId = this.resolution.picture().client?.id;
    return this.search.contacts(
      scope,
      text,
      typeof clientId === 'number' ? clientId : null,
      signal,
    );
  }
}
