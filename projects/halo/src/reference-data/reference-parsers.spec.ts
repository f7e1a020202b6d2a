import { parseListPage } from '../http/parse-all';
import { parseFieldInfo } from './field-info';
import { parseOutcome } from './outcome';
import { parsePriority } from './priority';
import { parseStatus } from './status';
import { parseTeam } from './team';
import { parseTicketType } from './ticket-type';

describe('reference data parsers', () => {
  it('read bare arrays and envelopes alike', () => {
    const bare = parseListPage([{ id: 1, name: 'New' }], 'statuses', parseStatus);
    const wrapped = parseListPage(
      { record_count: 1, statuses: [{ id: 1, name: 'New' }] },
      'statuses',
      parseStatus,
    );
    expect(bare.items).toEqual(wrapped.items);
    expect(
      parseListPage(
        { outcomes: [{ id: 21, outcome: 'Logged from Outlook' }] },
        'outcomes',
        parseOutcome,
      ).items[0].name,
    ).toBe('Logged from Outlook');
  });

  it('key priorities by the numeric priorityid, keeping the GUID', () => {
    const priority = parsePriority({
      id: '8e5a1c52-0000-4000-8000-000000000001',
      priorityid: 3,
      name: 'P3',
    });
    expect(priority).toEqual({
      id: 3,
      guid: '8e5a1c52-0000-4000-8000-000000000001',
      name: 'P3',
      slaId: null,
    });
  });

  it('read teams, ticket types and field definitions with their optional fields', () => {
    expect(parseTeam({ id: 1, name: '1st Line', inactive: false })?.name).toBe('1st Line');
    const type = parseTicketType({
      id: 1,
      name: 'Incident',
      email_start_tag: '[ID:',
      email_end_tag: ']',
    });
    expect([type?.emailStartTag, type?.emailEndTag]).toEqual(['[ID:', ']']);
    expect(parseFieldInfo({ id: 201, name: 'CFOutlookConversationId', typeid: 1 })?.typeId).toBe(1);
    expect(parseFieldInfo({ id: 5 })).toBeNull();
  });
});
