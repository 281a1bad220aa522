// Everything a user reads exists in Chinese too: the manifest's %keys% (package.nls.json and
// package.nls.zh-cn.json), and every runtime string written with vscode.l10n.t or message() (the
// l10n bundle), in the extension, the core and the CLI alike. Fails naming the string that lacks
// its Chinese.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { formatMessage, isChineseLocale, joinSentences, message } from '../../src/core';

const root = resolve(__dirname, '../../..');
const json = (name: string): Record<string, string> => JSON.parse(readFileSync(join(root, name), 'utf8')) as Record<string, string>;
const HAN = /[\u4e00-\u9fff]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The first string literal argument of every call to `callee` in a source ('…', "…" or `…` without ${}). */
function literalsOf(source: string, callee: RegExp): string[] {
  const out: string[] = [];
  const pattern = new RegExp(`${callee.source}\\(\\s*('(?:[^'\\\\]|\\\\.)*'|"(?:[^"\\\\]|\\\\.)*"|\`(?:[^\`\\\\$]|\\\\.)*\`)`, 'g');
  for (const match of source.matchAll(pattern)) {
    out.push(Function(`return ${match[1]}`)() as string);
  }
  return out;
}

describe('every string a user reads has its Chinese', () => {
  test('manifest: every %key% of package.json is in both nls files, and the Chinese one is Chinese', () => {
    const manifest = readFileSync(join(root, 'package.json'), 'utf8');
    const keys = [...new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]))];
    const english = json('package.nls.json');
    const chinese = json('package.nls.zh-cn.json');
    assert.ok(keys.length > 10);
    for (const key of keys) {
      assert.ok(key in english, `package.nls.json lacks ${key}`);
      assert.ok(key in chinese, `package.nls.zh-cn.json lacks ${key}`);
      assert.match(chinese[key], HAN, `package.nls.zh-cn.json: ${key} is not Chinese`);
    }
    assert.deepEqual(Object.keys(chinese).filter((key) => !(key in english)), [], 'Chinese keys without English');
  });

  test('runtime: every vscode.l10n.t and message() string is in the l10n bundle', () => {
    const bundle = json('l10n/bundle.l10n.zh-cn.json');
    const missing: string[] = [];
    let seen = 0;
    // messages.ts defines message() (its doc comment has an example).
    for (const file of sources(join(root, 'src')).filter((path) => !path.endsWith(join('core', 'messages.ts')))) {
      const source = readFileSync(file, 'utf8');
      for (const text of [...literalsOf(source, /l10n\.t/), ...literalsOf(source, /\bmessage/)]) {
        seen++;
        // A string with no English word in it (a separator such as ', ') needs an entry, not 汉字.
        if (!(text in bundle) || (/[A-Za-z]{2}/.test(text) && !HAN.test(bundle[text]))) missing.push(`${file.slice(root.length + 1)}: ${text}`);
      }
    }
    assert.ok(seen > 150, `${seen} strings found`);
    assert.deepEqual(missing, []);
  });

  test('one path: no string in two languages at once, no second locale check', () => {
    for (const file of sources(join(root, 'src'))) {
      const source = readFileSync(file, 'utf8');
      // A { en, zh } pair or a msg(English, 中文) call would keep its Chinese out of the bundle.
      assert.doesNotMatch(source, /\bzh: ['"`]|\bmsg\(/, file);
      // The locale is asked in one place (core/messages.ts isChineseLocale); VS Code picks the bundle itself.
      if (!file.endsWith(join('core', 'messages.ts'))) assert.doesNotMatch(source, /env\.language|startsWith\('zh'\)/, file);
    }
  });
});

describe('rendering messages', () => {
  test('formatMessage fills placeholders, in Chinese with the bundle; English when the bundle lacks the text', () => {
    const bundle = json('l10n/bundle.l10n.zh-cn.json');
    assert.equal(formatMessage(message('{0} file', 3)), '3 file');
    assert.equal(formatMessage(message('{0} files', 3), bundle), '3 个文件');
    assert.equal(formatMessage(message('not in any bundle {0}', 'x'), bundle), 'not in any bundle x');
  });

  test('joinSentences: a space after an English sentence, none after a Chinese one', () => {
    assert.equal(joinSentences(['Renumbered 3 markers.', 'Left for you: 1.']), 'Renumbered 3 markers. Left for you: 1.');
    assert.equal(joinSentences(['已重新编号。', '还需您处理。']), '已重新编号。还需您处理。');
    assert.equal(joinSentences(['他说“好！”', '接着讲']), '他说“好！”接着讲');
    assert.equal(joinSentences(['（见问题面板）', '然后']), '（见问题面板）然后');
    assert.equal(joinSentences(['Done (see Problems)', 'next']), 'Done (see Problems) next');
  });

  test('the one locale check', () => {
    for (const locale of ['zh', 'zh-cn', 'zh-Hans', 'zh_CN.UTF-8', 'ZH-TW']) assert.ok(isChineseLocale(locale), locale);
    for (const locale of ['', 'en', 'en_US.UTF-8', 'C', 'zu', undefined]) assert.ok(!isChineseLocale(locale), String(locale));
  });
});
