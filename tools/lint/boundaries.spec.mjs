// The architecture's import rules, checked against ESLint's real configuration: each case lints a
// small source text as if it lived at the given path.
import { ESLint } from 'eslint';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const eslint = new ESLint();

async function restrictedImports(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const allowed = [
  ['projects/halo/src/x.ts', "import { AppError } from '@halo-outlook/core';"],
  ['projects/sdk/src/x.ts', "import { HaloSession } from '@halo-outlook/core';"],
  ['projects/matchers/src/x.ts', "import { Matcher } from '@halo-outlook/sdk';"],
  ['projects/matchers/src/x.spec.ts', "import { aMailSnapshot } from '@halo-outlook/sdk/testing';"],
  [
    'projects/addin/src/app/x.ts',
    "import { threadBySubjectTagMatcher } from '@halo-outlook/matchers';",
  ],
  ['projects/core/src/errors/x.ts', "import { AppError } from './app-error';"],
];

const forbidden = [
  [
    'projects/core/src/x.ts',
    "import { readList } from '@halo-outlook/halo';",
    'core depends on nothing',
  ],
  [
    'projects/halo/src/x.ts',
    "import { Matcher } from '@halo-outlook/sdk';",
    'halo may import only core',
  ],
  [
    'projects/sdk/src/x.ts',
    "import { findTicketTags } from '@halo-outlook/matchers';",
    'the sdk may import only',
  ],
  [
    'projects/matchers/src/x.ts',
    "import { AppError } from '@halo-outlook/core';",
    'only against @halo-outlook/sdk',
  ],
  [
    'projects/log-actions/src/x.ts',
    "import { readList } from '@halo-outlook/halo';",
    'only against @halo-outlook/sdk',
  ],
  [
    'projects/plugin-acme/src/x.ts',
    "import { x } from '@halo-outlook/matchers';",
    'only against @halo-outlook/sdk',
  ],
  [
    'projects/addin/src/app/x.ts',
    "import { AppError } from '@halo-outlook/core/src/errors/app-error';",
    'public entry point',
  ],
  [
    'projects/halo/src/parsing/x.ts',
    "import { AppError } from '../../../core/src/public-api';",
    'relative path',
  ],
  [
    'projects/halo-simulator/src/x.ts',
    "import { AppError } from '@halo-outlook/core';",
    'nothing of the app',
  ],
];

describe('import boundaries', () => {
  for (const [path, code] of allowed) {
    it(`allows ${code} in ${path}`, async () => {
      assert.deepEqual(await restrictedImports(path, code), []);
    });
  }
  for (const [path, code, why] of forbidden) {
    it(`forbids ${code} in ${path}`, async () => {
      const messages = await restrictedImports(path, code);
      assert.equal(messages.length, 1, `expected one restriction, got ${JSON.stringify(messages)}`);
      assert.match(messages[0], new RegExp(why.replace(/[.*+?^${}()|[\]\\@]/g, '\\$&')));
    });
  }
});
