/**
 * The ticket's page in Halo's agent web app: `<base>/tickets?id=<n>` (the address Halo's own
 * links use, and the form the set-up screen recognises when an agent pastes it).
 *
 * @usageNotes
 * `ticketUrl('https://acme.halopsa.com', 1001)` → `https://acme.halopsa.com/tickets?id=1001`
 */
export function ticketUrl(baseUrl: string, id: number): string {
  return `${baseUrl.replace(/\/+$/, '')}/tickets?id=${encodeURIComponent(String(id))}`;
}
