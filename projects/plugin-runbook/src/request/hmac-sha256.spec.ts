import { hmacSha256 } from './hmac-sha256';

describe('hmacSha256', () => {
  // RFC 4231, test case 2.
  const key = 'Jefe';
  const data = 'what do ya want for nothing?';

  it('matches the RFC 4231 test vector in hex', async () => {
    expect(await hmacSha256(key, data)).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('writes the same signature in base64 when asked', async () => {
    expect(await hmacSha256(key, data, 'base64')).toBe(
      'W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=',
    );
  });
});
