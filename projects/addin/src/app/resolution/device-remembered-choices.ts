import { Injectable, inject } from '@angular/core';
import { AppError, DeviceStore } from '@halo-outlook/core';
import {
  type Candidate,
  type CandidateKind,
  HaloLinks,
  RememberedChoices,
} from '@halo-outlook/sdk';
import { readStoredCandidates, toStoredCandidates } from './stored-candidates';

/** The key prefix of a sender's remembered choices in the device's `prefs` area. */
export const REMEMBERED_CHOICE_KEY_PREFIX = 'remembered-choice:';

/**
 * {@link RememberedChoices} in device storage (IndexedDB, the `prefs` area), per Halo tenant:
 * "always Northwind Legal for frontdesk@northwind.example" survives closing the pane and signing
 * out (it is the agent's own decision, not a cache), and a choice made in one Halo tenant is never
 * proposed in another, whose ids mean other records.
 *
 * Why the device and not roaming settings: roaming settings are 32 KB for the tenant config and
 * every preference together, so a growing list of choices could one day make saving Settings
 * fail; and anyone with access to the mailbox can read them. The price is that a choice made in
 * Outlook on the web is not known to Outlook on another computer until the agent makes it there.
 *
 * @usageNotes
 * Provided by `provideEmailResolution()`: `{ provide: RememberedChoices, useClass: DeviceRememberedChoices }`.
 */
@Injectable()
export class DeviceRememberedChoices extends RememberedChoices {
  private readonly device = inject(DeviceStore);
  private readonly links = inject(HaloLinks);

  /** {@inheritDoc RememberedChoices.recall} */
  async recall(sender: string): Promise<readonly Candidate[]> {
    const key = this.key(sender);
    if (key === null) return [];
    return readStoredCandidates(await this.device.get<unknown>('prefs', key)) ?? [];
  }

  /** {@inheritDoc RememberedChoices.remember} */
  async remember(sender: string, candidate: Candidate): Promise<void> {
    const key = this.key(sender);
    if (key === null) throw notSetUp();
    const kept = (await this.recall(sender)).filter((c) => c.kind !== candidate.kind);
    await this.device.put('prefs', key, toStoredCandidates([...kept, candidate]));
  }

  /** {@inheritDoc RememberedChoices.forget} */
  async forget(sender: string, kind?: CandidateKind): Promise<void> {
    const key = this.key(sender);
    if (key === null) return;
    const kept = kind ? (await this.recall(sender)).filter((c) => c.kind !== kind) : [];
    if (kept.length === 0) await this.device.delete('prefs', key);
    else await this.device.put('prefs', key, kept);
  }

  /** `remembered-choice:<Halo base URL> <client id>:<sender>`, or null before set-up. */
  private key(sender: string): string | null {
    const tenant = this.links.tenantKey();
    return tenant === null ? null : `${REMEMBERED_CHOICE_KEY_PREFIX}${tenant}:${sender}`;
  }
}

function notSetUp(): AppError {
  return new AppError({
    kind: 'invalid-input',
    message: $localize`:@@resolution.remember.notSetUp:The add-in is not connected to a Halo yet, so nothing can be remembered.`,
    action: $localize`:@@resolution.remember.notSetUpAction:Connect to Halo in the set-up screen, then choose again.`,
    retryable: false,
  });
}
