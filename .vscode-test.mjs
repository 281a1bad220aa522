// @vscode/test-cli configuration, for machines that can download VS Code from Microsoft's update
// server: `npm run test:vscode` (builds the test bundles, then runs `vscode-test`).
// Where only npm and Debian's packages are reachable, `npm run test:integration` runs the same
// suites inside code-server instead (scripts/run-integration.mjs).
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'integration',
  files: 'out/test/integration/**/*.test.js',
  version: '1.100.3',
  workspaceFolder: './samples',
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  mocha: {
    ui: 'tdd',
    timeout: 30_000,
  },
});
