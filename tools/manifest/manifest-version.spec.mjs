import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bumpVersion,
  chooseVersion,
  compareVersions,
  isManifestVersion,
} from './manifest-version.mjs';

describe('the manifest version policy', () => {
  it('accepts four numeric parts of at most five digits', () => {
    assert.equal(isManifestVersion('1.2.0.10'), true);
    assert.equal(isManifestVersion('1.2.0'), false);
    assert.equal(isManifestVersion('1.2.0.100000'), false);
  });

  it('compares versions part by part, numerically', () => {
    assert.ok(compareVersions('1.10.0.0', '1.9.0.0') > 0);
    assert.ok(compareVersions('1.0.0.1', '1.0.0.2') < 0);
    assert.equal(compareVersions('2.0.0.0', '2.0.0.0'), 0);
  });

  it('bumps the last part, and says what to do when it cannot', () => {
    assert.equal(bumpVersion('1.2.0.9'), '1.2.0.10');
    assert.throws(
      () => bumpVersion('1.2.0.99999'),
      /Pass a greater --version, for example 1\.2\.1\.0/,
    );
  });

  it('uses the candidate when nothing was deployed before', () => {
    assert.equal(chooseVersion({ candidate: '1.0.0.0', explicit: false }).version, '1.0.0.0');
  });

  it('keeps the deployed version when the content did not change', () => {
    const choice = chooseVersion({
      candidate: '1.0.0.0',
      explicit: false,
      previous: '1.0.0.4',
      changed: false,
    });
    assert.deepEqual(choice, {
      version: '1.0.0.4',
      note: 'unchanged since version 1.0.0.4: nothing to re-deploy',
    });
  });

  it('takes a greater candidate when the content changed', () => {
    const choice = chooseVersion({
      candidate: '1.1.0.0',
      explicit: true,
      previous: '1.0.0.4',
      changed: true,
    });
    assert.equal(choice.version, '1.1.0.0');
  });

  it('bumps the deployed version when the content changed and no version was asked for', () => {
    const choice = chooseVersion({
      candidate: '1.0.0.0',
      explicit: false,
      previous: '1.0.0.4',
      changed: true,
    });
    assert.equal(choice.version, '1.0.0.5');
  });

  it('refuses an asked-for version that is not greater when the content changed', () => {
    assert.throws(
      () =>
        chooseVersion({ candidate: '1.0.0.4', explicit: true, previous: '1.0.0.4', changed: true }),
      /--version 1\.0\.0\.4 is not greater than the previously deployed version 1\.0\.0\.4.*Microsoft 365 would not update the add-in/,
    );
  });
});
