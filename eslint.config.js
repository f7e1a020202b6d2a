// @ts-check
// Lint rules for the whole workspace. Beyond style, they enforce the architecture:
// app → plugins → sdk → halo → core, one way, and no deep imports into a library.
const eslint = require('@eslint/js');
const tseslint = require('typescript-eslint');
const angular = require('angular-eslint');
const jsdoc = require('eslint-plugin-jsdoc');
const prettier = require('eslint-config-prettier');
const globals = require('globals');

const LIBRARIES = ['core', 'entra', 'halo', 'sdk', 'matchers', 'log-actions'];

/** Imports that reach into another project's files instead of its public entry point. */
const deepImports = [
  {
    group: [
      '@halo-outlook/*/*',
      '!@halo-outlook/sdk/testing',
      '!@halo-outlook/log-actions/email',
      '!@halo-outlook/core/sign-in',
      '!@halo-outlook/core/mailbox',
      '@halo-outlook/*/*/*', // nor the files of those
    ],
    message:
      'Import a library through its public entry points (@halo-outlook/<name>, and the secondary ones @halo-outlook/sdk/testing, @halo-outlook/log-actions/email, @halo-outlook/core/sign-in and @halo-outlook/core/mailbox), never its files.',
  },
  {
    regex:
      '^(\\.\\./)+(projects/)?(core|entra|halo|sdk|matchers|log-actions|addin|workbench|halo-simulator|plugin-[\\w-]+)/(src|testing|email|sign-in|mailbox)(/|$)',
    message: 'Do not import another project by a relative path: use its package name.',
  },
];

/** MSAL stays inside @halo-outlook/entra, which the app loads lazily. */
const msalOnlyInEntra = {
  group: ['@azure/msal-*', '@azure/msal-*/*'],
  message:
    'Only @halo-outlook/entra uses MSAL (the app loads it lazily): use its EntraSession and GraphClient.',
};
deepImports.push(msalOnlyInEntra);

/** A `group` glob of no-restricted-imports as a regular expression: `*` is within one segment. */
function globToRegex(glob) {
  return glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
}

/**
 * The `no-restricted-syntax` entry refusing in `import('…')` what an import pattern refuses in
 * `import … from '…'` (no-restricted-imports does not look at import expressions). A `group` is
 * read as that rule reads it (gitignore, case-insensitive): a module named or anything beneath it,
 * except the `!` entries, named exactly.
 */
