import { WORKBENCH_HOST_KEY, type WorkbenchUserProfile } from '../host-contract/workbench-host';
import { DialogBroker } from './dialogs/dialog-broker';
import { DialogPrompt } from './dialogs/dialog-prompt';
import { acceptEmlDrops } from './mailbox/eml-drop';
import { renderMailboxList } from './mailbox/mailbox-list';
import { MailboxStore } from './mailbox/mailbox-store';
import { renderReadingPane } from './mailbox/reading-pane';
import { loadSamples } from './mailbox/sample-loader';
import { showNotice } from './notices';
import { TaskPane } from './pane/task-pane';
import { RoamingStore } from './roaming/roaming-store';
import {
  loadSettings,
  MAILBOX_VERSIONS,
  PANE_WIDTHS,
  saveSettings,
  type WorkbenchSettings,
} from './settings/workbench-settings';
import { WorkbenchHostImpl } from './workbench-host-impl';

/** Served by the workbench server: where Halo is and which pane to load. */
interface WorkbenchConfig {
  readonly haloUrl: string;
  readonly clientId: string;
  readonly paneUrl: string;
  readonly probeUrl: string;
  readonly samplesUrl: string;
  /** The Microsoft simulator's Entra app, authority and Graph URL, when one runs. */
  readonly entraClientId?: string;
  readonly entraAuthority?: string;
  readonly graphUrl?: string;
}

/** The mailbox user (the simulator's agent Alex Morgan). */
const USER: WorkbenchUserProfile = {
  displayName: 'Alex Morgan',
  emailAddress: 'alex.morgan@msp.example',
  timeZone: 'GMT Standard Time',
  accountType: 'enterprise',
};

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The workbench page lacks #${id}.`);
  return node as T;
}

