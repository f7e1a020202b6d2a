import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ErrorHandler,
  type OnInit,
  PendingTasks,
  type Type,
  ViewContainerRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { StartingView } from '../shell/starting-view';
import { ViewLoadError } from '../shell/view-load-error';
import { PaneRuntime } from './pane-runtime';

/**
 * A view created in the pane runtime's injector ({@link PaneRuntime}): it loads the runtime and
 * the view's own chunk together, shows the starting line meanwhile and the load error if either
 * fails (as the shell's `@defer` blocks do), then creates the view, whose stores, Halo client and
 * plugins are the runtime's.
 *
 * @usageNotes
 * ```html
 * <halo-runtime-view [component]="paneView" />
 * ```
 * with `paneView = () => import('../pane/pane-view').then((m) => m.PaneView)`.
 */
@Component({
  selector: 'halo-runtime-view',
  imports: [StartingView, ViewLoadError],
  template: `
    @switch (state()) {
      @case ('loading') {
        <halo-starting-view />
      }
      @case ('failed') {
        <halo-view-load-error />
      }
    }
    <ng-container #outlet />
  `,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RuntimeView implements OnInit {
  /** Loads the view's component (a chunk of its own). */
  readonly component = input.required<() => Promise<Type<unknown>>>();

  private readonly runtime = inject(PaneRuntime);
  private readonly pending = inject(PendingTasks);
  private readonly errors = inject(ErrorHandler);
  private readonly outlet = viewChild.required('outlet', { read: ViewContainerRef });
  private destroyed = false;
  protected readonly state = signal<'loading' | 'ready' | 'failed'>('loading');

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
  }

  ngOnInit(): void {
    const done = this.pending.add();
    this.show().finally(done);
  }

  private async show(): Promise<void> {
    try {
      const [environmentInjector, view] = await Promise.all([
        this.runtime.load(),
        this.component()(),
      ]);
      if (this.destroyed) return;
      this.outlet().createComponent(view, { environmentInjector });
      this.state.set('ready');
    } catch (error) {
      if (this.destroyed) return;
      this.errors.handleError(error);
      this.state.set('failed');
    }
  }
}
