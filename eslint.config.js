import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Imports of shared helpers from another feature's folder (issue 11 item 6). */
const SHARED_HELPERS = [
  {
    group: ['../*/stats', '../*/stats.js', '**/features/*/stats', '**/features/*/stats.js'],
    message: 'Statistics live in server/src/lib/stats/ (figures.ts, …): import them from there.',
  },
  {
    // another feature's module: ../<feature>/…
    regex: '^\\.\\./[^./][^/]*/',
    importNames: ['unitTree', 'orgTree', 'subtree', 'siteOf'],
    message: 'The org tree lives in server/src/access/org-tree.ts: import it from there.',
  },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'coverage/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      curly: ['error', 'multi-line'],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Forms are filled once from fetched data in an effect; that is the intended use here.
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    files: ['web/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/features/**', '**/pages/**'] }],
    },
  },
  {
    files: ['contract/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/server/**', '**/web/**'] }],
    },
  },
  {
    // Shared helpers have homes of their own (issue 11 item 6): statistics in server/src/lib/stats/,
    // the org tree in server/src/access/org-tree.ts. A feature does not reach into another
    // feature's folder for them. (Repeated in the two blocks below, which replace this rule.)
    files: ['server/src/features/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: SHARED_HELPERS }],
    },
  },
  {
    files: ['server/src/features/**/*.repository.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/http/**', 'fastify'] }, ...SHARED_HELPERS] },
      ],
    },
  },
  {
    // Who sees what is decided in one place: access.scope()/teamScope()/reportsScope() give a
    // Scope, and inScope() (server/src/access/scope.ts) turns it into SQL. No feature walks the
    // reporting line itself or fetches id lists to scope a list.
    files: ['server/src/features/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TemplateElement[value.raw=/recursive[\\s\\S]*manager_id/i]',
          message:
            'Scope lists with access.scope() and inScope() (server/src/access/scope.ts), not a query of your own.',
        },
        {
          selector: 'Identifier[name=/^(reportIdsQuery|scopeIds|teamFilter|PeopleScope|PeopleFilter)$/]',
          message: 'Scope lists with access.scope() and inScope() (server/src/access/scope.ts).',
        },
        {
          selector: "Property[key.name='limit'][value.value>=1000] ~ Property[key.name='offset']",
          message: 'Do not list people with a large limit to scope another list: use inScope().',
        },
      ],
    },
  },
  {
    files: ['server/src/features/**/*.service.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['fastify', '**/http/**'] }, ...SHARED_HELPERS] },
      ],
    },
  },
  {
    // Services do not query (issue 11 item 2): Kysely calls live in the feature's repository and
    // the service calls it with db or its transaction. In flat config this rule replaces the one
    // of the block above for these files, so the scope selectors are repeated here.
    // The import pipeline's steps (imports.validation.ts, .commit.ts, .matching.ts, .view.ts) are
    // services too.
    files: [
      'server/src/features/**/*.service.ts',
      'server/src/features/imports/imports.{validation,commit,matching,view,states}.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TemplateElement[value.raw=/recursive[\\s\\S]*manager_id/i]',
          message:
            'Scope lists with access.scope() and inScope() (server/src/access/scope.ts), not a query of your own.',
        },
        {
          selector: 'Identifier[name=/^(reportIdsQuery|scopeIds|teamFilter|PeopleScope|PeopleFilter)$/]',
          message: 'Scope lists with access.scope() and inScope() (server/src/access/scope.ts).',
        },
        {
          selector: "Property[key.name='limit'][value.value>=1000] ~ Property[key.name='offset']",
          message: 'Do not list people with a large limit to scope another list: use inScope().',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|selectNoFrom)$/]',
          message: "Services do not query: put it in the feature's repository",
        },
        {
          selector: "TaggedTemplateExpression[tag.name='sql']",
          message: "Services do not query: put it in the feature's repository",
        },
      ],
    },
  },
  {
    // Rules stated once (issue 11 item 3): who may do what with a record is decided by the server's
    // policy modules (server/src/features/*/*.policy.ts) and arrives as the record's `abilities`;
    // who may open a page is web/src/page-access.ts. Components neither look at roles nor compare
    // the signed-in person with a record's person to decide what to offer.
    files: ['web/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ImportDeclaration[source.value='@frontline/contract'] > ImportSpecifier[imported.name=/^(seesEveryone|permissionsOf|ROLE_PERMISSIONS|SCOPE_ALL_ROLES|ROLES_ONLY_ADMIN_GRANTS)$/]",
          message:
            "No role rules in the web: read the record's `abilities` (or Me.seesEveryone, or a permission with can()).",
        },
        {
          selector: "MemberExpression[object.name='me'][property.name='roles']",
          message:
            "No role checks in the web: read the record's `abilities` (or Me.seesEveryone, or a permission with can()).",
        },
        {
          selector:
            "CallExpression[callee.property.name='includes'][arguments.0.value=/^(staff|supervisor|manager|assessor|hr_admin|admin)$/]",
          message: "No role checks in the web: read the record's `abilities`.",
        },
        {
          selector:
            "BinaryExpression[operator=/^[!=]==?$/] MemberExpression[object.name='me'][property.name='personId']",
          message:
            "Whether a record is the user's own is for the server's policy: read the record's `abilities`.",
        },
      ],
    },
  },
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        fetch: 'readonly',
      },
    },
  },
);
