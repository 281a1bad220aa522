// Where things are. The bench modules run bundled as out/bench/*.js, so the repository is two
// folders up from the running script.

import { join, resolve } from 'node:path';

/** The repository root (the folder holding package.json). */
export const repoRoot = resolve(__dirname, '..', '..');

/** The benchmark's own package (its dependencies live in bench/node_modules). */
export const benchDir = join(repoRoot, 'bench');

/** Where results go (git-ignored). */
export const resultsDir = join(benchDir, 'results');
