import { ChangeDetectionStrategy, Component, type Type, computed, inject } from '@angular/core';
import { PaneIcon } from '../icons/pane-icon';
import { NoticeBanner } from '../notices/notice-banner';
import { NoticeStore } from '../notices/notice-store';
import { RuntimeView } from '../runtime/runtime-view';
import { ThemeStore } from '../theme/theme-store';
import { OverlayViewName } from './pane-view-name';
import { ShellStore } from './shell-store';
import { StartingView } from './starting-view';
import { ViewLoadError } from './view-load-error';
import { DiagnosticsView } from '../diagnostics/diagnostics-view';
import { SetupView } from '../setup/setup-view';
import { SignInView } from '../sign-in/sign-in-view';

/**
 * The task pane's frame: a bar (Back, Diagnostics, Settings), the failure banner, and the view the
 * state machine ({@link ShellStore}) puts on show. Each view but the start is a lazily loaded
 * chunk, so the first screen loads only what it needs: set-up, sign-in and diagnostics with
 * `@defer`; the pane and Settings, which need the Halo client and the plugins, are created in the
 * pane runtime's injector ({@link RuntimeView}), loaded with their own chunks.
 */
@Component({
  selector: 'halo-root',
  imports: [
    PaneIcon,
    NoticeBanner,
    StartingView,
    ViewLoadError,
    SetupView,
    SignInView,
    RuntimeView,
    DiagnosticsView,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  protected readonly shell = inject(ShellStore);
  protected readonly view = this.shell.view;
  protected readonly overlayOpen = computed(() => this.view() !== this.shell.flow());
  protected readonly barButtons = this.shell.canOpenOverlay;
  private readonly notices = inject(NoticeStore);
  /** True once there is a failure to show: the banner (and its code) appears then. */
  protected readonly hasNotice = computed(() => this.notices.notice() !== null);
  /** The views created in the pane runtime, each loaded as a chunk of its own. */
  protected readonly runtimeViews: Record<'pane' | 'settings', () => Promise<Type<unknown>>> = {
    pane: () => import('../pane/pane-view').then((m) => m.PaneView),
    settings: () => import('../settings/settings-view').then((m) => m.SettingsView),
  };
  /** The bar's labels (translated by `$localize`, like every string of the pane). */
  protected readonly text = {
    back: $localize`:@@shell.back:Back`,
    tools: $localize`:@@shell.tools:Pane tools`,
    diagnostics: $localize`:@@shell.diagnostics:Diagnostics`,
    settings: $localize`:@@shell.settings:Settings`,
  };

  constructor() {
    inject(ThemeStore); // applies the colour scheme from the first render
  }

  protected toggle(view: OverlayViewName): void {
    if (this.view() === view) this.shell.back();
    else this.shell.open(view);
  }
}
