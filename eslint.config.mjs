// The core is the speech logic: it must stay free of `vscode` and of Node APIs
// so it runs in the CLI, in tests, and in the web worker extension host alike.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.cache/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode'], message: 'The core must not import vscode.' },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The core must not import Node APIs.' },
          { group: ['../*', '!./*'], message: 'The core imports only from itself.' },
        ],
      }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
