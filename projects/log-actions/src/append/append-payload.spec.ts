import { aMailSnapshot } from '@halo-outlook/sdk/testing';
import { reply } from '../testing/log-fixtures.spec';
import type { AppendInput } from './append-input';
import { appendActionPayload } from './append-payload';

const input: AppendInput = {
  ticketId: 1042,
  outcomeId: 21,
  outcomeName: 'Logged from Outlook',
  privateNote: true,
  minutes: 20,
  newStatusId: 2,
  attachmentIds: ['att-pdf'],
  includeOriginal: true,
  trimQuotedHistory: true,
  remoteImages: false,
};

describe('appendActionPayload', () => {
  it('is the action the reference describes for an e-mail appended to a ticket', () => {
    expect(appendActionPayload(input, reply, '<p>note</p>')).toEqual({
      ticketId: 1042, // ticket_id
      outcomeId: 21, // outcome_id (preferred over the tenant-specific name)
      noteHtml: '<p>note</p>', // note_html
      hiddenFromUser: true, // hiddenfromuser: private note
      timeTakenHours: 0.3333, // timetaken, decimal hours
      newStatusId: 2, // new_status
      sendEmail: false, // never sends the customer's own e-mail back to them
      email: {
        from: 'alice.carter@contoso-dental.example', // emailfrom
        to: 'support@msp.example', // emailto
        cc: 'bob.singh@contoso-dental.example', // emailcc
        subject: 'RE: Printer offline in reception [ID: 1042]', // emailsubject
        internetMessageId: '<reply-7@contoso-dental.example>', // internet_message_id + internetmessageid
        inReplyTo: '<halo-1042-3@msp.example>', // inreplyto
        references: '<thread-1042@contoso-dental.example> <halo-1042-3@msp.example>', // references
      },
    });
  });

  it('sends the outcome by name only when no id is known, and keeps the status otherwise', () => {
    const payload = appendActionPayload(
      {
        ...input,
        outcomeId: null,
        outcomeName: 'Email Received',
        newStatusId: null,
        privateNote: false,
        minutes: 90,
      },
      aMailSnapshot({ internetMessageId: null, cc: [] }),
      '',
    );
    expect(payload.outcome).toBe('Email Received');
    expect(payload.outcomeId).toBeUndefined();
    expect('newStatusId' in payload).toBeFalse();
    expect(payload.hiddenFromUser).toBeFalse();
    expect(payload.timeTakenHours).toBe(1.5);
    expect(payload.email?.internetMessageId).toBeUndefined();
    expect(payload.email?.cc).toBe('');
  });
});
