// The CLI against the Outline view, in the Node extension host (it runs dist/cli.js).

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, flatten, REPORT, sample, SPEECH, symbolsOf } from '../shared/workbench';

interface CliNode { name: string; line: number; children: CliNode[] }

function flattenCli(nodes: CliNode[], depth = 0, out: string[] = []): string[] {
  for (const node of nodes) {
    out.push(`${depth}|${node.name}|${node.line}`);
    flattenCli(node.children, depth + 1, out);
  }
  return out;
}

suite('speech-outline command', () => {
  test('the CLI prints the same outline the Outline view shows', async () => {
    const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
    for (const name of [SPEECH, REPORT]) {
      const json = JSON.parse(execFileSync(process.execPath, [cli, '--json', sample(name).fsPath], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } })) as { file: string; outline: CliNode[] }[];
      assert.equal(json.length, 1);
      assert.equal(json[0].file, sample(name).fsPath);
      assert.deepEqual(flattenCli(json[0].outline), flatten(await symbolsOf(sample(name)), true), name);
    }
  });
});
