import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROJECT_MANIFEST } from './manifest-fixture.mjs';
import { paneUrl, renderManifest } from './render-manifest.mjs';
import { unescapeXml } from './xml-escape.mjs';

const BASE = {
  baseUrl: 'https://addin.example.com/',
  id: '11111111-2222-4333-8444-555555555555',
  version: '2.0.0.0',
};

describe('renderManifest', () => {
  it('puts the organisation host in every URL', () => {
    const xml = renderManifest(PROJECT_MANIFEST, BASE);
    assert.doesNotMatch(xml, /localhost/);
    assert.match(
      xml,
      /<IconUrl DefaultValue="https:\/\/addin\.example\.com\/icons\/icon-64\.png"\/>/,
    );
    assert.match(
      xml,
      /<bt:Image id="icon80" DefaultValue="https:\/\/addin\.example\.com\/icons\/icon-80\.png"\/>/,
    );
    assert.match(xml, /<Id>11111111-2222-4333-8444-555555555555<\/Id>/);
    assert.match(xml, /<Version>2\.0\.0\.0<\/Version>/);
  });

  it('keeps a path in the base URL', () => {
    const xml = renderManifest(PROJECT_MANIFEST, {
      ...BASE,
      baseUrl: 'https://www.example.com/halo/',
    });
    assert.match(
      xml,
      /<SourceLocation DefaultValue="https:\/\/www\.example\.com\/halo\/index\.html"\/>/,
    );
  });

  it('puts the managed settings in both start URLs, XML-escaped', () => {
    const settings = {
      haloUrl: 'https://example.halopsa.com',
      clientId: 'a&b"c',
      tenant: 'example',
    };
    const xml = renderManifest(PROJECT_MANIFEST, { ...BASE, ...settings });
    const starts = [
      ...xml.matchAll(/<(?:SourceLocation|bt:Url id="paneUrl") DefaultValue="([^"]*)"/g),
    ];
    assert.equal(starts.length, 2);
    for (const [, raw] of starts) {
      assert.match(raw, /&amp;clientId=/);
      const url = new URL(unescapeXml(raw));
      assert.equal(url.searchParams.get('haloUrl'), 'https://example.halopsa.com');
      assert.equal(url.searchParams.get('clientId'), 'a&b"c');
      assert.equal(url.searchParams.get('tenant'), 'example');
    }
  });

  it('leaves settings that were not given out of the start URL', () => {
    assert.equal(
      paneUrl({ baseUrl: 'https://a.example.com/', clientId: 'x' }),
      'https://a.example.com/index.html?clientId=x',
    );
  });

  it('puts the Microsoft Entra settings in the start URL, as the pane reads them', () => {
    const url = new URL(
      paneUrl({
        baseUrl: 'https://a.example.com/',
        entraClientId: '0f6b7a52-3c5e-4d0b-9a51-7c1f1c2e9d10',
        graphUrl: 'https://graph.microsoft.us/v1.0',
      }),
    );
    assert.equal(url.searchParams.get('entraClientId'), '0f6b7a52-3c5e-4d0b-9a51-7c1f1c2e9d10');
    assert.equal(url.searchParams.get('graphUrl'), 'https://graph.microsoft.us/v1.0');
    assert.equal(url.searchParams.has('entraAuthority'), false);
  });

  it('adds the Halo origin to AppDomains once', () => {
    const xml = renderManifest(PROJECT_MANIFEST, {
      ...BASE,
      haloUrl: 'https://example.halopsa.com',
      appDomains: ['https://example.halopsa.com', 'https://example.okta.com'],
    });
    assert.equal(xml.match(/<AppDomain>https:\/\/example\.halopsa\.com<\/AppDomain>/g).length, 1);
    assert.match(xml, /<AppDomain>https:\/\/example\.okta\.com<\/AppDomain>\n\s*<\/AppDomains>/);
  });

  it('replaces the display name and its translations with --name, escaped', () => {
    const xml = renderManifest(PROJECT_MANIFEST, { ...BASE, name: 'Contoso & Halo' });
    assert.match(xml, /<DisplayName DefaultValue="Contoso &amp; Halo"\/>/);
    assert.doesNotMatch(xml, /Halo pour Outlook/);
  });

  it('marks an environment in the name and its translations', () => {
    const xml = renderManifest(PROJECT_MANIFEST, { ...BASE, environment: 'Staging' });
    assert.match(xml, /<DisplayName DefaultValue="Halo for Outlook \(Staging\)">/);
    assert.match(xml, /<Override Locale="fr-FR" Value="Halo pour Outlook \(Staging\)"\/>/);
  });
});
