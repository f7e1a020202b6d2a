import type { MailAddress, MailSnapshot } from '@halo-outlook/sdk';

/**
 * The e-mail's header as a small HTML block put at the top of the note: From, To, Cc, Date (as an
 * e-mail's Date header, in UTC) and Subject, escaped. It keeps the e-mail's date and recipients
 * readable in Halo, where the action's own fields do not show them.
 *
 * @usageNotes
 * `noteHtml = emailHeaderBlock(snapshot) + sanitizedBody`
 */
export function emailHeaderBlock(snapshot: MailSnapshot): string {
  const who = (a: MailAddress) =>
    a.name && a.name !== a.address ? `${a.name} <${a.address}>` : a.address;
  const rows: [string, string][] = [
    ['From', who(snapshot.from)],
    ['To', snapshot.to.map(who).join('; ')],
    ['Cc', snapshot.cc.map(who).join('; ')],
    ['Date', new Date(snapshot.receivedAt).toUTCString()],
    ['Subject', snapshot.subject],
  ];
  const lines = rows
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `<b>${name}:</b> ${escapeHtml(value)}`)
    .join('<br>');
  return `<p style="color:#616161;font-size:90%">${lines}</p>`;
}

/**
 * Text made safe to put in HTML.
 *
 * @usageNotes
 * `escapeHtml('<a@b>')` → `'&lt;a@b&gt;'`
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
