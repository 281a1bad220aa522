// Parts of the CLI in-process: the argument parser's rules for modes, their options and values,
// the text decoding chain (fallback decoders, BOM, notes), and the V8 tuning chosen per V8 version.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { parseArgs } from '../../src/cli/args';
import { decodeText } from '../../src/cli/formats';
import { utf8, type Decoder } from '../../src/cli/decoders';
import { message } from '../../src/cli/messages';
import type { Mode } from '../../src/cli/mode';
import { tuningFlags } from '../../src/cli/v8Flags';

const outline: Mode = { kind: 'report', flag: undefined, usage: '', help: message(''), report: () => ({}) };
const check: Mode = { kind: 'report', flag: '--check', usage: '', help: message(''), report: () => ({}) };
const fix: Mode = { kind: 'transform', flag: '--fix', usage: '', help: message(''), done: message(''), wouldDo: message(''), nothing: message(''), transform: (draft) => ({ text: draft.text, edits: 0 }), options: [{ flag: '--style', help: message('') }] };
const exportMode: Mode = {
  kind: 'report', flag: '--export', usage: '', help: message(''), report: () => ({}),
  flagValue: { placeholder: 'OUT.docx', accepts: (arg) => arg.endsWith('.docx') },
  options: [{ flag: '--rate', value: 'N', help: message('') }],
  validate: (options, language) => (options.has('--rate') && !(Number(options.get('--rate')) > 0) ? (language === 'zh' ? '语速无效' : 'bad rate') : undefined),
};
const named: Mode = { kind: 'report', flag: '--name', usage: '', help: message(''), report: () => ({}), flagValue: { placeholder: 'NAME' } };
const MODES = [outline, check, fix, exportMode, named];

function parse(...argv: string[]) {
  return parseArgs(argv, MODES, 'en');
}

describe('parseArgs', () => {
  test('files, the default mode, shared flags, - and --', () => {
    const args = parse('a.speech', '--json', '-', '--', '--not-a-flag.speech');
    assert.ok(!('error' in args));
    assert.equal(args.mode, outline);
    assert.equal(args.json, true);
    assert.deepEqual(args.files, ['a.speech', '-', '--not-a-flag.speech']);
  });

  test('one mode at a time; a mode option only with its mode; --write only for transforms', () => {
    assert.deepEqual(parse('--check', '--fix', 'a'), { error: '--check and --fix go separately (see --help)' });
    assert.deepEqual(parse('--style', 'a'), { error: 'option --style does not go with the outline (no mode flag) (see --help)' });
    assert.deepEqual(parse('--check', '--write', 'a'), { error: 'option --write does not go with --check (see --help)' });
    const fixed = parse('--fix', '--style', '--write', 'a');
    assert.ok(!('error' in fixed) && fixed.mode === fix && fixed.write && fixed.options.get('--style') === true);
    assert.deepEqual(parse('--fix', '--write', '--dry-run', 'a'), { error: '--write and --dry-run go separately' });
    assert.deepEqual(parse('--bogus'), { error: 'unknown option --bogus (see --help)' });
  });

  test('a mode flag with a value: --flag=VALUE, or the next argument when the mode accepts it', () => {
    const given = parse('--export', 'out.docx', 'a.speech');
    assert.ok(!('error' in given));
    assert.equal(given.options.get('--export'), 'out.docx');
    assert.deepEqual(given.files, ['a.speech']);
    const left = parse('--export', 'a.speech');
    assert.ok(!('error' in left));
    assert.equal(left.options.has('--export'), false);
    assert.deepEqual(left.files, ['a.speech']);
    const equals = parse('--export=x.docx', 'a.speech');
    assert.ok(!('error' in equals) && equals.options.get('--export') === 'x.docx');
    const required = parse('--name', 'n', 'a');
    assert.ok(!('error' in required) && required.options.get('--name') === 'n' && required.files.length === 1);
    assert.deepEqual(parse('--name'), { error: 'option --name needs a value (see --help)' });
  });

  test('option values and the mode\'s own validation (bad usage, before any file is read)', () => {
    const rate = parse('--export', '--rate', '180', 'a');
    assert.ok(!('error' in rate) && rate.options.get('--rate') === '180');
    assert.ok(!('error' in parse('--export', '--rate=180', 'a')));
    assert.deepEqual(parse('--export', '--rate', 'fast', 'a'), { error: 'bad rate' });
    assert.deepEqual(parseArgs(['--export', '--rate', 'fast', 'a'], MODES, 'zh'), { error: '语速无效' });
    assert.deepEqual(parse('--export', '--rate'), { error: 'option --rate needs a value (see --help)' });
    // --help always works.
    assert.ok(!('error' in parse('--export', '--rate', 'fast', '--help')));
  });
});

