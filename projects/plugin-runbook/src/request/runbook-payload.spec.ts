import { RUNBOOK_FIELDS } from '../options/runbook-options';
import { RunbookEmail, runbookPayload } from './runbook-payload';

describe('runbookPayload', () => {
  const email: RunbookEmail = {
    subject: 'Win a prize',
    from: { name: 'Prize Desk', address: 'win@prize.example' },
    text: null,
    internetMessageId: '<m1@prize.example>',
    receivedAt: '2026-11-20T09:15:00.000Z',
    matched: { contactId: 38, clientId: 12, ticketIds: [1042] },
  };

  it('sends every field by default, with names a runbook can map', () => {
    expect(runbookPayload(email, RUNBOOK_FIELDS)).toEqual({
      source: 'halo-for-outlook',
      summary: 'Win a prize',
      sender_name: 'Prize Desk',
      sender_email: 'win@prize.example',
      text: '',
      contact_id: 38,
      client_id: 12,
      ticket_ids: [1042],
      message_id: '<m1@prize.example>',
      received_at: '2026-11-20T09:15:00.000Z',
    });
  });

  it('sends only the fields selected', () => {
    expect(runbookPayload(email, ['sender'])).toEqual({
      source: 'halo-for-outlook',
      sender_name: 'Prize Desk',
      sender_email: 'win@prize.example',
    });
  });
});
