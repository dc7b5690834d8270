import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import playwright from 'eslint-plugin-playwright'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The import rules of docs/architecture.md: contract → lib → features → app, and contract → server.
// Each zone forbids `target` files to import `from` files (paths resolved, so relative imports count).
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const layerZones = [
  {
    target: './src/contract',
    from: './src',
    except: ['./contract'],
    message: 'The contract is shared with the server: it imports nothing of the dashboard.',
  },
  {
    target: ['./src/lib', './src/components', './src/config'],
    from: ['./src/features', './src/app'],
    message: 'Shared code never imports a feature or the app.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'Features never import the app: the app composes features.',
  },
  // One zone per folder of src/features, so a new feature is covered without editing this file.
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'One feature never imports another: share through contract/, lib/, config/ or components/, or compose them in app/.',
  })),
  {
    target: './server',
    from: './src',
    except: ['./contract'],
    message: 'The server shares only the contract with the dashboard.',
  },
]

const srcNeverImportsServer = {
  target: './src',
  from: './server',
  message: 'The dashboard never imports the server (src/contract is what they share).',
}

const restrictedPaths = (zones) => ['error', { basePath: import.meta.dirname, zones }]

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
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': restrictedPaths([...layerZones, srcNeverImportsServer]),
      // Type-only imports are erased, so they never make a cycle at run time; the plugin skips them.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Dashboard tests run against the real reference server (STYLE.md rule 7), so they may import
    // server/test/reference-server; every other zone still holds for them.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': restrictedPaths(layerZones) },
  },
  {
    // The contract's index also pulls in the server's request validator and the OpenAPI metadata:
    // the dashboard imports the modules it uses directly, so the first load carries only those.
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
