/** The workbench's own switches (not the add-in's settings). */
export interface WorkbenchSettings {
  /** Pane pinned: it follows the selection instead of reloading. */
  pinned: boolean;
  /** Pane width in CSS pixels (Outlook's pane is 320–450 px wide). */
  paneWidth: number;
  /** Highest Mailbox requirement set reported to the add-in. */
  mailboxVersion: string;
  /** Office theme. */
  theme: 'light' | 'dark';
}

/** Mailbox requirement sets the workbench can report. */
export const MAILBOX_VERSIONS = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '1.6',
  '1.7',
  '1.8',
  '1.9',
  '1.10',
  '1.11',
  '1.12',
  '1.13',
  '1.14',
] as const;

/** Pane widths offered (px). */
export const PANE_WIDTHS = [320, 360, 400, 450] as const;

const DEFAULTS: WorkbenchSettings = {
  pinned: true,
  paneWidth: 360,
  mailboxVersion: '1.14',
  theme: 'light',
};

const STORAGE_KEY = 'halo-workbench.settings';

/**
 * Reads the settings: the page's query (`pinned=0|1`, `width=320`, `mailbox=1.8`, `theme=dark`)
 * wins over what was saved, which wins over the defaults (pinned, 360 px, Mailbox 1.14, light).
 */
export function loadSettings(storage: Storage, query: URLSearchParams): WorkbenchSettings {
  let saved: Partial<WorkbenchSettings> = {};
  try {
    saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as Partial<WorkbenchSettings>;
  } catch {
    saved = {};
  }
  const settings = { ...DEFAULTS, ...saved };
  const pinned = query.get('pinned');
  if (pinned !== null) settings.pinned = pinned !== '0' && pinned !== 'false';
  const width = Number(query.get('width'));
  if (width >= 320 && width <= 450) settings.paneWidth = width;
  const version = query.get('mailbox');
  if (version && (MAILBOX_VERSIONS as readonly string[]).includes(version)) {
    settings.mailboxVersion = version;
  }
  const theme = query.get('theme');
  if (theme === 'light' || theme === 'dark') settings.theme = theme;
  return settings;
}

/** Saves the settings for the next visit. */
export function saveSettings(storage: Storage, settings: WorkbenchSettings): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(settings));
}
