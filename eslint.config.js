import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';
import { URL } from 'node:url';

/**
 * The layers (docs/architecture.md), top to bottom. A folder imports only
 * its own layer's folders and the layers below it:
 *   app                                  src/app, src/main.tsx
 *   features, each only itself           src/features/<name>
 *   components, fields                   shared UI (fields never import db)
 *   saving                               the save queue, journal, indicator
 *   db                                   the only code that touches IndexedDB
 *   checklist, i18n, lib                 the definition, wording, helpers
 */
const below = {
  components: ['app', 'features'],
  fields: ['app', 'features', 'db'],
  saving: ['app', 'features', 'components', 'fields'],
  db: ['app', 'features', 'components', 'fields', 'saving'],
  checklist: ['app', 'features', 'components', 'fields', 'saving', 'db'],
  i18n: ['app', 'features', 'components', 'fields', 'saving', 'db'],
  lib: ['app', 'features', 'components', 'fields', 'saving', 'db'],
};
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Only src/db talks to IndexedDB. Every block repeats it: a later block's options replace an earlier one's. */
const dexie = {
  paths: [
    { name: 'dexie', message: 'Use the functions in src/db/ instead.' },
    { name: 'dexie-react-hooks', message: 'Use the hooks in src/db/hooks.ts instead.' },
  ],
  patterns: [{ group: ['@/db/db', '**/db/db'], message: 'Import from @/db/incidents, @/db/save or @/db/hooks, not the Dexie instance.' }],
};

function restrict(files, { forbidden = [], relative = ['../*'], allowDexie = false, ignores } = {}) {
  const patterns = [
    ...(allowDexie ? [] : dexie.patterns),
    ...forbidden.map(({ group, message }) => ({ group, message })),
    ...(relative.length ? [{ group: relative, message: 'Import another folder through @/ (its layer is checked).' }] : []),
  ];
  return {
    files,
    ...(ignores ? { ignores } : {}),
    rules: { 'no-restricted-imports': ['error', { paths: allowDexie ? [] : dexie.paths, patterns }] },
  };
}

const layer = (name) => ({
  group: [`@/${name}`, `@/${name}/**`],
  message: `This layer may not import src/${name} (see docs/architecture.md).`,
});

function layerRules() {
  return [
    restrict(['src/**/*.{ts,tsx}'], { ignores: ['src/db/**'] }),
    ...Object.entries(below).map(([folder, banned]) =>
      restrict([`src/${folder}/**/*.{ts,tsx}`], { forbidden: banned.map(layer), allowDexie: folder === 'db' }),
    ),
    ...features.flatMap((name) => {
      const otherFeatures = {
        group: ['@/features/**', `!@/features/${name}/**`],
        message: 'A feature imports only itself and the shared layers; the app composes two features.',
      };
      const forbidden = [layer('app'), otherFeatures];
      return [
        restrict([`src/features/${name}/*.{ts,tsx}`], { forbidden }),
        // A sub-folder reaches its feature's files with ../, no further.
        restrict([`src/features/${name}/*/**/*.{ts,tsx}`], { forbidden, relative: ['../../*'] }),
      ];
    }),
  ];
}

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'coverage', 'test-results', 'screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      'jsx-a11y/no-autofocus': 'off',
      'react-hooks/refs': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerRules(),
  {
    files: ['scripts/**/*.{js,mjs}', 'tests/e2e/**/*.{js,mjs}', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
