// The validator as `npm test` runs it: real xmllint, Microsoft's XSDs, our checks.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { editedManifest, PROJECT_MANIFEST } from './manifest-fixture.mjs';

const CLI = fileURLToPath(new URL('./validate-manifest.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('validate-manifest', () => {
  const temp = mkdtempSync(join(tmpdir(), 'halo-validate-'));
  after(() => rmSync(temp, { recursive: true, force: true }));

  /** Writes a manifest and runs the validator on it. */
  function validate(xml, ...options) {
    const file = join(temp, 'manifest.xml');
    writeFileSync(file, xml);
    return spawnSync(process.execPath, [CLI, ...options, file], { encoding: 'utf8' });
  }

  it('passes the project manifest', () => {
    const result = spawnSync(process.execPath, [CLI, 'manifest.xml'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /✔ manifest\.xml: valid against the Office schemas and our checks/);
  });

  it('rejects elements out of order with the schema error, the line and a hint', () => {
    const xml = editedManifest(
      '<Version>0.1.0.0</Version>\n  <ProviderName>Halo for Outlook</ProviderName>',
      '<ProviderName>Halo for Outlook</ProviderName>\n  <Version>0.1.0.0</Version>',
    );
    const result = validate(xml);
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /line 10: Element 'ProviderName': This element is not expected\. Expected is one of \( AlternateId, Version \)\. Office requires manifest elements in a fixed order/,
    );
  });

  it('rejects an http URL', () => {
    const result = validate(
      editedManifest('"https://localhost:4200/index.html"', '"http://localhost:4200/index.html"'),
    );
    assert.equal(result.status, 1);
    assert.match(result.stderr, /http:\/\/localhost:4200\/index\.html must use https:\/\//);
  });

  it('rejects a missing resid', () => {
    const result = validate(editedManifest('<bt:Image id="icon32"', '<bt:Image id="icon33"'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /resid "icon32" is used but not defined under <Resources>\./);
  });

  it('rejects a bad version', () => {
    const result = validate(editedManifest('<Version>0.1.0.0</Version>', '<Version>0.1</Version>'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Version "0\.1" must have four numeric parts/);
  });

  it('rejects icons missing from the folder given with --assets', () => {
    const empty = join(temp, 'empty');
    const result = validate(PROJECT_MANIFEST, '--assets', empty);
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /Icon https:\/\/localhost:4200\/icons\/icon-64\.png has no file: expected .*empty\/icons\/icon-64\.png/,
    );
  });

  it('reports XML that is not well-formed once, without follow-on noise', () => {
    const result = validate(editedManifest('</OfficeApp>', '</OfficeAp>'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /line \d+: not well-formed XML: /);
    assert.doesNotMatch(result.stderr, /resid|Icon/);
  });
});
