// Drafts saved in GBK / GB18030: the core's decoder and the command line reading such a file.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { decodeGb18030 } from '../../src/core';

/** 一、统一思想 / 　　一要抓坚持。 / 二、突出重点, each line ending in LF, as GBK bytes (GBK is a subset of GB18030). */
const GBK_DRAFT = Buffer.from('d2bba1a2cdb3d2bbcbbccfeb0aa1a1a1a1d2bbd2aad7a5bce1b3d6a1a30ab6fea1a2cdbbb3f6d6d8b5e30a', 'hex');
const TEXT = '一、统一思想\n　　一要抓坚持。\n二、突出重点\n';

describe('decodeGb18030', () => {
  test('reads a GBK draft', () => {
    assert.equal(decodeGb18030(GBK_DRAFT), TEXT);
  });

  test('reads a four-byte GB18030 sequence (U+20000, outside GBK) after Chinese text', () => {
    assert.equal(decodeGb18030(Buffer.concat([GBK_DRAFT, Buffer.from('95328236', 'hex')])), `${TEXT}\u{20000}`);
  });

  test('refuses bytes that are not GB18030 (0xFF) and text that is not Chinese', () => {
    assert.equal(decodeGb18030(Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xff])), undefined);
    assert.equal(decodeGb18030(Buffer.from('plain ASCII\n')), undefined);
    assert.equal(decodeGb18030(Buffer.concat([GBK_DRAFT, Buffer.from([0x01])])), undefined);
  });
});

describe('speech-outline on a GB18030 file', () => {
  const root = resolve(__dirname, '../../..');
  const file = join(mkdtempSync(join(tmpdir(), 'speech-outline-gb-')), 'gbk.speech');
  writeFileSync(file, GBK_DRAFT);
  const run = (args: string[]): { status: number | null; stdout: string; stderr: string } => {
    const result = spawnSync(process.execPath, [join(root, 'out', 'test', 'cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  test('prints the outline (in UTF-8) with a note on stderr, instead of "not valid UTF-8"', () => {
    const { status, stdout, stderr } = run([file]);
    assert.equal(status, 0);
    assert.equal(stdout, '1  一、统一思想\n2    一要抓坚持\n3  二、突出重点\n');
    // A note says how the file was read.
    assert.match(stderr, /gbk\.speech: read as GB18030 \(not UTF-8\)/);
  });

  test('--check and --renumber read it too', () => {
    assert.equal(run(['--check', file]).status, 0);
    assert.equal(run(['--renumber', file]).stdout, TEXT);
  });
});
