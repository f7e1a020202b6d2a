import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { HaloPluginAccess, ResolutionStore } from '@halo-outlook/sdk';
import { filter, map, startWith, switchMap } from 'rxjs';
import { typeahead } from '../pickers/typeahead';
import { type ClientRef, isClientRef } from './client-ref';
import { ContactCreationStore } from './contact-creation-store';

/**
 * "Not in Halo" → a contact: the sender's name and address prefilled from the email, the client
 * (the one the domain suggests, else searched by name), the site (Halo needs one; picked for the
 * agent when the client has only one) and a phone number. Invalid input is said next to the field;
 * a refusal from Halo goes to the banner; nothing typed is lost either way.
 *
 * Loaded on demand (`@defer (on interaction)` around the Create contact button).
 */
@Component({
  selector: 'halo-create-contact-form',
  imports: [
    ReactiveFormsModule,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOption,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatInput,
    MatSelect,
  ],
  providers: [ContactCreationStore],
  templateUrl: './create-contact-form.html',
  styleUrl: './create-contact-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateContactForm {
  private readonly resolution = inject(ResolutionStore);
  private readonly access = inject(HaloPluginAccess);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly store = inject(ContactCreationStore);

  /** The agent closed the form without creating the contact. */
  readonly cancelled = output();

  private readonly from = this.resolution.snapshot()?.from;
  private readonly suggested = this.suggestedClients();

  protected readonly form = new FormGroup({
    name: new FormControl(this.from?.name.trim() || nameFromAddress(this.from?.address ?? ''), {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(100)],
    }),
    email: new FormControl(this.from?.address.trim() ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
    client: new FormControl<ClientRef | string | null>(
      this.suggested.length === 1 ? this.suggested[0] : null,
      { validators: [pickedClient] },
    ),
    siteId: new FormControl<number | null>(null, { validators: [Validators.required] }),
    phone: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(40)] }),
  });

  private readonly clientValue = toSignal(
    this.form.controls.client.valueChanges.pipe(startWith(this.form.controls.client.value)),
    { requireSync: true },
  );
  protected readonly pickedClient = computed(() => {
    const value = this.clientValue();
    return isClientRef(value) ? value : null;
  });
  protected readonly clientOptions = toSignal(
    toObservable(this.resolution.scope).pipe(
      switchMap((scope) =>
        this.form.controls.client.valueChanges.pipe(
          filter((value): value is string => typeof value === 'string'),
          typeahead<ClientRef>(async (text, signal) =>
            scope === null
              ? []
              : (await this.access.read(scope).searchClients(text, { signal }))
                  .filter((c) => !c.inactive)
                  .map((c) => ({ id: c.id, name: c.name })),
          ),
          map((state) => (state.status === 'done' ? state.options : null)),
        ),
      ),
    ),
    { initialValue: null },
  );
  /** What the client field offers: search results, else the clients the sender's domain suggests. */
  protected readonly offered = computed(() => this.clientOptions() ?? this.suggested);

  private readonly nameField = viewChild<ElementRef<HTMLInputElement>>('nameField');

  constructor() {
    effect(() => {
      const client = this.pickedClient();
      untracked(() => {
        const site = this.form.controls.siteId;
        site.setValue(null);
        if (client === null) site.disable();
        else site.enable();
        this.store.loadSites(client?.id ?? null);
      });
    });
    effect(() => {
      const sites = this.store.sites();
      if (sites.length === 1) untracked(() => this.form.controls.siteId.setValue(sites[0].id));
    });
    afterNextRender(
      { write: () => this.nameField()?.nativeElement.focus() },
      { injector: this.injector },
    );
  }

  protected clientName(value: ClientRef | string | null): string {
    return isClientRef(value) ? value.name : (value ?? '');
  }

  protected async create(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      afterNextRender(
        {
          write: () =>
            this.host.nativeElement.querySelector<HTMLElement>('.ng-invalid:not(form)')?.focus(),
        },
        { injector: this.injector },
      );
      return;
    }
    const value = this.form.getRawValue();
    const client = isClientRef(value.client) ? value.client : null;
    if (client === null || value.siteId === null) return;
    await this.store.create({
      name: value.name.trim(),
      email: value.email.trim(),
      clientId: client.id,
      clientName: client.name,
      siteId: value.siteId,
      phone: value.phone.trim(),
    });
  }

  /** The clients the matchers found for the sender's domain: the decided one, or those to choose from. */
  private suggestedClients(): ClientRef[] {
    const picture = this.resolution.picture();
    const found = picture.client ? [picture.client] : picture.clientChoice;
    return found.flatMap((c) => (typeof c.id === 'number' ? [{ id: c.id, name: c.label }] : []));
  }
}

function pickedClient(control: AbstractControl): ValidationErrors | null {
  return isClientRef(control.value) ? null : { client: true };
}

/** `jordan.blake@…` → `Jordan Blake`: a starting point when the email gives no name. */
function nameFromAddress(address: string): string {
  const local = address.split('@')[0] ?? '';
  return local
    .split(/[._-]+/)
    .filter((part) => part !== '')
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join(' ');
}
