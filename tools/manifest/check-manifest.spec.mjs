import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkManifest } from './check-manifest.mjs';
import { editedManifest, PROJECT_MANIFEST } from './manifest-fixture.mjs';

describe('checkManifest', () => {
  it('passes the project manifest', () => {
    assert.deepEqual(checkManifest(PROJECT_MANIFEST), []);
  });

  it('rejects an http URL, naming it', () => {
    const xml = editedManifest(
      '<SupportUrl DefaultValue="https://localhost:4200/"/>',
      '<SupportUrl DefaultValue="http://localhost:4200/"/>',
    );
    assert.deepEqual(checkManifest(xml), [
      'http://localhost:4200/ must use https:// (Office loads add-in pages and images only over HTTPS).',
    ]);
  });

  it('rejects a resid with no resource behind it', () => {
    const xml = editedManifest(
      '<Description resid="buttonTip"/>',
      '<Description resid="buttonTipp"/>',
    );
    assert.deepEqual(checkManifest(xml), [
      'resid "buttonTipp" is used but not defined under <Resources>.',
    ]);
  });

  it('rejects a version that is not four numeric parts', () => {
    for (const version of ['1.0', '1.0.0.0.0', '1.0.0.x', '123456.0.0.0']) {
      const xml = editedManifest('<Version>0.1.0.0</Version>', `<Version>${version}</Version>`);
      assert.match(
        checkManifest(xml).join('\n'),
        new RegExp(`Version "${version.replaceAll('.', '\\.')}" must have four numeric parts`),
      );
    }
  });

  it('rejects an AppDomain with a path or a trailing slash', () => {
    const xml = editedManifest(
      '<AppDomain>https://accounts.google.com</AppDomain>',
      '<AppDomain>https://accounts.google.com/</AppDomain>',
    );
    assert.deepEqual(checkManifest(xml), [
      'AppDomain https://accounts.google.com/ must be https://host[:port], with no path, wildcard or trailing slash.',
    ]);
  });

  it('rejects a start URL longer than Office allows', () => {
    const long = `https://localhost:4200/index.html?clientId=${'x'.repeat(2000)}`;
    const xml = PROJECT_MANIFEST.replaceAll('"https://localhost:4200/index.html"', `"${long}"`);
    assert.deepEqual(checkManifest(xml), [
      `SourceLocation is ${long.length} characters long; Office allows at most 2018.`,
    ]);
  });
});
