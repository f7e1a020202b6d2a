import { readList, readNumber } from './read-list';

describe('readList', () => {
  it('reads an envelope with record_count as the total', () => {
    const page = readList({ record_count: 57, tickets: [{ id: 1 }, { id: 2 }] }, 'tickets');
    expect(page.items.map((t) => t['id'])).toEqual([1, 2]);
    expect(page.total).toBe(57);
  });

  it('reads a bare array (the /Status, /Agent shape)', () => {
    const page = readList(
      [
        { id: 1, name: 'New' },
        { id: 2, name: 'In Progress' },
      ],
      'statuses',
    );
    expect(page.items.length).toBe(2);
    expect(page.total).toBe(2);
  });

  it('tolerates a differently cased envelope key', () => {
    expect(readList({ Users: [{ id: 9 }] }, 'users').items).toEqual([{ id: 9 }]);
  });

  it('returns an empty page for shapes it does not know, instead of throwing', () => {
    expect(readList(null, 'tickets')).toEqual({ items: [], total: 0 });
    expect(readList({ tickets: 'nope' }, 'tickets')).toEqual({ items: [], total: 0 });
    expect(readList([1, 'x', null, { id: 3 }], 'tickets').items).toEqual([{ id: 3 }]);
  });
});

describe('readNumber', () => {
  it('reads ids sent as doubles or numeric strings', () => {
    expect(readNumber(18.0)).toBe(18);
    expect(readNumber('12')).toBe(12);
  });

  it('returns null for missing or non-numeric values', () => {
    expect(readNumber(undefined)).toBeNull();
    expect(readNumber('')).toBeNull();
    expect(readNumber('abc')).toBeNull();
    expect(readNumber(Number.NaN)).toBeNull();
  });
});
