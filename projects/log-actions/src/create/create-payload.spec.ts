import { reply } from '../testing/log-fixtures.spec';
import type { CreateInput } from './create-input';
import { createEmailActionPayload, createTicketPayload } from './create-payload';

const input: CreateInput = {
  ticketTypeId: 1,
  summary: ' Printer offline in reception ',
  clientId: 1,
  siteId: 1,
  userId: 1,
  userName: null,
  userEmail: null,
  outcomeId: 3,
  privateNote: false,
  minutes: 15,
  attachmentIds: [],
  includeOriginal: false,
  trimQuotedHistory: false,
  remoteImages: false,
};
const fields = {
  messageId: 'CFOutlookInternetMessageId',
  conversationId: 'CFOutlookConversationId',
};

describe('createTicketPayload', () => {
  it('is the ticket the reference describes, stamped so the e-mail finds it again', () => {
    expect(createTicketPayload(input, reply, '<p>details</p>', fields)).toEqual({
      summary: 'Printer offline in reception', // summary
      detailsHtml: '<p>details</p>', // details_html
      ticketTypeId: 1, // tickettype_id
      clientId: 1, // client_id
      siteId: 1, // site_id
      userId: 1, // user_id
      customFields: [
        { name: 'CFOutlookInternetMessageId', value: '<reply-7@contoso-dental.example>' },
        { name: 'CFOutlookConversationId', value: 'AAQkAGNvbnYtMTA0Mg==' },
      ],
    });
  });

  it('names a sender who is not in Halo, and leaves out what is not chosen', () => {
    const payload = createTicketPayload(
      {
        ...input,
        userId: null,
        userName: 'Pat Jones',
        userEmail: 'pat.jones@gmail.example',
        siteId: null,
        ticketTypeId: null,
      },
      reply,
      '',
      { messageId: null, conversationId: null },
    );
    expect(payload).toEqual({
      summary: 'Printer offline in reception',
      detailsHtml: '',
      clientId: 1,
      userName: 'Pat Jones', // users_name
      userEmail: 'pat.jones@gmail.example', // user_email
    });
  });
});

describe('createEmailActionPayload', () => {
  it('records the e-mail on the new ticket with its metadata, without sending anything', () => {
    const payload = createEmailActionPayload(1401, input, reply, '<p>header</p>');
    expect(payload).toEqual(
      jasmine.objectContaining({
        ticketId: 1401,
        outcomeId: 3,
        hiddenFromUser: false,
        timeTakenHours: 0.25,
        sendEmail: false,
        noteHtml: '<p>header</p>',
      }),
    );
    expect(payload.email?.internetMessageId).toBe('<reply-7@contoso-dental.example>');
  });
});
