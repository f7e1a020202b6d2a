import { bytesToBase64 } from './bytes-to-base64';

describe('bytesToBase64', () => {
  it('encodes like btoa, for small and large messages', () => {
    expect(bytesToBase64(new TextEncoder().encode('From: a@b\r\n'))).toBe(btoa('From: a@b\r\n'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
    const large = new Uint8Array(200_003).map((_, i) => (i * 7) % 256);
    let binary = '';
    large.forEach((b) => (binary += String.fromCharCode(b)));
    expect(bytesToBase64(large)).toBe(btoa(binary));
  });
});
