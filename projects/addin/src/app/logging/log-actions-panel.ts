import { NgComponentOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  type Type,
  afterRenderEffect,
  computed,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import {
  createLogJournal,
  HaloLinks,
  HaloPluginAccess,
  type LogAction,
  type LogActionContext,
  LOG_DEFAULTS,
  LogFormHost,
  MailContentSource,
  OutboxStore,
  PluginRegistry,
  ResolutionStore,
} from '@halo-outlook/sdk';
import { EntraAvailability } from '../entra/entra-availability';
import { ProgressLine } from '../shell/progress-line';
import { LogOutcomeView } from './log-outcome-view';
import { LogPanelStore } from './log-panel-store';
import { OutboxList } from './outbox-list';
import { PanelFormHost } from './panel-form-host';
import { primaryActionId } from './primary-action';

/** A form being loaded, loaded, or that could not be loaded. */
type FormState =
  | { readonly status: 'loading'; readonly actionId: string }
  | { readonly status: 'ready'; readonly actionId: string; readonly type: Type<unknown> | null }
  | { readonly status: 'failed'; readonly actionId: string };

/**
 * The log actions of the open e-mail: a button per registered log action offered for it (append
 * is the main one when the e-mail's thread is on a ticket, create otherwise), the chosen action's
 * form inline (loaded lazily, focused when it opens), how the last request stands, and the outbox
 * (those two loaded when there is something to show). Reads the resolution store and the
 * registry; no inputs.
 */
@Component({
  selector: 'halo-log-actions-panel',
  imports: [NgComponentOutlet, MatButton, ProgressLine, LogOutcomeView, OutboxList],
  templateUrl: './log-actions-panel.html',
  styleUrl: './log-actions-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogActionsPanel {
  protected readonly store = inject(LogPanelStore);
  protected readonly outbox = inject(OutboxStore);
  private readonly resolution = inject(ResolutionStore);
  private readonly registry = inject(PluginRegistry);
  private readonly access = inject(HaloPluginAccess);
  private readonly content = inject(MailContentSource);
  private readonly mailbox = inject(MailboxPort);
  private readonly entra = inject(EntraAvailability);
  private readonly links = inject(HaloLinks);
  private readonly defaults = inject(LOG_DEFAULTS);
  private readonly injector = inject(Injector);
  private readonly formArea = viewChild<ElementRef<HTMLElement>>('formArea');
  private readonly buttons = viewChild<ElementRef<HTMLElement>>('buttons');

  protected readonly snapshot = this.resolution.snapshot;
  protected readonly picture = this.resolution.picture;
  protected readonly form = signal<FormState | null>(null);
  protected readonly formType = computed(() => {
    const state = this.form();
    return state?.status === 'ready' ? state.type : null;
  });

  /** The actions offered for this e-mail, in the registry's order. */
  protected readonly available = computed(() => {
    const snapshot = this.snapshot();
    if (!snapshot) return [];
    const context = this.availabilityContext(snapshot);
    return this.registry.logActions.filter((action) => {
      try {
        return action.isAvailable(context) === true;
      } catch {
        return false; // a broken plugin is not offered
      }
    });
  });
  protected readonly primary = computed(() => primaryActionId(this.available(), this.picture()));
  protected readonly selectedAction = computed(
    () => this.available().find((a) => a.id === this.store.selected()) ?? null,
  );
  protected readonly formInjector = computed(() => {
    const action = this.selectedAction();
    const snapshot = this.snapshot();
    if (!action || !snapshot) return null;
    return untracked(() =>
      Injector.create({
        parent: this.injector,
        providers: [{ provide: LogFormHost, useValue: this.hostFor(action, snapshot) }],
      }),
    );
  });

  constructor() {
    // Load the chosen action's form; run an action without a form at once.
    afterRenderEffect(() => {
      const action = this.selectedAction();
      untracked(() => void this.load(action));
    });
    // Put the keyboard in the form when it appears.
    afterRenderEffect(() => {
      const state = this.form();
      const area = this.formArea()?.nativeElement;
      if (state?.status !== 'ready' || !area) return;
      untracked(() => {
        const first = area.querySelector<HTMLElement>(
          'input:not([disabled]), [role=combobox], select, textarea, button:not([disabled])',
        );
        first?.focus();
      });
    });
  }

  protected toggle(action: LogAction): void {
    if (this.store.selected() === action.id) {
      this.store.close();
      return;
    }
    this.store.open(action.id);
  }

  protected retryForm(action: LogAction): void {
    this.form.set(null);
    void this.load(action);
  }

  private async load(action: LogAction | null): Promise<void> {
    if (!action) {
      this.form.set(null);
      return;
    }
    if (this.form()?.actionId === action.id && this.form()?.status !== 'failed') return;
    if (!action.loadForm) {
      this.form.set({ status: 'ready', actionId: action.id, type: null });
      this.store.submit(undefined);
      return;
    }
    this.form.set({ status: 'loading', actionId: action.id });
    try {
      const type = await action.loadForm();
      if (this.store.selected() === action.id)
        this.form.set({ status: 'ready', actionId: action.id, type });
    } catch {
      if (this.store.selected() === action.id)
        this.form.set({ status: 'failed', actionId: action.id });
    }
  }

  private hostFor(
    action: LogAction,
    snapshot: NonNullable<ReturnType<typeof this.snapshot>>,
  ): LogFormHost {
    return new PanelFormHost({
      action,
      snapshot,
      picture: this.picture,
      defaults: this.defaults,
      capabilities: {
        ...this.mailbox.capabilities,
        // Where Outlook cannot export the original message, Microsoft Graph may (app/entra);
        // read once, as the form opens: a later sign-in does not rebuild an open form.
        messageFile:
          this.mailbox.capabilities.messageFile || untracked(() => this.entra.mailRead()),
      },
      mail: this.content.for(snapshot),
      halo: this.access.read(`email:${snapshot.itemId}`),
      busy: this.store.running,
      alreadyLogged: this.store.logged,
      ticketUrl: (id) => this.links.ticket(id),
      submit: (input) => this.store.submit(input),
      cancel: () => {
        this.store.close();
        this.buttons()
          ?.nativeElement.querySelector<HTMLElement>(`[data-action="${action.id}"]`)
          ?.focus();
      },
      switchTo: (id) => this.store.open(id),
    });
  }

  /** What `isAvailable` is given: the e-mail and the picture (no run happens with it). */
  private availabilityContext(
    snapshot: NonNullable<ReturnType<typeof this.snapshot>>,
  ): LogActionContext {
    return {
      snapshot,
      picture: this.picture(),
      signal: new AbortController().signal,
      halo: this.access.write(`email:${snapshot.itemId}`),
      log: {
        debug: () => undefined,
        info: () => undefined,
        warn: () => undefined,
        error: () => undefined,
      },
      mail: this.content.for(snapshot),
      journal: createLogJournal(),
      progress: () => undefined,
    };
  }
}
