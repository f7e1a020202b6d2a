import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { PaneIcon } from '../icons/pane-icon';
import { AppError, TenantConfigStore, TokenService } from '@halo-outlook/core';
import { SignInService } from '@halo-outlook/core/sign-in';
import { ShellStore } from '../shell/shell-store';
import { ViewHeading } from '../shell/view-heading';
import { VIEW_ICONS } from '../icons/view-icons';
import { ErrorWords } from '../notices/error-words';

/** What the last sign-in attempt ended with, as the view tells it. */
type Attempt =
  | { readonly outcome: 'none' | 'waiting' | 'cancelled' }
  | { readonly outcome: 'failed'; readonly error: AppError };

/**
 * "Sign in to Halo": names the Halo the agent signs in to, opens Halo's sign-in window (the
 * Office dialog, or a popup outside Office), and says how it ended — cancelled or failed, in
 * words. Why a previous session ended is shown too. Another Halo can be chosen unless the
 * organisation set it.
 */
@Component({
  selector: 'halo-sign-in-view',
  imports: [MatButton, PaneIcon, ViewHeading],
  templateUrl: './sign-in-view.html',
  styleUrl: './sign-in-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInView {
  /** The icons this view draws. */
  protected readonly icons = VIEW_ICONS;
  private readonly auth = inject(SignInService);
  private readonly tokens = inject(TokenService);
  private readonly tenant = inject(TenantConfigStore);
  private readonly shell = inject(ShellStore);
  private readonly errors = inject(ErrorWords);

  protected readonly attempt = signal<Attempt>({ outcome: 'none' });
  protected readonly haloHost = this.shell.haloHost;
  protected readonly tenantName = computed(() => this.tenant.config()?.tenant ?? null);
  /** Why the last session ended, when it was not the agent's choice. */
  protected readonly endedBecause = computed(() => {
    const state = this.tokens.state();
    return state.status === 'signed-out' && state.reason ? this.errors.of(state.reason) : null;
  });
  protected readonly failure = computed(() => {
    const attempt = this.attempt();
    return attempt.outcome === 'failed' ? this.errors.of(attempt.error) : null;
  });
  protected readonly canSwitch = this.shell.canSwitchTenant;

  protected async signIn(): Promise<void> {
    this.attempt.set({ outcome: 'waiting' });
    const result = await this.auth.signIn();
    // Signed in: the state machine shows the pane.
    this.attempt.set(result.outcome === 'signed-in' ? { outcome: 'none' } : result);
  }

  protected switchTenant(): Promise<void> {
    return this.shell.switchTenant();
  }
}
