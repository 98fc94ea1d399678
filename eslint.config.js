import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

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
    files: ['server/src/features/**/*.repository.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/http/**', 'fastify'] }],
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
      'no-restricted-imports': ['error', { patterns: ['fastify', '**/http/**'] }],
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
