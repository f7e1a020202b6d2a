import { ticketUrl } from './ticket-url';

describe('ticketUrl', () => {
  it("links to the ticket in Halo's agent web app", () => {
    expect(ticketUrl('https://acme.halopsa.com', 1001)).toBe(
      'https://acme.halopsa.com/tickets?id=1001',
    );
    expect(ticketUrl('https://halo.acme.example/', 7)).toBe(
      'https://halo.acme.example/tickets?id=7',
    );
  });
});
