// The generator as an admin runs it, and its output validated as `npm test` validates manifests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { unescapeXml } from './xml-escape.mjs';

const GENERATE = fileURLToPath(new URL('./generate-manifest.mjs', import.meta.url));
const VALIDATE = fileURLToPath(new URL('./validate-manifest.mjs', import.meta.url));
const ORG = [
  '--base-url',
  'https://addin.example.com',
  '--halo-url',
  'https://example.halopsa.com/',
  '--client-id',
  'a1b2&c3',
  '--tenant',
  'example',
];

describe('generate-manifest', () => {
  const temp = mkdtempSync(join(tmpdir(), 'halo-generate-'));
  after(() => rmSync(temp, { recursive: true, force: true }));

  /** Runs the generator into `temp/<out>`. */
  function generate(out, ...args) {
    const dir = join(temp, out);
    const result = spawnSync(process.execPath, [GENERATE, ...args, '--out', dir], {
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' },
    });
    return { ...result, dir, manifest: () => readFileSync(join(dir, 'manifest.xml'), 'utf8') };
  }

  it("writes an organisation's manifest that passes the schemas and our checks", () => {
    const result = generate('org', ...ORG);
    assert.equal(result.status, 0, result.stderr);
    const validation = spawnSync(process.execPath, [VALIDATE, join(result.dir, 'manifest.xml')], {
      encoding: 'utf8',
    });
    assert.equal(validation.status, 0, validation.stderr);

    const xml = result.manifest();
    const start = new URL(unescapeXml(/<SourceLocation DefaultValue="([^"]*)"/.exec(xml)[1]));
    assert.equal(start.origin + start.pathname, 'https://addin.example.com/index.html');
    assert.deepEqual(Object.fromEntries(start.searchParams), {
      haloUrl: 'https://example.halopsa.com',
      clientId: 'a1b2&c3',
      tenant: 'example',
    });
    assert.match(xml, /<AppDomain>https:\/\/example\.halopsa\.com<\/AppDomain>/);
  });

  it('presets the Microsoft Entra features in the start URL, refusing an address it cannot use', () => {
    const result = generate(
      'entra',
      ...ORG,
      '--entra-client-id',
      '0f6b7a52-3c5e-4d0b-9a51-7c1f1c2e9d10',
      '--entra-authority',
      'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/',
    );
    assert.equal(result.status, 0, result.stderr);
    const xml = result.manifest();
    const start = new URL(unescapeXml(/<SourceLocation DefaultValue="([^"]*)"/.exec(xml)[1]));
    assert.equal(start.searchParams.get('entraClientId'), '0f6b7a52-3c5e-4d0b-9a51-7c1f1c2e9d10');
    assert.equal(
      start.searchParams.get('entraAuthority'),
      'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47',
    );
    assert.equal(start.searchParams.has('graphUrl'), false);

    const refused = generate('entra-bad', ...ORG, '--graph-url', 'http://graph.example/v1.0');
    assert.notEqual(refused.status, 0);
    assert.match(refused.stderr, /--graph-url http:\/\/graph\.example\/v1\.0 must use https:\/\//);
  });

  it('describes the release in latest.json', () => {
    const result = generate('latest', ...ORG, '--version', '1.0.0.0');
    assert.equal(result.status, 0, result.stderr);
    const info = JSON.parse(readFileSync(join(result.dir, 'latest.json'), 'utf8'));
    assert.deepEqual(info, {
      name: 'Halo for Outlook',
      id: /<Id>([^<]*)<\/Id>/.exec(result.manifest())[1],
      version: '1.0.0.0',
      manifestUrl: 'https://addin.example.com/manifest.xml',
      builtAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('gives each environment its own stable Id and a marked name', () => {
    const production = generate('prod', ...ORG).manifest();
    const staging = generate('staging', ...ORG, '--environment', 'Staging').manifest();
    const again = generate('staging-again', ...ORG, '--environment', 'Staging').manifest();
    const id = (xml) => /<Id>([^<]*)<\/Id>/.exec(xml)[1];
    assert.notEqual(id(staging), id(production));
    assert.equal(id(again), id(staging));
    assert.match(staging, /<DisplayName DefaultValue="Halo for Outlook \(Staging\)">/);
  });

  it('keeps the deployed version when nothing changed, and bumps it when something did', () => {
    const first = generate('v1', ...ORG, '--version', '1.0.0.0');
    const previous = join(first.dir, 'manifest.xml');

    const same = generate('v1-again', ...ORG, '--previous', previous);
    assert.equal(same.status, 0, same.stderr);
    assert.match(same.stdout, /unchanged since version 1\.0\.0\.0: nothing to re-deploy/);
    assert.match(same.manifest(), /<Version>1\.0\.0\.0<\/Version>/);

    const changed = generate('v2', ...ORG, '--tenant', 'other', '--previous', previous);
    assert.equal(changed.status, 0, changed.stderr);
    assert.match(changed.manifest(), /<Version>1\.0\.0\.1<\/Version>/);
    assert.match(
      changed.manifest(),
      new RegExp(`<Id>${/<Id>([^<]*)<\/Id>/.exec(first.manifest())[1]}</Id>`),
    );
  });

  it('refuses a version that admins would not see as an update', () => {
    const first = generate('deployed', ...ORG, '--version', '1.0.0.3');
    const result = generate(
      'refused',
      ...ORG,
      '--name',
      'Contoso Halo',
      '--version',
      '1.0.0.3',
      '--previous',
      join(first.dir, 'manifest.xml'),
    );
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /--version 1\.0\.0\.3 is not greater than the previously deployed version 1\.0\.0\.3/,
    );
  });

  it('explains a wrong command line', () => {
    const http = generate('http', '--base-url', 'http://addin.example.com');
    assert.equal(http.status, 2);
    assert.match(http.stderr, /--base-url http:\/\/addin\.example\.com must use https:\/\//);
    assert.match(http.stderr, /Run "npm run manifest -- --help" for the options\./);

    const missing = generate('missing');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /--base-url is required/);

    const previous = generate('no-previous', ...ORG, '--previous', join(temp, 'nowhere.xml'));
    assert.equal(previous.status, 2);
    assert.match(previous.stderr, /--previous .*nowhere\.xml does not exist/);
  });
});
