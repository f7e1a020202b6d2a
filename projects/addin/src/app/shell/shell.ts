import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { PaneIcon } from '../icons/pane-icon';
import { NoticeBanner } from '../notices/notice-banner';
import { ThemeStore } from '../theme/theme-store';
import { OverlayViewName } from './pane-view-name';
import { ShellStore } from './shell-store';
import { StartingView } from './starting-view';
import { ViewLoadError } from './view-load-error';
import { DiagnosticsView } from '../diagnostics/diagnostics-view';
import { PaneView } from '../pane/pane-view';
import { SettingsView } from '../settings/settings-view';
import { SetupView } from '../setup/setup-view';
import { SignInView } from '../sign-in/sign-in-view';

/**
 * The task pane's frame: a bar (Back, Diagnostics, Settings), the failure banner, and the view the
 * state machine ({@link ShellStore}) puts on show. Each view but the start is a lazily loaded
 * chunk (`@defer`), so the first screen loads only what it needs.
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
    PaneView,
    SettingsView,
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
  protected readonly barButtons = computed(() => this.shell.flow() !== 'starting');
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