function dynamicImportRestriction({ group, regex, message }) {
  let source = regex;
  if (group) {
    const refused = group.filter((glob) => !glob.startsWith('!')).map(globToRegex);
    const kept = group
      .filter((glob) => glob.startsWith('!'))
      .map((glob) => globToRegex(glob.slice(1)));
    const except = kept.length ? `(?!(?:${kept.join('|')})$)` : '';
    source = `^${except}(?:${refused.join('|')})(?:/.*)?$`;
  }
  // esquery ends a regular expression at its first unescaped `/`.
  const literal = source.replace(/\\?\//g, '\\/');
  return {
    selector: `ImportExpression[source.value=/${literal}/i]`,
    message: `Dynamic import refused like a static one: ${message}`,
  };
}

/**
 * The rules refusing imports that match `patterns` (no-restricted-imports patterns), in import
 * declarations and, through no-restricted-syntax, in `import('…')`: generated from the same
 * patterns, so the two cannot drift.
 */
function restrictImports(patterns) {
  return {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': ['error', ...patterns.map(dynamicImportRestriction)],
  };
}

/**
 * Builds the import restriction for a project that may not use the packages named, except the
 * entry points in `allowed` (a library's own secondary entry points).
 */
function mayNotImport(forbidden, why, base = deepImports, allowed = []) {
  return restrictImports([
    ...base,
    ...forbidden.flatMap((name) => {
      const kept = allowed.filter((entry) => entry.startsWith(`${name}/`));
      if (kept.length === 0) return [{ group: [name, `${name}/*`], message: why }];
      // A pattern naming the package would match all beneath it, past any `!` exception.
      return [
        { regex: `^${name.replaceAll('.', '\\.')}$`, message: why },
        { group: [`${name}/*`, ...kept.map((entry) => `!${entry}`)], message: why },
      ];
    }),
  ]);
}

module.exports = tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.angular/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  {
    files: ['**/*.ts', '**/*.mts'],
    extends: [
      eslint.configs.recommended,
      ...tseslint.configs.strict,
      ...tseslint.configs.stylistic,
      ...angular.configs.tsRecommended,
      prettier,
    ],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'halo', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'halo', style: 'kebab-case' },
      ],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
      '@typescript-eslint/consistent-type-definitions': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      ...restrictImports(deepImports),
    },
  },
  {
    // JSDoc on every exported symbol of the libraries (the public API plugin authors read).
    files: ['projects/*/src/**/*.ts', 'projects/*/testing/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    plugins: { jsdoc },
    rules: {
      'jsdoc/require-jsdoc': [
        'error',
        {
          publicOnly: true,
          require: {
            FunctionDeclaration: true,
            ClassDeclaration: true,
            ArrowFunctionExpression: true,
          },
          contexts: [
            'TSInterfaceDeclaration',
            'TSTypeAliasDeclaration',
            'ExportNamedDeclaration > VariableDeclaration',
          ],
        },
      ],
    },
  },
  {
    files: ['projects/core/**/*.ts'],
    ignores: ['projects/core/sign-in/**', 'projects/core/mailbox/**'],
    rules: mayNotImport(['@halo-outlook/*'], 'core depends on nothing of ours.'),
  },
  {
    // core's secondary entry points build on its primary one (its ɵ exports included), and on
    // nothing else of ours.
    files: ['projects/core/sign-in/**/*.ts', 'projects/core/mailbox/**/*.ts'],
    rules: mayNotImport(
      [
        ...LIBRARIES.filter((name) => name !== 'core').map((name) => `@halo-outlook/${name}`),
        '@halo-outlook/plugin-*',
        '@halo-outlook/core/*',
      ],
      'core’s secondary entry points depend on @halo-outlook/core only.',
    ),
  },
  {
    files: ['projects/entra/**/*.ts'],
    rules: mayNotImport(
      LIBRARIES.filter((l) => l !== 'core').map((l) => `@halo-outlook/${l}`),
      'entra may import only core (app → entra → core); it holds all MSAL use.',
      deepImports.filter((pattern) => pattern !== msalOnlyInEntra),
    ),
  },
  {
    // The app loads @halo-outlook/entra only with import('@halo-outlook/entra'), so that MSAL
    // stays out of the initial bundle; its types may be imported.
    files: ['projects/addin/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@halo-outlook/entra',
              allowTypeImports: true,
              message:
                "Load @halo-outlook/entra lazily (await import('@halo-outlook/entra'), see app/entra/entra-loader.ts): a static import puts MSAL in the initial bundle.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['projects/halo/**/*.ts'],
    rules: mayNotImport(
      LIBRARIES.filter((l) => l !== 'core' && l !== 'halo').map((l) => `@halo-outlook/${l}`),
      'halo may import only core (app → plugins → sdk → halo → core).',
    ),
  },
  {
    files: ['projects/sdk/**/*.ts'],
    rules: mayNotImport(
      [
        '@halo-outlook/matchers',
        '@halo-outlook/log-actions',
        '@halo-outlook/plugin-*',
        '@halo-outlook/entra',
      ],
      'the sdk may import only core and halo (app → plugins → sdk → halo → core).',
    ),
  },
  {
    files: [
      'projects/matchers/**/*.ts',
      'projects/log-actions/**/*.ts',
      'projects/plugin-*/**/*.ts',
    ],
    rules: mayNotImport(
      [
        '@halo-outlook/core',
        '@halo-outlook/entra',
        '@halo-outlook/halo',
        '@halo-outlook/matchers',
        '@halo-outlook/log-actions',
        '@halo-outlook/plugin-*',
      ],
      'plugins are written only against @halo-outlook/sdk: if a plugin needs more, the sdk grows.',
    ),
  },
  {
    // The same, but the log actions' lazily loaded write path imports their own secondary entry
    // point (the sanitiser: kept out of the registration, which the pane loads up front).
    files: ['projects/log-actions/**/*.ts'],
    rules: mayNotImport(
      [
        '@halo-outlook/core',
        '@halo-outlook/entra',
        '@halo-outlook/halo',
        '@halo-outlook/matchers',
        '@halo-outlook/log-actions',
        '@halo-outlook/plugin-*',
      ],
      'plugins are written only against @halo-outlook/sdk: if a plugin needs more, the sdk grows.',
      deepImports,
      ['@halo-outlook/log-actions/email'],
    ),
  },
  {
    files: ['projects/workbench/**/*.ts'],
    rules: mayNotImport(
      [
        '@halo-outlook/entra',
        '@halo-outlook/halo',
        '@halo-outlook/sdk',
        '@halo-outlook/matchers',
        '@halo-outlook/log-actions',
        '@halo-outlook/plugin-*',
      ],
      'the workbench stands in for Outlook: it may import only @halo-outlook/core.',
    ),
  },
  {
    files: ['projects/workbench/server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['projects/halo-simulator/**/*.ts', 'e2e/**/*.ts', 'tools/**/*.ts', 'tools/**/*.mts'],
    languageOptions: { globals: { ...globals.node } },
    // Test tools may start the simulator through its public API file (it is not a package).
    rules: mayNotImport(
      ['@halo-outlook/*'],
      'the simulator and test tools use nothing of the app.',
      deepImports.slice(0, 1),
    ),
  },
  {
    // The Microsoft simulator too. It reuses the workbench's mailbox code and the Halo simulator
    // through its src/boundary/ files only (each says why), so relative paths into other projects
    // stay refused everywhere else in it.
    files: ['projects/microsoft-simulator/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: mayNotImport(
      ['@halo-outlook/*'],
      'the simulator and test tools use nothing of the app.',
    ),
  },
  {
    files: ['**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [eslint.configs.recommended, prettier],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
);
