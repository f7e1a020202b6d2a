// The architecture's import rules, checked against ESLint's real configuration: each case lints a
// small source text as if it lived at the given path.
import { ESLint } from 'eslint';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const eslint = new ESLint();

async function restrictedImports(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((m) => /^(@typescript-eslint\/)?no-restricted-imports$/.test(m.ruleId ?? ''))
    .map((m) => m.message);
}

const allowed = [
  ['projects/halo/src/x.ts', "import { AppError } from '@halo-outlook/core';"],
  ['projects/sdk/src/x.ts', "import { HaloSession } from '@halo-outlook/core';"],
  ['projects/matchers/src/x.ts', "import { Matcher } from '@halo-outlook/sdk';"],
  ['projects/matchers/src/x.spec.ts', "import { aMailSnapshot } from '@halo-outlook/sdk/testing';"],
  [
    'projects/log-actions/src/content/x.ts',
    "import { sanitizeEmailHtml } from '@halo-outlook/log-actions/email';",
  ],
  [
    'projects/addin/src/app/x.ts',
    "import { sanitizeEmailHtml } from '@halo-outlook/log-actions/email';",
  ],
  [
    'projects/addin/src/app/x.ts',
    "import { threadBySubjectTagMatcher } from '@halo-outlook/matchers';",
  ],
  ['projects/core/src/errors/x.ts', "import { AppError } from './app-error';"],
  ['projects/core/sign-in/src/x.ts', "import { TokenService } from '@halo-outlook/core';"],
  ['projects/addin/src/app/x.ts', "import { SignInService } from '@halo-outlook/core/sign-in';"],
  ['projects/sdk/src/x.ts', "import { MailboxPort } from '@halo-outlook/core/mailbox';"],
  ['projects/core/mailbox/src/x.ts', "import { AppError } from '@halo-outlook/core';"],
  ['projects/entra/src/x.ts', "import { HostRequirements } from '@halo-outlook/core';"],
  ['projects/entra/src/x.ts', "import { PublicClientApplication } from '@azure/msal-browser';"],
  [
    'projects/entra/src/x.ts',
    "import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';",
  ],
  ['projects/addin/src/app/x.ts', "import type { EntraServices } from '@halo-outlook/entra';"],
  ['projects/addin/src/app/x.ts', "const lib = () => import('@halo-outlook/entra');"],
  ['projects/addin/auth-pages/x.ts', "import { runEntraRedirectPage } from '@halo-outlook/entra';"],
];

const forbidden = [
  [
    'projects/core/src/auth/x.ts',
    "import { SignInService } from '@halo-outlook/core/sign-in';",
    'core depends on nothing',
  ],
  [
    'projects/core/sign-in/src/x.ts',
    "import { readList } from '@halo-outlook/halo';",
    'secondary entry points depend on @halo-outlook/core only',
  ],
  [
    'projects/plugin-runbook/src/x.ts',
    "import { SignInService } from '@halo-outlook/core/sign-in';",
    'plugins are written only against @halo-outlook/sdk',
  ],
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
    'projects/entra/src/x.ts',
    "import { MailContentSource } from '@halo-outlook/sdk';",
    'entra may import only core',
  ],
  [
    'projects/core/src/x.ts',
    "import { EntraSession } from '@halo-outlook/entra';",
    'core depends on nothing',
  ],
  [
    'projects/sdk/src/x.ts',
    "import { GraphClient } from '@halo-outlook/entra';",
    'the sdk may import only',
  ],
  [
    'projects/plugin-acme/src/x.ts',
    "import { GraphClient } from '@halo-outlook/entra';",
    'only against @halo-outlook/sdk',
  ],
  [
    'projects/addin/src/app/x.ts',
    "import { loadEntra } from '@halo-outlook/entra';",
    'Load @halo-outlook/entra lazily',
  ],
  [
    'projects/addin/src/app/x.ts',
    "import { PublicClientApplication } from '@azure/msal-browser';",
    'Only @halo-outlook/entra uses MSAL',
  ],
  [
    'projects/sdk/src/x.ts',
    "import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';",
    'Only @halo-outlook/entra uses MSAL',
  ],
  [
    'projects/log-actions/src/x.ts',
    "import { builtInLogActions } from '@halo-outlook/log-actions';",
    'only against @halo-outlook/sdk',
  ],
  [
    'projects/addin/src/app/x.ts',
    "import { x } from '@halo-outlook/log-actions/email/src/html/x';",
    'public entry points',
  ],
  [
    'projects/plugin-acme/src/x.ts',
    "import { sanitizeEmailHtml } from '@halo-outlook/log-actions/email';",
    'only against @halo-outlook/sdk',
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
