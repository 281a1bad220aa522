// The manifest as users meet it: command titles findable in the Command Palette in both
// languages whichever the UI language, and the editor defaults speech drafts get.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const root = join(__dirname, '..', '..', '..');
const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, name), 'utf8')) as Record<string, unknown>;
const manifest = read('package.json') as {
  contributes: { commands: { command: string; title: string; category?: string }[]; configurationDefaults: Record<string, Record<string, unknown>>; keybindings: { key: string; command: string; when: string }[] };
};
const english = read('package.nls.json') as Record<string, string>;
const chinese = read('package.nls.zh-cn.json') as Record<string, string>;

/** The nls key of a `%key%` manifest value. */
const key = (value: string): string => /^%(.+)%$/.exec(value)?.[1] ?? assert.fail(`${value} is not localised (%key%)`);

describe('command titles', () => {
  for (const { command, title, category } of manifest.contributes.commands) {
    test(`${command}: the English and the Chinese title each carry both names ("Renumber Sections · 重新编号")`, () => {
      for (const value of [title, ...(category ? [category] : [])]) {
        assert.match(english[key(value)], /^[A-Z].* · .*[\u4e00-\u9fff]/, `${key(value)} in package.nls.json`);
        assert.match(chinese[key(value)], /^[\u4e00-\u9fff].* · [A-Za-z]/, `${key(value)} in package.nls.zh-cn.json`);
      }
    });
  }
});

describe('speech drafts', () => {
  test('guess the encoding (GBK/GB18030 drafts open readable) and keep snippet fields free of pop-ups', () => {
    const speech = manifest.contributes.configurationDefaults['[speech]'];
    assert.equal(speech['files.autoGuessEncoding'], true);
    assert.equal(speech['editor.suggest.snippetsPreventQuickSuggestions'], true);
  });
});

describe('Enter in speech drafts', () => {
  test('is our new-line command, only in the editor of a speech draft at the end of a line of indentation only, and never over a suggestion list or a snippet', () => {
    const binding = manifest.contributes.keybindings.find((candidate) => candidate.key === 'enter');
    assert.equal(binding?.command, 'speechOutline.newLine');
    for (const clause of ['editorTextFocus', '!editorReadonly', 'editorLangId == speech', 'speechOutline.atBlankIndent', '!suggestWidgetVisible', '!inSnippetMode']) {
      assert.ok(binding.when.split(' && ').includes(clause), clause);
    }
  });
});
