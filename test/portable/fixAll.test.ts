// Fix all numbering / Renumber Sections in a real VS Code: what the command did and said, against
// what Problems shows afterwards — on the broken sample and on generated drafts. Fix-all fixes or
// explains every numbering problem it leaves; "already correct" is never said while one remains.

import * as vscode from 'vscode';
import { formatChineseNumeral, STRUCTURAL_CODES } from '../../src/core';
import type { RenumberResult } from '../../src/commands/renumber';
import { BROKEN, diagnosticsOf, extensionFile, openCopy, sample } from '../shared/workbench';
import * as assert from './assert';

/** Numbering problems in Problems as `line:code`, in document order. */
const numbering = (diagnostics: readonly vscode.Diagnostic[]): string[] => diagnostics
  .filter((diagnostic) => String(diagnostic.code).startsWith('numbering.'))
  .sort((a, b) => a.range.start.compareTo(b.range.start) || String(a.code).localeCompare(String(b.code)))
  .map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.code}`);

const leftOf = (result: RenumberResult): string[] => result.left.map((problem) => `${problem.line}:${problem.code}`).sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b));

/** Waits (bounded) until Problems shows exactly the numbering problems the result says are left. */
const problemsMatch = async (uri: vscode.Uri, result: RenumberResult): Promise<string[]> =>
  numbering(await diagnosticsOf(uri, (found) => JSON.stringify(numbering(found)) === JSON.stringify(leftOf(result))));

/** The "Fix all numbering in the document" quick fix offered on a numbering problem. */
async function fixAll(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const action = actions.find((candidate) => candidate.title === 'Fix all numbering in the document');
  assert.ok(action?.command, actions.map((candidate) => candidate.title).join(', '));
  return action;
}

const run = (action: vscode.CodeAction): Thenable<RenumberResult> => vscode.commands.executeCommand<RenumberResult>(action.command!.command, ...(action.command!.arguments ?? []));

let bundle: Record<string, string> | undefined;
/** The Chinese l10n bundle the extension ships. */
async function chineseBundle(): Promise<Record<string, string>> {
  bundle ??= JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(extensionFile('l10n', 'bundle.l10n.zh-cn.json')))) as Record<string, string>;
  return bundle;
}

/**
 * Checks what the command said (English UI) against what it did: the first sentence says what
 * changed (with the markers counted) or why nothing did; then one "Left for you" sentence per kind
 * of problem left, whose counts add up to the problems left. Every sentence is a string the
 * Chinese bundle translates.
 */
async function checkMessage(result: RenumberResult): Promise<void> {
  const sentences = result.message.split(/(?<=\.) (?=[A-Z])/);
  const translations = await chineseBundle();
  for (const sentence of sentences) {
    const key = Object.keys(translations).find((candidate) => new RegExp(`^${candidate.replace(/[.*+?^$()[\]\\|]/g, '\\$&').replace(/\{\d\}/g, '\\d+')}$`).test(sentence));
    assert.ok(key !== undefined && /[\u4e00-\u9fff]/.test(translations[key]), `no Chinese for "${sentence}"`);
  }
  const [head, ...rest] = sentences;
  if (result.changed) {
    const renumbered = /^Renumbered (\d+) markers? /.exec(`${head} `);
    assert.ok(renumbered, result.message);
    assert.equal(Number(renumbered[1]), result.markers, result.message);
  } else {
    assert.equal(head, result.left.length === 0 ? 'Numbering is already correct.' : 'Nothing to renumber.', result.message);
  }
  const explained = rest.reduce((sum, sentence) => {
    const left = /^Left for you: (\d+) /.exec(sentence);
    assert.ok(left, `not an explanation: "${sentence}"`);
    return sum + Number(left[1]);
  }, 0);
  assert.equal(explained, result.left.length, `every problem left is explained: ${result.message}`);
}

/** A small deterministic generator (mulberry32), so a failing case can be rerun by its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LABELS = ['统一思想', '突出重点', '强化落实', '夯实基础', '压实责任', '优化服务', '加强监管', '狠抓整改'];

/**
 * A draft with numbering mistakes of every kind: the numbers of each sequence with a gap, a
 * repeat, a shift after an inserted item, a swap or a wrong start; brackets or separators unlike
 * their siblings; points in the other form (一要 among 一是). The sections always have a gap, so
 * there is something to renumber.
 */
function generatedDraft(seed: number): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const ordinals = (n: number, forced?: boolean): number[] => {
    const list = Array.from({ length: n }, (_, i) => i + 1);
    const k = 1 + Math.floor(next() * Math.max(1, n - 1));
    switch (forced ? 'gap' : pick(['none', 'none', 'gap', 'repeat', 'shift', 'swap', 'start'])) {
      case 'gap': return list.map((o, i) => (i >= k ? o + 1 : o));
      case 'repeat': return list.map((o, i) => (i === k ? o - 1 : o));
      case 'shift': return list.map((o, i) => (i >= k ? o - 1 : o));
      case 'swap': return k < n ? list.map((o, i) => (i === k - 1 ? k + 1 : i === k ? k : o)) : list;
      case 'start': return list.map((o) => o + 1);
      default: return list;
    }
  };
  const lines = ['在全市重点工作推进会上的讲话', '', '同志们：', '', '　　下面，我讲几点意见。', ''];
  const sections = ordinals(2 + Math.floor(next() * 3), true);
  for (const section of sections) {
    lines.push(`${formatChineseNumeral(section)}、${pick(LABELS)}，推动工作落实`);
    if (next() < 0.5) {
      const subs = ordinals(2 + Math.floor(next() * 3));
      const odd = next() < 0.4 ? Math.floor(next() * subs.length) : -1;
      subs.forEach((sub, i) => lines.push(`${i === odd ? `(${formatChineseNumeral(sub)})` : `（${formatChineseNumeral(sub)}）`}${pick(LABELS)}。各部门要抓好落实。`));
    }
    if (next() < 0.5) {
      const items = ordinals(2 + Math.floor(next() * 3));
      const odd = next() < 0.4 ? Math.floor(next() * items.length) : -1;
      items.forEach((item, i) => lines.push(`${item}${i === odd ? '、' : '.'}${pick(LABELS)}。按季度通报进展。`));
    }
    if (next() < 0.6) {
      const family = pick(['要', '是']);
      const points = ordinals(3);
      const stray = next() < 0.5 ? 1 + Math.floor(next() * 2) : -1;
      points.forEach((point, i) => lines.push(`　　${formatChineseNumeral(point)}${i === stray ? (family === '要' ? '是' : '要') : family}${pick(LABELS)}。确保取得实效。`));
    }
    lines.push('');
  }
  lines.push('　　同志们，任务艰巨，责任重大。希望大家真抓实干，确保各项工作落到实处！', '');
  return lines.join('\n');
}

suite('Fix all numbering: what it does and says', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('on the broken sample: says what it renumbered and what it left and why; never "already correct" while a problem remains', async () => {
    const editor = await openCopy(sample(BROKEN));
    const uri = editor.document.uri;
    const before = await diagnosticsOf(uri, (found) => found.some((diagnostic) => diagnostic.code === 'numbering.gap'));
    const result = await run(await fixAll(uri, before.find((diagnostic) => diagnostic.code === 'numbering.gap')!));
    assert.deepEqual([result.changed, result.markers, result.sequences], [true, 3, 3]);
    assert.equal(result.message, 'Renumbered 3 markers in 3 sequences. '
      + 'Left for you: 1 point written in another form than its list (一要… 二是…): choose one form with its quick fix. '
      + 'Left for you: 1 marker written unlike its siblings (brackets, separator or digit width): use its quick fix, or the setting speechOutline.renumber.unifyStyle.');
    assert.deepEqual(await problemsMatch(uri, result), ['8:numbering.style', '13:numbering.family']);
    await checkMessage(result);

    // Renumber Sections again: nothing to renumber, and the same problems are left — not "already correct".
    const again = await vscode.commands.executeCommand<RenumberResult>('speechOutline.renumber');
    assert.equal(again.changed, false);
    assert.deepEqual(leftOf(again), ['8:numbering.style', '13:numbering.family']);
    assert.match(again.message, /^Nothing to renumber\. Left for you: 1 point .* Left for you: 1 marker /);
    await checkMessage(again);

    // Settle both by their quick fixes: now, and only now, it is "already correct".
    for (const code of ['numbering.family', 'numbering.style']) {
      const diagnostic = (await diagnosticsOf(uri, (found) => found.some((d) => d.code === code))).find((d) => d.code === code)!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((action) => action.isPreferred)!;
      assert.equal(await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? [])), true);
      await diagnosticsOf(uri, (found) => !found.some((d) => d.code === code));
    }
    const done = await vscode.commands.executeCommand<RenumberResult>('speechOutline.renumber');
    assert.deepEqual([done.changed, done.left.length, done.message], [false, 0, 'Numbering is already correct.']);
    assert.deepEqual(numbering(vscode.languages.getDiagnostics(uri)), []);
  });

  test('with a check turned off, its problems are neither in Problems nor in the message', async () => {
    const config = vscode.workspace.getConfiguration('speechOutline');
    await config.update('checks.style', 'off', vscode.ConfigurationTarget.Global);
    try {
      const editor = await openCopy(sample(BROKEN));
      const result = await vscode.commands.executeCommand<RenumberResult>('speechOutline.renumber');
      assert.deepEqual(leftOf(result), ['13:numbering.family']);
      assert.doesNotMatch(result.message, /siblings/);
      assert.deepEqual(await problemsMatch(editor.document.uri, result), ['13:numbering.family']);
    } finally {
      await config.update('checks.style', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  for (const seed of [1, 2, 3, 5, 8, 13, 21, 34]) {
    test(`on a generated draft (seed ${seed}): every problem left is in Problems and explained, and a second run agrees`, async () => {
      const content = generatedDraft(seed);
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'speech', content }));
      const uri = editor.document.uri;
      const before = await diagnosticsOf(uri, (found) => found.some((diagnostic) => STRUCTURAL_CODES.includes(diagnostic.code as never)));
      const result = await run(await fixAll(uri, before.find((diagnostic) => String(diagnostic.code).startsWith('numbering.'))!));
      assert.equal(result.changed, true, `${result.message}\n${content}`);
      assert.notEqual(editor.document.getText(), content);
      await problemsMatch(uri, result);
      await checkMessage(result);
      const again = await vscode.commands.executeCommand<RenumberResult>('speechOutline.renumber');
      assert.equal(again.changed, false, again.message);
      assert.deepEqual(leftOf(again), leftOf(result));
      assert.equal(again.message === 'Numbering is already correct.', numbering(vscode.languages.getDiagnostics(uri)).length === 0, again.message);
      await checkMessage(again);
    });
  }
});
