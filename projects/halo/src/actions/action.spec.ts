import { parseListPage } from '../http/parse-all';
import { parseAction } from './action';

describe('parseAction', () => {
  it('reads both spellings of the internet message id', () => {
    const page = parseListPage(
      {
        record_count: 2,
        actions: [
          { id: 1, ticket_id: 1001, internet_message_id: '<a@x.example>', timetaken: 0.25 },
          { id: 2, ticket_id: 1001.0, internetmessageid: '<b@x.example>', time_taken: '0.5' },
        ],
      },
      'actions',
      parseAction,
    );
    expect(page.items.map((a) => a.internetMessageId)).toEqual(['<a@x.example>', '<b@x.example>']);
    expect(page.items.map((a) => a.timeTaken)).toEqual([0.25, 0.5]);
    expect(page.items[1].ticketId).toBe(1001);
  });
});
