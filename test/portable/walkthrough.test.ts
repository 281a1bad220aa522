// The Get Started walkthrough as VS Code reads it from the manifest: every step's media file is in
// the extension, and every command: link in its Markdown names a command that exists once the
// extension is active. Portable: Node and web worker hosts (the files are read through workspace.fs).

import * as vscode from 'vscode';
import { EXTENSION_ID } from '../shared/workbench';
import * as assert from './assert';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
}

/** The command ids of a Markdown text's `command:` links (arguments after `?` dropped). */
const commandLinks = (markdown: string): string[] => [...markdown.matchAll(/\(command:([\w.-]+)/g)].map((match) => match[1]);

suite('walkthrough', () => {
  test('Get started: each step links only to commands that exist, and its Markdown ships with the extension', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await extension.activate();
    const walkthroughs = (extension.packageJSON as { contributes: { walkthroughs?: { id: string; steps: Step[] }[] } }).contributes.walkthroughs;
    assert.ok(walkthroughs?.length === 1, 'one walkthrough contributed');
    const steps = walkthroughs[0].steps;
    assert.deepEqual(
      steps.map((step) => step.id),
      ['open', 'structure', 'snippets', 'renumber', 'cleanup', 'word'],
    );
    const commands = new Set(await vscode.commands.getCommands(true));
    const linked = new Set<string>();
    for (const step of steps) {
      assert.ok(step.media.markdown, `${step.id}: Markdown media`);
      const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, step.media.markdown)));
      const links = commandLinks(markdown);
      assert.ok(links.length > 0, `${step.id}: ${step.media.markdown} links to a command`);
      for (const command of links) {
        assert.ok(commands.has(command), `${step.id}: ${step.media.markdown} links to ${command}, which is not a command`);
        linked.add(command);
      }
    }
    for (const command of ['speechOutline.newFromTemplate', 'speechOutline.renumber', 'speechOutline.cleanUpText', 'speechOutline.exportWord', 'speechOutline.structure.focus']) {
      assert.ok(linked.has(command), `the walkthrough links to ${command}`);
    }
    assert.ok(!commands.has('speechOutline.noSuchCommand'), 'getCommands lists real commands only');
  });
});
