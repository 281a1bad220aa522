// The floor of the command-line benchmark: a node process that reads every file named (a
// directory: its files, recursively), decodes it from UTF-8 and splits it into lines — what any
// line-based tool pays — and prints the line count. Started exactly like the CLI.
//
// With --pass it is the benchmark's reference for a scanner written in JavaScript: after the
// floor's work, one loop looks at every character once (one table lookup, as the parser's scan
// for sentence ends does) and prints how many marks it saw. That is the least a hand-written
// scanner does; in a cold process V8 first interprets the loop, which is what the parser pays on
// a larger scale.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LINE_BREAKS = /\r\n|\r|\n/;
const pass = process.argv.includes('--pass');

/** Sentence ends and clause marks (。；！？：，). */
const MARKS = new Uint8Array(0x10000);
for (const mark of '。；！？：，') MARKS[mark.charCodeAt(0)] = 1;

function marksIn(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    count += MARKS[text.charCodeAt(i)];
  }
  return count;
}

function lines(path: string): number {
  if (statSync(path).isDirectory()) {
    let total = 0;
    for (const name of readdirSync(path).sort()) total += lines(join(path, name));
    return total;
  }
  const text = readFileSync(path).toString('utf8');
  return text.split(LINE_BREAKS).length + (pass ? marksIn(text) : 0);
}

let total = 0;
for (const arg of process.argv.slice(2)) if (arg !== '--pass') total += lines(arg);
process.stdout.write(`${total}\n`);