describe('decodeText', () => {
  /** A stand-in second encoding: Latin-1 (every byte is a character), so any bytes decode. */
  const latin1: Decoder = { name: 'Latin-1', decode: (bytes) => Buffer.from(bytes).toString('latin1') };

  test('UTF-8 first, BOM kept apart and restored when encoding back', () => {
    const decoded = decodeText(Buffer.from('\ufeff一、甲\r\n', 'utf8'));
    assert.ok(!('error' in decoded));
    assert.equal(decoded.text, '一、甲\r\n');
    assert.equal(decoded.bom, true);
    assert.equal(decoded.encoding, 'UTF-8');
    assert.equal(decoded.note, undefined);
    assert.deepEqual(Buffer.from(decoded.encode!('二、乙\r\n')), Buffer.from('\ufeff二、乙\r\n', 'utf8'));
  });

  test('a text with a replacement character that is really there stays UTF-8', () => {
    const decoded = decodeText(Buffer.from('一、甲\ufffd\n', 'utf8'));
    assert.ok(!('error' in decoded) && decoded.text === '一、甲\ufffd\n');
  });

  test('invalid UTF-8 falls to the next decoder, with a note, and is not written back without an encoder', () => {
    const bytes = Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0x0a]);
    assert.deepEqual(decodeText(bytes, [utf8]), { error: message('not valid {0} text'), args: ['UTF-8'] });
    const decoded = decodeText(bytes, [utf8, latin1]);
    assert.ok(!('error' in decoded));
    assert.equal(decoded.encoding, 'Latin-1');
    assert.equal(decoded.encode, undefined);
    assert.deepEqual(decoded.note?.args, ['Latin-1', 'UTF-8']);
    assert.deepEqual(decodeText(Buffer.from([0xff, 0xfe]), [utf8]), { error: message('not valid {0} text'), args: ['UTF-8'] });
  });

  test('NUL bytes: binary, whatever the decoders', () => {
    assert.deepEqual(decodeText(Buffer.from([0x41, 0, 0x42]), [utf8, latin1]), { error: message('binary content, not a text draft') });
  });
});

describe('tuningFlags', () => {
  test('the measured flags on V8 11 (Node 20) and older; none on V8 12 and newer, which dropped --interrupt-budget', () => {
    assert.match(tuningFlags('11.3.244.8-node.38'), /^--interrupt-budget=\d+ --semi-space-growth-factor=\d+$/);
    assert.match(tuningFlags('10.2.154.26-node.39'), /--interrupt-budget=/);
    assert.equal(tuningFlags('12.4.254.21-node.21'), '');
    assert.equal(tuningFlags('13.6.233.10-node.28'), '');
    assert.equal(tuningFlags('not a version'), '');
  });

  test('every flag chosen for the running node is one its V8 knows (an unknown flag prints an error on every run)', () => {
    const known = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    for (const flag of tuningFlags(process.versions.v8).split(' ').filter(Boolean)) {
      const name = flag.slice(0, flag.indexOf('='));
      assert.match(known, new RegExp(`^\\s+${name} `, 'm'), name);
    }
  });
});
