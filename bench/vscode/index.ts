// Entry point the extension host calls for the in-VS Code benchmark (the --extensionTestsPath
// run() contract): the integration suites' runner, which runs the *.test.js bundled next to this
// file (out/bench/vscode/) and reports to SPEECH_OUTLINE_TEST_REPORT for the harness.
export { run } from '../../test/integration/index';
