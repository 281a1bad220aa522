// Summarises a V8 CPU profile (node --cpu-prof): self time per function, mapped back to the
// TypeScript sources through the bundle's source map when there is one.

import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  /** Zero-based. */
  readonly lineNumber: number;
  readonly columnNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  /** Microseconds between samples. */
  readonly timeDeltas: readonly number[];
}

/** Self time of one function. */
export interface FunctionTime {
  readonly name: string;
  /** Source location (file:line), mapped to TypeScript when possible. */
  readonly location: string;
  readonly selfMs: number;
  readonly percent: number;
}

const sourceMaps = new Map<string, SourceMap | undefined>();

function sourceMapOf(file: string): SourceMap | undefined {
  if (!sourceMaps.has(file)) {
    const mapFile = `${file}.map`;
    sourceMaps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined);
  }
  return sourceMaps.get(file);
}

function locate(frame: CallFrame, root: string): string {
  if (!frame.url) {
    return '(native)';
  }
  if (!frame.url.startsWith('file:')) {
    return `${frame.url}:${frame.lineNumber + 1}`;
  }
  const file = fileURLToPath(frame.url);
  const entry = sourceMapOf(file)?.findEntry(frame.lineNumber, frame.columnNumber);
  if (entry && 'originalSource' in entry && entry.originalSource) {
    const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : entry.originalSource;
    // Sources in a map are relative to the map's folder.
    const absolute = source.startsWith('/') ? source : new URL(source, `file://${file}`).pathname;
    return `${relative(root, absolute)}:${entry.originalLine + 1}`;
  }
  return `${relative(root, file)}:${frame.lineNumber + 1}`;
}

/** The functions with the most self time, highest first. */
export function topSelfTime(profilePath: string, root: string, limit = 15): { totalMs: number; functions: FunctionTime[] } {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<string, { name: string; location: string; us: number }>();
  let totalUs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const delta = profile.timeDeltas[i] ?? 0;
    if (!node) {
      continue;
    }
    totalUs += delta;
    const frame = node.callFrame;
    const name = frame.functionName || (frame.url ? '(anonymous)' : frame.functionName);
    // Native entries ((garbage collector), (program)…) have no URL: one line each.
    const key = frame.url ? `${name}@${frame.url}:${frame.lineNumber}:${frame.columnNumber}` : name;
    const entry = selfUs.get(key) ?? { name: name || '(program)', location: locate(frame, root), us: 0 };
    entry.us += delta;
    selfUs.set(key, entry);
  }
  const functions = [...selfUs.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, limit)
    .map((entry) => ({ name: entry.name, location: entry.location, selfMs: entry.us / 1000, percent: (100 * entry.us) / totalUs }));
  return { totalMs: totalUs / 1000, functions };
}
