/** What Outlook appends to a pane's URL. */
const HOST_INFO = 'Outlook$Web$16.01$en-US$$$$0';

/**
 * The task pane: an iframe on the pane's own origin at Outlook's pane width. Opening it creates a
 * fresh frame (a new add-in session: roaming settings are read again); `open` after a selection
 * change is what an unpinned pane does in Outlook.
 */
export class TaskPane {
  private frame: HTMLIFrameElement | null = null;
  private sessions = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly paneUrl: URL,
    private readonly onOpen: () => void,
  ) {}

  /** (Re)opens the pane: a new frame, a new add-in session. */
  open(): void {
    this.frame?.remove();
    this.onOpen();
    const url = new URL(this.paneUrl);
    url.searchParams.set('_host_Info', HOST_INFO);
    const frame = this.container.ownerDocument.createElement('iframe');
    frame.title = 'Halo for Outlook task pane';
    frame.name = `halo-pane-${++this.sessions}`;
    frame.src = url.href;
    this.container.append(frame);
    this.frame = frame;
  }

  /** Sets the pane width in CSS pixels. */
  setWidth(px: number): void {
    this.container.ownerDocument.documentElement.style.setProperty('--pane-width', `${px}px`);
  }

  /** The pane's window, when open. */
  window(): Window | null {
    return this.frame?.contentWindow ?? null;
  }
}
