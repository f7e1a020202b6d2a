import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { PaneIcon } from '../icons/pane-icon';
import {
  DiagnosticsTrail,
  HOST_CONTEXT,
  MailboxCapabilities,
  RoamingStore,
  TenantConfigStore,
  TokenService,
} from '@halo-outlook/core';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import { PaneLocale } from '../i18n/pane-locale';
import { ViewHeading } from '../shell/view-heading';
import { APP_VERSION } from './app-version';
import { diagnosticsFileName, diagnosticsReport } from './diagnostics-report';
import { saveTextFile } from './save-text-file';
import { VIEW_ICONS } from '../icons/view-icons';

/** How many trail entries the view lists (the report has them all). */
const SHOWN_ENTRIES = 100;

/**
 * Diagnostics: the version, where the add-in runs and what this Outlook can do, and the recent
 * activity (the redacted trail), with the report to copy or download for a bug report.
 */
@Component({
  selector: 'halo-diagnostics-view',
  imports: [MatButton, PaneIcon, ViewHeading],
  templateUrl: './diagnostics-view.html',
  styleUrl: './diagnostics-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiagnosticsView {
  /** The icons this view draws. */
  protected readonly icons = VIEW_ICONS;
  private readonly trail = inject(DiagnosticsTrail);
  private readonly host = inject(HOST_CONTEXT);
  private readonly mailbox = inject(MailboxPort);
  private readonly tenant = inject(TenantConfigStore);
  private readonly auth = inject(TokenService);
  private readonly roaming = inject(RoamingStore);
  private readonly locale = inject(PaneLocale);
  private readonly clipboard = inject(Clipboard);
  private readonly document = inject(DOCUMENT);

  protected readonly version = APP_VERSION;
  protected readonly hostKind = this.host.kind;
  protected readonly hostDetail = [this.host.hostName, this.host.platform]
    .filter(Boolean)
    .join(' · ');
  protected readonly officeTimedOut = this.host.officeTimedOut;
  protected readonly haloUrl = computed(() => this.tenant.config()?.baseUrl ?? null);
  protected readonly signInStatus = computed(() => this.auth.state().status);
  /** The roaming settings' size and budget, in KB. */
  protected readonly roamingKb = computed(() => {
    const usage = this.roaming.usage();
    return { used: (usage.usedBytes / 1024).toFixed(1), budget: usage.budgetBytes / 1024 };
  });
  protected readonly capabilities = capabilityRows(this.mailbox.capabilities);
  protected readonly entries = computed(() => this.trail.entries().slice(-SHOWN_ENTRIES).reverse());
  protected readonly total = computed(() => this.trail.entries().length);
  protected readonly result = signal<'none' | 'copied' | 'copy-failed' | 'saved' | 'save-failed'>(
    'none',
  );
  private readonly time = new Intl.DateTimeFormat(this.locale.language(), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

  protected timeOf(iso: string): string {
    return this.time.format(new Date(iso));
  }

  protected copy(): void {
    this.result.set(this.clipboard.copy(this.report()) ? 'copied' : 'copy-failed');
  }

  protected download(): void {
    const now = new Date();
    const saved = saveTextFile(this.document, diagnosticsFileName(now), this.report(now));
    this.result.set(saved ? 'saved' : 'save-failed');
  }

  protected clear(): void {
    this.trail.clear();
    this.result.set('none');
  }

  private report(now = new Date()): string {
    return diagnosticsReport({
      version: APP_VERSION,
      host: this.host,
      language: this.locale.language(),
      capabilities: this.mailbox.capabilities,
      haloUrl: this.haloUrl(),
      auth: this.auth.state(),
      roaming: this.roaming.usage(),
      trail: this.trail.export(),
      now,
    });
  }
}

/** The capabilities as rows of the view, in the order a user reads them. */
function capabilityRows(c: MailboxCapabilities): readonly { name: string; supported: boolean }[] {
  return [
    { name: $localize`:@@diagnostics.cap.mailbox:Read the selected email`, supported: c.mailbox },
    { name: $localize`:@@diagnostics.cap.bodyHtml:Email body as HTML`, supported: c.bodyHtml },
    {
      name: $localize`:@@diagnostics.cap.itemChanged:Pinned pane follows the selection`,
      supported: c.itemChanged,
    },
    { name: $localize`:@@diagnostics.cap.headers:Thread headers`, supported: c.internetHeaders },
    {
      name: $localize`:@@diagnostics.cap.attachments:Attachment content`,
      supported: c.attachmentContent,
    },
    { name: $localize`:@@diagnostics.cap.categories:Outlook categories`, supported: c.categories },
    {
      name: $localize`:@@diagnostics.cap.messageFile:Whole email as a file`,
      supported: c.messageFile,
    },
  ];
}
