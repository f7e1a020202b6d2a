import { office } from './office-global';
import { readContent, showItem } from './probe-item';
import { show } from './probe-output';
import { saveRoaming, showRoaming } from './probe-roaming';
import { closeDialog, openDialog } from './probe-sign-in';

/**
 * The probe: a tiny page in the pane's place that uses Office the way the add-in does and writes
 * what it sees into the page, so end-to-end tests can check the stand-in's behaviour.
 */
async function main(): Promise<void> {
  show('context-before-ready', typeof office().context);
  const info = await office().onReady();
  show('ready', `${info.host} ${info.platform}`);
  show('session', crypto.randomUUID());
  const query = new URLSearchParams(location.search);
  const haloUrl = query.get('haloUrl') ?? '';
  const clientId = query.get('clientId') ?? '';
  const requirements = office().context.requirements;
  show(
    'supports',
    ['1.5', '1.8', '1.14']
      .map((v) => `${v}:${requirements.isSetSupported('Mailbox', v)}`)
      .join(' '),
  );
  show('history-replace-state', String(history.replaceState));
  show('user', office().context.mailbox.userProfile.emailAddress);
  show('theme', office().context.officeTheme?.bodyBackgroundColor ?? '(no officeTheme)');
  showItem();
  showRoaming();
  const events: string[] = [];
  const mailbox = office().context.mailbox;
  if (typeof mailbox.addHandlerAsync === 'function') {
    mailbox.addHandlerAsync(office().EventType.ItemChanged, () => {
      const item = office().context.mailbox.item as Office.MessageRead | null;
      events.push(item ? item.subject : '(null)');
      show('item-events', events);
      showItem();
    });
  }
  const click = (id: string, action: () => void | Promise<void>): void =>
    document.getElementById(id)?.addEventListener('click', () => void action());
  click('read-content', readContent);
  click('roaming-save-button', () => {
    const name = (document.getElementById('roaming-name') as HTMLInputElement).value;
    const value = (document.getElementById('roaming-value') as HTMLInputElement).value;
    const size = Number((document.getElementById('roaming-size') as HTMLInputElement).value) || 0;
    return saveRoaming(name, value, size);
  });
  click('sign-in', () =>
    openDialog('auth-start.html', { height: 60, width: 30 }, haloUrl, clientId),
  );
  click('sign-in-no-prompt', () =>
    openDialog(
      'auth-start.html',
      { height: 60, width: 30, promptBeforeOpen: false },
      haloUrl,
      clientId,
    ),
  );
  click('open-missing', () =>
    openDialog('missing-page.html', { promptBeforeOpen: false }, haloUrl, clientId),
  );
  click('open-elsewhere', () =>
    openDialog('https://elsewhere.example/start.html', {}, haloUrl, clientId),
  );
  click('close-dialog', closeDialog);
}

main().catch((error: unknown) => show('error', String(error)));
