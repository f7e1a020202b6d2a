import { withSavedChoices } from './saved-choices';

describe('withSavedChoices', () => {
  const offered = [
    { id: 1, name: 'Incident' },
    { id: 2, name: 'Request' },
  ];
  const label = (id: number) => `Type ${id} (gone)`;

  it('keeps the list as it is when every saved id is offered, or nothing is saved', () => {
    expect(withSavedChoices(offered, [2, null], label)).toBe(offered);
  });

  it('adds each saved id Halo no longer offers once, named by the label', () => {
    expect(withSavedChoices(offered, [7, 1, 7, 9], label)).toEqual([
      ...offered,
      { id: 7, name: 'Type 7 (gone)' },
      { id: 9, name: 'Type 9 (gone)' },
    ]);
  });
});
