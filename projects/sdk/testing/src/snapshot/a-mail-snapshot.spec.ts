import { aMailSnapshot } from './a-mail-snapshot';

describe('aMailSnapshot', () => {
  it('builds a plausible, frozen customer email', () => {
    const snapshot = aMailSnapshot();
    expect(snapshot.from.address).toContain('@');
    expect(snapshot.internetMessageId).toMatch(/^<.+@.+>$/);
    expect(Object.isFrozen(snapshot)).toBeTrue();
  });

  it('gives each email its own ids', () => {
    const a = aMailSnapshot();
    const b = aMailSnapshot();
    expect(a.itemId).not.toBe(b.itemId);
    expect(a.internetMessageId).not.toBe(b.internetMessageId);
  });

  it('accepts addresses as "Name <address>" or a bare address', () => {
    const snapshot = aMailSnapshot({
      from: 'Bob Stone <bob@northwind.example>',
      cc: ['carol@northwind.example'],
      subject: 'RE: [ID: 1042] VPN',
    });
    expect(snapshot.from).toEqual({ name: 'Bob Stone', address: 'bob@northwind.example' });
    expect(snapshot.cc).toEqual([{ name: '', address: 'carol@northwind.example' }]);
    expect(snapshot.subject).toBe('RE: [ID: 1042] VPN');
  });
});
