// The architecture's import rules, checked against ESLint's real configuration: each case lints a
// small source text as if it lived at the given path. Import declarations are checked by
// no-restricted-imports, `import('…')` by the no-restricted-syntax entries made from the same
// patterns (eslint.config.js); each static case is also checked in its dynamic form.
import { ESLint } from 'eslint';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const eslint = new ESLint();

async function restrictedImports(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((m) =>
      /^((@typescript-eslint\/)?no-restricted-imports|no-restricted-syntax)$/.test(m.ruleId ?? ''),
    )
    .map((m) => m.message);
}

/** The same import as `import('…')`, for a static import of values; null for any other code. */
function asDynamicImport(code) {
  const from = /^import \{[^}]*\} from ('[^']+');$/.exec(code);
  return from ? `const lib = () => import(${from[1]});` : null;
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
  [
    'projects/addin/src/app/x.ts',
    "const lib = () => import('@halo-outlook/plugin-classification');",
  ],
  ['projects/log-actions/src/x.ts', "const lib = () => import('postal-mime');"],
  ['projects/log-actions/src/create/x.ts', "const form = () => import('./create-form');"],
  ['projects/core/src/x.ts', "const lib = () => import('./app-error');"],
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
  [
    'projects/microsoft-simulator/src/x.ts',
    "import { AppError } from '@halo-outlook/core';",
    'nothing of the app',
  ],
  [
    'projects/microsoft-simulator/src/graph/x.ts',
    "import { parseEml } from '../../../workbench/src/host/mailbox/parse-eml.js';",
    'relative path',
  ],
  [
    'projects/addin/src/app/x.ts',
    "const msal = () => import('@azure/msal-browser');",
    'Only @halo-outlook/entra uses MSAL',
  ],
  [
    'projects/core/src/x.ts',
    "const halo = () => import('@halo-outlook/halo');",
    'core depends on nothing',
  ],
];

/**
 * The static import cases whose dynamic form is judged differently: the app may load
 * @halo-outlook/entra lazily, and only lazily.
 */
const lazyOnly = new Set(["import { loadEntra } from '@halo-outlook/entra';"]);

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

describe('import boundaries, for import()', () => {
  const cases = [...allowed, ...forbidden].filter(([, code]) => !lazyOnly.has(code));
  for (const [path, code] of cases) {
    const dynamic = asDynamicImport(code);
    if (!dynamic) continue;
    it(`judges ${dynamic} in ${path} as ${code}`, async () => {
      const restrictions = await restrictedImports(path, code);
      const dynamicRestrictions = await restrictedImports(path, dynamic);
      assert.equal(
        dynamicRestrictions.length,
        restrictions.length,
        JSON.stringify(dynamicRestrictions),
      );
      for (const [i, message] of dynamicRestrictions.entries()) {
        assert.ok(message.endsWith(restrictions[i].replace(/^.*? by a pattern\. /, '')), message);
      }
    });
  }
});
