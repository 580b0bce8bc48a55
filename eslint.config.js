// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import checkFile from 'eslint-plugin-check-file';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * One flat config for the whole repo, type-aware (immich's rule set) with the import zones of
 * STYLE.md: web features stay islands; server routes never touch the database layer and
 * domain modules never import Fastify.
 */
export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'migrations/**',
      'var/**',
      '**/coverage/**',
      'web/test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['server/tsconfig.json', 'shared/tsconfig.json', 'web/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Fastify plugins are async by contract even when they await nothing.
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'import-x/no-cycle': ['error', { maxDepth: 4 }],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { '{server,web,shared}/**/!(__tests__)/': 'KEBAB_CASE' },
      ],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './server/src/routes',
              from: './server/src/db',
              message: 'Routes reach data through services (fastify.services).',
            },
            {
              target: './server/src/modules',
              from: './server/src/plugins',
              message: 'Domain modules know no HTTP.',
            },
            {
              target: './server/src/modules',
              from: './server/src/routes',
              message: 'Domain modules know no HTTP.',
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'fastify', message: 'Only plugins, routes and app.ts use Fastify.' }] },
      ],
    },
  },
  {
    files: [
      'server/src/app.ts',
      'server/src/plugins/**',
      'server/src/routes/**',
      'server/src/server.ts',
      'server/src/lib/problem.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './web/src/features/auth', from: './web/src/features', except: ['./auth'] },
            {
              target: './web/src/features/organizations',
              from: './web/src/features',
              except: ['./organizations'],
            },
            {
              target: './web/src/features/notifications',
              from: './web/src/features',
              except: ['./notifications'],
            },
            {
              target: './web/src/features/review',
              from: './web/src/features',
              except: ['./review'],
            },
            { target: './web/src/features/admin', from: './web/src/features', except: ['./admin'] },
            {
              target: './web/src/features/catalogue',
              from: './web/src/features',
              except: ['./catalogue'],
            },
            {
              target: './web/src/features/products',
              from: './web/src/features',
              except: ['./products'],
            },
            {
              target: './web/src/features/certificates',
              from: './web/src/features',
              except: ['./certificates'],
            },
            {
              target: './web/src/features/imports',
              from: './web/src/features',
              except: ['./imports'],
            },
            { target: './web/src/features', from: './web/src/app' },
            {
              target: ['./web/src/components', './web/src/lib', './web/src/utils'],
              from: ['./web/src/features', './web/src/app'],
            },
          ],
        },
      ],
    },
  },
  // Config files are plain JavaScript: lint them without type information.
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/test/**', '**/bench/**', '**/e2e/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  prettier,
);
