import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkIcons, manifestBaseUrl } from './check-icons.mjs';
import { editedManifest, PROJECT_MANIFEST, PUBLIC_ASSETS } from './manifest-fixture.mjs';

describe('checkIcons', () => {
  const temp = mkdtempSync(join(tmpdir(), 'halo-icons-'));
  after(() => rmSync(temp, { recursive: true, force: true }));

  it('finds the base URL from the pane start page', () => {
    assert.equal(manifestBaseUrl(PROJECT_MANIFEST), 'https://localhost:4200/');
  });

  it("finds every icon of the project manifest in the app's public assets", () => {
    assert.deepEqual(checkIcons(PROJECT_MANIFEST, PUBLIC_ASSETS), []);
  });

  it('reports an icon whose file is missing, with the file it expected', () => {
    const assets = join(temp, 'assets');
    cpSync(PUBLIC_ASSETS, assets, { recursive: true });
    rmSync(join(assets, 'icons', 'icon-80.png'));
    const problems = checkIcons(PROJECT_MANIFEST, assets);
    assert.equal(problems.length, 1);
    assert.match(
      problems[0],
      /^Icon https:\/\/localhost:4200\/icons\/icon-80\.png has no file: expected .*icons\/icon-80\.png/,
    );
  });

  it('reports an icon served from another host than the add-in', () => {
    const xml = editedManifest(
      '<IconUrl DefaultValue="https://localhost:4200/icons/icon-64.png"/>',
      '<IconUrl DefaultValue="https://cdn.example.com/icon-64.png"/>',
    );
    assert.deepEqual(checkIcons(xml, PUBLIC_ASSETS), [
      "Icon https://cdn.example.com/icon-64.png is not under the add-in's base URL https://localhost:4200/: serve the icons with the add-in.",
    ]);
  });

  it('refuses an icon path that climbs out of the served folder', () => {
    const xml = editedManifest('icons/icon-16.png', 'icons/..%2F..%2Ftsconfig.app.json');
    assert.deepEqual(checkIcons(xml, PUBLIC_ASSETS), [
      "Icon https://localhost:4200/icons/..%2F..%2Ftsconfig.app.json points outside the add-in's files.",
    ]);
  });
});
