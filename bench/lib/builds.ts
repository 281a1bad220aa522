// Other builds of the core, loaded side by side in one process: a git revision's src/core (or the
// working tree's) bundled with esbuild into .cache/bench/builds/. Used by bench/ab.ts (timings) and
// bench/diff.ts (node-for-node comparison of outlines).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { SpeechModel } from '../../src/core';
import { repoRoot } from './paths';

/** What a build of the core offers that these scripts use. */
export interface CoreBuild {
  /** The name it was asked for ('ad7e9ce', 'main', 'HEAD', 'worktree'). */
  readonly name: string;
  readonly parseSpeech: (text: string) => SpeechModel;
  readonly updateSpeech: (previous: SpeechModel, text: string) => SpeechModel;
}

const buildsDir = join(repoRoot, '.cache', 'bench', 'builds');

function bundle(entry: string, outfile: string): void {
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning' });
}

/**
 * The core of `revision` (a commit, branch or tag; `worktree` for the files as they are now),
 * bundled on first use (a commit's bundle is kept: its content cannot change).
 */
export function loadCore(revision: string): CoreBuild {
  mkdirSync(buildsDir, { recursive: true });
  let outfile: string;
  if (revision === 'worktree') {
    outfile = join(buildsDir, `worktree-${process.pid}.js`);
    bundle(join(repoRoot, 'src', 'core', 'index.ts'), outfile);
  } else {
    const commit = execFileSync('git', ['rev-parse', '--short=12', `${revision}^{commit}`], { cwd: repoRoot, encoding: 'utf8' }).trim();
    outfile = join(buildsDir, `${commit}.js`);
    if (!existsSync(outfile)) {
      const tree = join(buildsDir, commit);
      rmSync(tree, { recursive: true, force: true });
      mkdirSync(tree, { recursive: true });
      execFileSync('sh', ['-c', `git archive ${commit} src/core | tar -x -C "${tree}"`], { cwd: repoRoot });
      bundle(join(tree, 'src', 'core', 'index.ts'), outfile);
      rmSync(tree, { recursive: true, force: true });
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require(outfile) as Omit<CoreBuild, 'name'>;
  if (revision === 'worktree') {
    rmSync(outfile, { force: true });
  }
  return { name: revision, parseSpeech: core.parseSpeech, updateSpeech: core.updateSpeech };
}
