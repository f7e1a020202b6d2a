// @ts-check
// Lint rules for the whole workspace. Beyond style, they enforce the architecture:
// app → plugins → sdk → halo → core, one way, and no deep imports into a library.
const eslint = require('@eslint/js');
const tseslint = require('typescript-eslint');
const angular = require('angular-eslint');
const jsdoc = require('eslint-plugin-jsdoc');
const prettier = require('eslint-config-prettier');
const globals = require('globals');

const LIBRARIES = ['core', 'halo', 'sdk', 'matchers', 'log-actions'];

/** Imports that reach into another project's files instead of its public entry point. */
const deepImports = [
  {
    group: ['@halo-outlook/*/*', '!@halo-outlook/sdk/testing'],
    message:
      'Import a library through its public entry point (@halo-outlook/<name>), never its files.',
  },
  {
    regex:
      '^(\\.\\./)+(projects/)?(core|halo|sdk|matchers|log-actions|addin|workbench|halo-simulator|plugin-[\\w-]+)/(src|testing)(/|$)',
    message: 'Do not import another project by a relative path: use its package name.',
  },
];

/** Builds the import restriction for a project that may not use the packages named. */
function mayNotImport(forbidden, why, base = deepImports) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...base,
          ...forbidden.map((name) => ({ group: [name, `${name}/*`], message: why })),
        ],
      },
    ],
  };
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
      'no-restricted-imports': ['error', { patterns: deepImports }],
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
    rules: mayNotImport(['@halo-outlook/*'], 'core depends on nothing of ours.'),
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
      ['@halo-outlook/matchers', '@halo-outlook/log-actions', '@halo-outlook/plugin-*'],
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
        '@halo-outlook/halo',
        '@halo-outlook/matchers',
        '@halo-outlook/log-actions',
        '@halo-outlook/plugin-*',
      ],
      'plugins are written only against @halo-outlook/sdk: if a plugin needs more, the sdk grows.',
    ),
  },
  {
    files: ['projects/workbench/**/*.ts'],
    rules: mayNotImport(
      [
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
