// The package: the production bundle dist/extension.js and the .vsix, both made by
// scripts/package.mjs (vsce runs `vscode:prepublish`, i.e. node esbuild.mjs --production).

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from './paths';

/** Sizes of the shipped files, in bytes. */
export interface PackageResult {
  readonly extensionJs: number;
  readonly extensionJsGzip: number;
  readonly vsix: number;
  readonly vsixPath: string;
  /** True when packaging ran now; false when an earlier .vsix was measured (packaging failed). */
  readonly fresh: boolean;
  readonly error?: string;
}

function vsixPath(): string {
  const { name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  return join(repoRoot, `${name}-${version}.vsix`);
}

/** Packages the extension (output kept quiet unless it fails) and measures the results. */
export function measurePackage(): PackageResult {
  // The bench reports the size against its own budget; package.mjs's should not stop it.
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'package.mjs'), '--budget-kb', '1000000'], { cwd: repoRoot, encoding: 'utf8' });
  const error = result.status === 0 ? undefined : `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n') || `exit code ${result.status}`;
  const extension = join(repoRoot, 'dist', 'extension.js');
  const vsix = vsixPath();
  if (!existsSync(extension) || !existsSync(vsix)) {
    throw new Error(`packaging did not produce dist/extension.js and ${vsix}:\n${error ?? ''}`);
  }
  return {
    extensionJs: statSync(extension).size,
    extensionJsGzip: gzipSync(readFileSync(extension)).length,
    vsix: statSync(vsix).size,
    vsixPath: vsix,
    fresh: error === undefined,
    ...(error === undefined ? {} : { error }),
  };
}