async function main(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const config = (await (
    await fetch('/workbench/config.json', { cache: 'no-store' })
  ).json()) as WorkbenchConfig;
  let settings: WorkbenchSettings = loadSettings(localStorage, query);
  const notices = byId('notices');
  const store = new MailboxStore(localStorage);
  const roaming = new RoamingStore(localStorage, USER.emailAddress);
  const dialogs = new DialogBroker(
    window,
    new DialogPrompt(byId('dialog-prompt'), 'Halo for Outlook'),
  );
  const host = new WorkbenchHostImpl({
    store,
    settings: () => settings,
    roaming,
    dialogs,
    user: USER,
  });
  (window as unknown as Record<string, unknown>)[WORKBENCH_HOST_KEY] = host;

  const paneUrl = new URL(
    query.get('pane') === 'probe' ? config.probeUrl : config.paneUrl,
    location.origin,
  );
  paneUrl.searchParams.set('haloUrl', config.haloUrl);
  paneUrl.searchParams.set('clientId', config.clientId);
  // An organisation's runbook, as a manifest would put it on the start URL (docs/plugins.md).
  const runbookUrl = query.get('runbookUrl');
  if (runbookUrl) paneUrl.searchParams.set('runbookUrl', runbookUrl);
  // Microsoft Entra sign-in and Graph (the Microsoft simulator), only when asked for with ?entra=1.
  if (query.get('entra') === '1' && config.entraClientId && config.entraAuthority) {
    paneUrl.searchParams.set('entraClientId', config.entraClientId);
    paneUrl.searchParams.set('entraAuthority', config.entraAuthority);
    if (config.graphUrl) paneUrl.searchParams.set('graphUrl', config.graphUrl);
  }
  const pane = new TaskPane(byId('pane-frame'), paneUrl, () => host.paneOpened());

  const list = byId('message-list');
  const render = (): void => {
    renderMailboxList(list, {
      messages: store.all(),
      selectedKey: store.selectionKey(),
      categories: (k) => store.categories(k),
    });
    const key = store.selectionKey();
    if (key !== byId('reading').dataset['key']) {
      byId('reading').dataset['key'] = key ?? '';
      renderReadingPane(byId('reading'), store.all().find((m) => m.key === key) ?? null);
    }
    byId('count').textContent = `${store.all().length} messages`;
  };
  store.onChange(render);

  /** Selecting a message: a pinned pane sees the item go null, then ItemChanged; an unpinned one reloads. */
  const select = (key: string | null): void => {
    if (key === store.selectionKey()) return;
    store.beginSwitch(key);
    if (!settings.pinned) {
      store.endSwitch();
      pane.open();
      return;
    }
    setTimeout(() => {
      store.endSwitch();
      host.emit({ kind: 'itemChanged' });
    }, 0);
  };
  list.addEventListener('click', (event) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[role=option]');
    if (row?.dataset['key']) select(row.dataset['key']);
  });
  list.addEventListener('keydown', (event) => {
    const keys = store.all().map((m) => m.key);
    const at = keys.indexOf(store.selectionKey() ?? '');
    if (event.key === 'ArrowDown') select(keys[Math.min(keys.length - 1, at + 1)] ?? null);
    else if (event.key === 'ArrowUp') select(keys[Math.max(0, at - 1)] ?? null);
    else if (event.key === 'Escape') select(null);
    else return;
    event.preventDefault();
  });
  acceptEmlDrops(
    byId('inbox'),
    store,
    (added) => select(added.at(-1)?.key ?? null),
    (problem) => showNotice(notices, problem, 'error'),
  );

  const update = (change: Partial<WorkbenchSettings>): void => {
    settings = { ...settings, ...change };
    saveSettings(localStorage, settings);
    applySettings();
  };
  const applySettings = (): void => {
    document.documentElement.dataset['theme'] = settings.theme;
    pane.setWidth(settings.paneWidth);
    const pin = byId('pin');
    pin.setAttribute('aria-pressed', String(settings.pinned));
    pin.title = settings.pinned ? 'Unpin the pane' : 'Pin the pane';
    const pinLabel = pin.querySelector('.visually-hidden');
    if (pinLabel) pinLabel.textContent = settings.pinned ? 'Pinned' : 'Not pinned';
  };
  const version = byId<HTMLSelectElement>('mailbox-version');
  version.replaceChildren(
    ...MAILBOX_VERSIONS.map(
      (v) => new Option(`Mailbox ${v}`, v, false, v === settings.mailboxVersion),
    ),
  );
  version.addEventListener('change', () => {
    update({ mailboxVersion: version.value });
    pane.open(); // a client's API level is fixed while an add-in runs
  });
  const width = byId<HTMLSelectElement>('pane-width');
  width.replaceChildren(
    ...PANE_WIDTHS.map((w) => new Option(`${w} px`, String(w), false, w === settings.paneWidth)),
  );
  width.addEventListener('change', () => update({ paneWidth: Number(width.value) }));
  const dark = byId<HTMLInputElement>('theme-dark');
  dark.checked = settings.theme === 'dark';
  dark.addEventListener('change', () => {
    update({ theme: dark.checked ? 'dark' : 'light' });
    host.emit({ kind: 'themeChanged' });
  });
  byId('pin').addEventListener('click', () => update({ pinned: !settings.pinned }));
  byId('reload-pane').addEventListener('click', () => pane.open());
  byId('reset-roaming').addEventListener('click', () => {
    roaming.clear();
    pane.open();
    showNotice(
      notices,
      "The add-in's roaming settings were cleared and the pane reopened.",
      'info',
    );
  });
  byId('user').textContent = USER.displayName;
  byId('user').title = USER.emailAddress;
  applySettings();

  const problems = await loadSamples(store, new URL(config.samplesUrl, location.origin));
  problems.forEach((problem) => showNotice(notices, problem, 'error'));
  const first = query.get('select') ?? store.all()[0]?.key ?? null;
  store.beginSwitch(first);
  store.endSwitch();
  render();
  pane.open();
  document.body.dataset['ready'] = 'true';
}

main().catch((error: unknown) => {
  const notices = document.getElementById('notices');
  if (notices) {
    showNotice(
      notices,
      `The workbench could not start: ${error instanceof Error ? error.message : String(error)}. Is the workbench server running? Restart it with npm start.`,
      'error',
    );
  }
});
