import { base64InSlices } from './base64-in-slices';

describe('base64InSlices', () => {
  it('encodes bytes and UTF-8 text exactly as one btoa would', async () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);
    const whole = btoa(String.fromCharCode(...bytes));
    expect(await base64InSlices(bytes, { sliceBytes: 30 })).toBe(whole);
    expect(await base64InSlices(bytes, { sliceBytes: 31 })).toBe(whole);
    expect(await base64InSlices('Café ✓')).toBe(
      btoa(String.fromCharCode(...new TextEncoder().encode('Café ✓'))),
    );
    expect(await base64InSlices(new Uint8Array())).toBe('');
  });

  it('gives the main thread back between slices, and only between them', async () => {
    let pauses = 0;
    await base64InSlices(new Uint8Array(3 * 10), {
      sliceBytes: 3,
      yieldToHost: async () => {
        pauses += 1;
      },
    });
    expect(pauses).toBe(9);
  });
});
