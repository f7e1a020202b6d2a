import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { PaneIcon } from '../icons/pane-icon';
import { SignInService } from '@halo-outlook/core/sign-in';
import { NoticeStore } from './notice-store';
import { VIEW_ICONS, type ViewIconName } from '../icons/view-icons';
import { ErrorWords } from './error-words';

/**
 * The failure banner above the current view: what happened, what to do, and a way out — Sign in
 * when Halo no longer accepts the session, Retry when trying again can help (for a rate limit,
 * a countdown to Halo's retry time, then the retry by itself). The view underneath stays.
 */
@Component({
  selector: 'halo-notice-banner',
  imports: [PaneIcon],
  templateUrl: './notice-banner.html',
  styleUrl: './notice-banner.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoticeBanner {
  /** The icons this view draws. */
  protected readonly icons = VIEW_ICONS;
  private readonly store = inject(NoticeStore);
  private readonly auth = inject(SignInService);
  private readonly errors = inject(ErrorWords);
  private readonly now = signal(Date.now());
  protected readonly signingIn = signal(false);

  protected readonly notice = this.store.notice;
  protected readonly wording = computed(() => {
    const notice = this.notice();
    return notice && this.errors.of(notice.error);
  });
  protected readonly icon = computed<ViewIconName>(() => {
    const kind = this.notice()?.error.kind;
    return kind === 'offline' ? 'offline' : kind === 'rate-limited' ? 'info' : 'warning';
  });
  /** Seconds until a rate-limited retry, or null when there is no countdown. */
  protected readonly secondsLeft = computed(() => {
    const retryAt = this.notice()?.retryAt;
    return retryAt == null ? null : Math.max(0, Math.ceil((retryAt - this.now()) / 1000));
  });
  /** The countdown of a rate-limited failure, in words. */
  protected readonly countdown = computed(() => {
    const seconds = this.secondsLeft();
    if (!seconds) return null;
    return this.notice()?.retry
      ? $localize`:@@notice.retryingIn:Trying again in ${seconds}:seconds: s.`
      : $localize`:@@notice.tryAgainIn:You can try again in ${seconds}:seconds: s.`;
  });
  /** The banner's fixed words. */
  protected readonly text = {
    label: $localize`:@@notice.label:Problem`,
    signIn: $localize`:@@notice.signIn:Sign in`,
    retry: $localize`:@@notice.retry:Retry`,
    dismiss: $localize`:@@notice.dismiss:Dismiss`,
  };

  constructor() {
    // The countdown's clock; the effect's clean-up stops it (also when the banner is destroyed).
    effect((onCleanup) => {
      const notice = this.notice();
      if (notice?.retryAt == null) return;
      this.now.set(Date.now());
      const timer = setInterval(() => this.now.set(Date.now()), 1000);
      onCleanup(() => clearInterval(timer));
    });
    effect(() => {
      const notice = this.notice();
      if (notice?.retry && notice.retryAt !== null && this.secondsLeft() === 0) this.store.retry();
    });
  }

  protected async signIn(): Promise<void> {
    this.signingIn.set(true);
    try {
      const result = await this.auth.signIn();
      if (result.outcome === 'signed-in') this.store.dismiss();
      else if (result.outcome === 'failed') this.store.show(result.error);
    } finally {
      this.signingIn.set(false);
    }
  }

  protected retry(): void {
    this.store.retry();
  }

  protected dismiss(): void {
    this.store.dismiss();
  }
}
