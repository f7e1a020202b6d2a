import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { AppError, toAppError } from '@halo-outlook/core';
import type { EntraState, ScopeConsent } from '@halo-outlook/entra';
import { PaneIcon } from '../icons/pane-icon';
import { EntraLoader } from './entra-loader';
import { VIEW_ICONS } from '../icons/view-icons';

/** A Graph permission and what it unlocks in the pane. */
interface EntraFeature {
  readonly scope: 'User.Read' | 'Mail.Read';
  readonly unlocks: string;
}

/**
 * Settings' Microsoft 365 section, shown only when the organisation names an Entra app (or names
 * one wrongly, to say so): sign in with Microsoft, the account and its tenant, sign out, and each
 * Graph permission with what it unlocks and whether it is granted (with a button to grant it).
 */
@Component({
  selector: 'halo-entra-settings',
  imports: [MatButton, PaneIcon],
  templateUrl: './entra-settings-section.html',
  styleUrl: './entra-settings-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EntraSettingsSection {
  /** The icons this view draws. */
  protected readonly icons = VIEW_ICONS;
  protected readonly loader = inject(EntraLoader);
  protected readonly shown = computed(
    () => this.loader.configured() || this.loader.settingsProblem() !== null,
  );
  protected readonly entra = this.loader.services;
  protected readonly state = computed<EntraState | null>(
    () => this.entra()?.session.state() ?? null,
  );
  protected readonly account = computed(() => this.entra()?.session.account() ?? null);
  protected readonly grantError = signal<AppError | null>(null);
  protected readonly features: readonly EntraFeature[] = [
    {
      scope: 'User.Read',
      unlocks: $localize`:@@entra.settings.feature.userRead:Signing in, and your Microsoft account shown here`,
    },
    {
      scope: 'Mail.Read',
      unlocks: $localize`:@@entra.settings.feature.mailRead:The original message (.eml) when this Outlook cannot export it (before Mailbox 1.14)`,
    },
  ];

  constructor() {
    effect(() => {
      if (this.loader.configured()) untracked(() => void this.loader.load());
    });
    effect(() => {
      const entra = this.entra();
      if (entra && this.account()) {
        untracked(() => void entra.session.checkConsent(this.features.map((f) => f.scope)));
      }
    });
  }

  /** Whether a permission is granted, as far as known. */
  protected consent(scope: string): ScopeConsent {
    return this.entra()?.session.consent()[scope] ?? 'unknown';
  }

  /** The consent of a permission, in words. */
  protected consentText(scope: string): string {
    switch (this.consent(scope)) {
      case 'granted':
        return $localize`:@@entra.settings.consent.granted:granted`;
      case 'not-granted':
        return $localize`:@@entra.settings.consent.notGranted:not granted`;
      default:
        return this.account()
          ? $localize`:@@entra.settings.consent.unknown:not checked`
          : $localize`:@@entra.settings.consent.signIn:sign in to check`;
    }
  }

  protected signIn(): void {
    this.grantError.set(null);
    void this.entra()?.session.signIn();
  }

  protected async signOut(): Promise<void> {
    this.grantError.set(null);
    await this.entra()?.session.signOut();
  }

  protected async grant(scope: string): Promise<void> {
    this.grantError.set(null);
    try {
      await this.entra()?.session.accessToken([scope]);
    } catch (error) {
      this.grantError.set(toAppError(error));
    }
  }

  protected retry(): void {
    void this.loader.load();
  }
}
