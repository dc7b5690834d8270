import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import playwright from 'eslint-plugin-playwright'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist',
      'data',
      'node_modules',
      'test-results',
      'playwright-report',
      'reports',
      '.stryker-tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='fetch']",
          message: 'Only src/lib/api-client.ts talks to the network.',
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  { files: ['src/**/*.{ts,tsx}'], ...jsxA11y.flatConfigs.strict },
  ...pluginQuery.configs['flat/recommended-strict'],
  {
    // The contract's index also pulls in the server's request validator (zod registers schemas as a
    // side effect, so it is never tree-shaken): the dashboard imports the modules it uses directly.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '/contract$', message: 'Import src/contract/<module> directly.' }] },
      ],
    },
  },
  {
    // Shared contract and shared UI never reach into features or the app (one-way imports).
    files: ['src/contract/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/features/**', '**/app/**'] }],
    },
  },
  {
    files: ['src/components/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**'],
              message: 'Shared code never imports features or the app.',
            },
            { regex: '/contract$', message: 'Import src/contract/<module> directly.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/lib/api-client.ts',
      // Reads the deployment's /config.json once, before the API client exists.
      'src/config/runtime-config.ts',
      'server/**',
      'e2e/**',
      'bench/**',
      'scripts/**',
      'src/**/*.test.{ts,tsx}',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  { files: ['e2e/**'], ...playwright.configs['flat/recommended'] },
)
