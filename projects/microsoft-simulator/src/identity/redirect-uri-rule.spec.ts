import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_REDIRECT_URIS } from '../simulator/microsoft-simulator-options.js';
import { redirectUriAllowed } from './redirect-uri-rule.js';

describe('the redirect URI rule', () => {
  it('allows every page on a loopback origin by default, any port, and nothing else', () => {
    const allowed = (uri: string) => redirectUriAllowed(uri, DEFAULT_REDIRECT_URIS);
    assert.ok(allowed('http://127.0.0.1:4410/auth/entra-redirect.html'));
    assert.ok(allowed('http://127.0.0.1:51234/redirect.html?x=1'));
    assert.ok(allowed('http://localhost:4200/'));
    assert.ok(!allowed('https://127.0.0.1:4410/redirect.html'), 'scheme must match');
    assert.ok(!allowed('http://127.0.0.2:4410/redirect.html'));
    assert.ok(!allowed('http://127.0.0.1.evil.example:4410/'));
    assert.ok(!allowed('http://user@127.0.0.1:4410/'), 'no user info');
    assert.ok(!allowed('http://127.0.0.1:4410/redirect.html#x'), 'no fragment');
    assert.ok(!allowed('not a url'));
  });

  it('matches exact entries exactly, and path patterns by prefix', () => {
    const registered = ['http://127.0.0.1:4410/auth/*', 'http://127.0.0.1:4400/redirect.html'];
    assert.ok(redirectUriAllowed('http://127.0.0.1:4410/auth/entra.html', registered));
    assert.ok(
      !redirectUriAllowed('http://127.0.0.1:4411/auth/entra.html', registered),
      'port must match',
    );
    assert.ok(!redirectUriAllowed('http://127.0.0.1:4410/other.html', registered));
    assert.ok(redirectUriAllowed('http://127.0.0.1:4400/redirect.html', registered));
    assert.ok(!redirectUriAllowed('http://127.0.0.1:4400/redirect.html?a=b', registered));
  });
});
