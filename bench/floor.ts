// The floor of the command-line benchmark: a node process that reads every file named (a
// directory: its files, recursively), decodes it from UTF-8 and splits it into lines — what any
// line-based tool pays — and prints the line count. Started exactly like the CLI.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LINE_BREAKS = /\r\n|\r|\n/;

function lines(path: string): number {
  if (statSync(path).isDirectory()) {
    let total = 0;
    for (const name of readdirSync(path).sort()) total += lines(join(path, name));
    return total;
  }
  return readFileSync(path).toString('utf8').split(LINE_BREAKS).length;
}

let total = 0;
for (const arg of process.argv.slice(2)) total += lines(arg);
process.stdout.write(`${total}\n`);
