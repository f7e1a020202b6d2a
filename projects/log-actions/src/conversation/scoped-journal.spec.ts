import { createLogJournal } from '@halo-outlook/sdk';
import { scopedJournal } from './scoped-journal';

describe('scopedJournal', () => {
  it('keeps each scope’s steps apart in the one journal', () => {
    const journal = createLogJournal({ ticketId: 7 });
    const first = scopedJournal(journal, 'message:a:');
    const second = scopedJournal(journal, 'message:b:');
    first.set('actionId', 11);
    second.set('actionId', 12);

    expect(first.get<number>('actionId')).toBe(11);
    expect(second.get<number>('actionId')).toBe(12);
    expect(first.get('ticketId')).toBeUndefined();
    expect({ ...first.entries() } as object).toEqual({ actionId: 11 });
    expect({ ...journal.entries() } as object).toEqual({
      ticketId: 7,
      'message:a:actionId': 11,
      'message:b:actionId': 12,
    });
  });

  it('reads what an earlier attempt recorded', () => {
    const journal = createLogJournal({ 'message:a:actionId': 3 });
    expect(scopedJournal(journal, 'message:a:').get<number>('actionId')).toBe(3);
  });
});
