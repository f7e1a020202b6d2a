import { loadMappableTags } from './mappable-tags';
import { mergeTicketTypeByTag, readTicketTypeByTag } from './ticket-type-by-tag';

describe('ticket type by tag', () => {
  it('offers the classification’s tags, by the ids the classifier proposes', async () => {
    const tags = await loadMappableTags();
    expect(tags).toContain({ id: 'class:billing', label: 'Billing question' });
    expect(tags.length).toBe(5);
  });

  it('reads a stored mapping tolerantly', () => {
    expect(readTicketTypeByTag({ 'class:billing': 7, 'class:spam': 0, x: '3' })).toEqual({
      'class:billing': 7,
    });
    expect(readTicketTypeByTag(['class:billing'])).toEqual({});
  });

  it('saves the choices shown, clears those set back to none, and keeps mappings it does not show', () => {
    expect(
      mergeTicketTypeByTag(
        { 'class:billing': 7, 'class:sales': 4, 'acme:vip': 2 },
        { 'class:billing': 3, 'class:sales': null },
      ),
    ).toEqual({ 'acme:vip': 2, 'class:billing': 3 });
  });
});
