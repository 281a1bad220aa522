// Packages the extension: `vsce package --no-dependencies` (which runs the `vscode:prepublish`
// script, i.e. the production build), then lists the .vsix and fails if sources, tests, maps or
// other development files got in, or if it is over the size budget.
// Usage: node scripts/package.mjs [--budget-kb N]   (npm run package)
// Importable: `await packageExtension()` returns {path, size, files}.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { argValue, HarnessError, isMain, log, main, repoRoot, run } from './util.mjs';

// Compressed, the two extension bundles and the CLI are ~40 KB each, the Word writer (dist/docx.js,
// loaded only on export) ~70 KB; README's pictures (docs/images, ~700 KB) stay out of the package
// (see packageReadme). The budget exists to catch accidents (node_modules, source maps, samples,
// the pictures), which are far larger, and leaves room for growth.
const DEFAULT_BUDGET_KB = 520;

/** Where `npm run package` writes the .vsix (the repository root; *.vsix is git-ignored). */
export function vsixPath() {
  const { name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  return join(repoRoot, `${name}-${version}.vsix`);
}

/** Lists a zip file's entries by reading its central directory: [{name, size, compressedSize}]. */
export function listZip(path) {
  const buffer = readFileSync(path);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65_557); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new HarnessError(`${path} is not a zip file`);
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new HarnessError(`${path}: bad central directory`);
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localOffset = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.push({ name, size, compressedSize, method, localOffset });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Reads one entry of a zip file (stored or deflated). */
export function readZipEntry(path, entryName) {
  const entry = listZip(path).find((e) => e.name === entryName);
  if (!entry) return undefined;
  const buffer = readFileSync(path);
  const nameLength = buffer.readUInt16LE(entry.localOffset + 26);
  const extraLength = buffer.readUInt16LE(entry.localOffset + 28);
  const start = entry.localOffset + 30 + nameLength + extraLength;
  const data = buffer.subarray(start, start + entry.compressedSize);
  return entry.method === 8 ? inflateRawSync(data) : data;
}

/** Files that must never be shipped. */
function forbiddenReason(name) {
  const path = name.replace(/^extension\//, '');
  if (path.endsWith('.ts')) return 'TypeScript source';
  if (path.endsWith('.map')) return 'source map';
  if (/^(src|test|out|scripts|bench|samples|node_modules|\.cache|\.ci|\.vscode-test)\//.test(path)) return 'development folder';
  if (/^(tsconfig\.json|esbuild\.mjs|eslint\.config\.mjs|package-lock\.json|\.vscode-test\.mjs)$/.test(path)) return 'development file';
  if (path.endsWith('.vsix')) return 'nested package';
  if (path.startsWith('docs/images/')) return "README picture (the repository's copy is shown, not the package's)";
  return undefined;
}

// A .vscodeignore pattern (dir/**, *.x, **/*.x, a path) as a test on a relative path.
function ignorePattern(pattern) {
  const source = pattern
    .replace(/\/$/, '/**')
    .split('**')
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]'))
    .join('.*');
  const regexp = new RegExp(`^${pattern.includes('/') && !pattern.startsWith('**/') ? '' : '(?:.*/)?'}${source.replace(/^\.\*\//, '')}$`);
  return (path) => regexp.test(path);
}

/** Whether .vscodeignore keeps a repository file out of the package (its plain and negated patterns, in order). */
function packagedTest() {
  const rules = readFileSync(join(repoRoot, '.vscodeignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => ({ negated: line.startsWith('!'), test: ignorePattern(line.replace(/^!/, '')) }));
  return (path) => {
    let ignored = false;
    for (const rule of rules) if (rule.test(path)) ignored = !rule.negated;
    return !ignored;
  };
}

/** Relative Markdown links and images of a README: [{ whole, image, text, target (no #anchor) }]. */
function relativeLinks(markdown) {
  return [...markdown.matchAll(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/g)]
    .filter((match) => !/^[a-z][a-z0-9+.-]*:/i.test(match[3]) && !match[3].startsWith('#'))
    .map((match) => ({ whole: match[0], image: match[1] === '!', text: match[2], target: posix.normalize(decodeURI(match[3].replace(/#.*$/, ''))) }));
}

/**
 * The README that goes into a package without a `repository` (vsce can then not point relative
 * links at the repository): README.md with each link or picture whose file is not in the package
 * written as text naming the file — a picture becomes "(picture: ALT — docs/images/x.png in the
 * source repository)", a link "TEXT (docs/x.md in the source repository)" — so the Extensions view
 * shows no broken image or dead link. Returns its path relative to the repository.
 */
function packageReadme() {
  const packaged = packagedTest();
  const text = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  let rewritten = text;
  for (const link of relativeLinks(text)) {
    if (packaged(link.target) && existsSync(join(repoRoot, link.target))) continue;
    const where = `\`${link.target}\` in the source repository`;
    const note = link.image ? `*(picture: ${link.text} — ${where})*` : link.text === link.target ? where : `${link.text} (${where})`;
    rewritten = rewritten.split(link.whole).join(note);
  }
  const path = join('out', 'package', 'README.md');
  mkdirSync(join(repoRoot, 'out', 'package'), { recursive: true });
  writeFileSync(join(repoRoot, path), rewritten);
  return path;
}

export async function packageExtension({ budgetKb = DEFAULT_BUDGET_KB } = {}) {
  const out = vsixPath();
  rmSync(out, { force: true });
  const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  if (!existsSync(vsce)) throw new HarnessError('@vscode/vsce is not installed (npm ci)');
  // vsce runs `vscode:prepublish` (node esbuild.mjs --production) before packaging.
  const args = ['package', '--no-dependencies', '--out', out];
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  if (!manifest.repository) {
    // Without a repository URL vsce prompts about it, and refuses relative links/images in README.md
    // (it wants to rewrite them to absolute URLs). Links to packaged files stay relative (the
    // Extensions view resolves them in the installed extension); the others, README's pictures
    // among them, become text (packageReadme). With a `repository` field, vsce rewrites every
    // relative link and picture to the repository's copy (github.com/…/raw/HEAD/docs/images/…),
    // which is what the Marketplace and the Extensions view then show.
    args.push('--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', packageReadme());
  }
  log(`vsce ${args.join(' ')}`);
  await run(process.execPath, [vsce, ...args], {
    stdio: ['ignore', 'inherit', 'inherit'], // no prompt can ever wait for input
  });
  if (!existsSync(out)) throw new HarnessError(`vsce did not write ${out}`);

  const entries = listZip(out);
  const files = entries.filter((e) => !e.name.endsWith('/'));
  const size = statSync(out).size;
  console.log(`\n${out.replace(`${repoRoot}/`, '')}: ${files.length} files`);
  for (const file of [...files].sort((a, b) => b.size - a.size)) console.log(`  ${String(file.size).padStart(9)}  ${file.name}`);
  const problems = files.map((file) => [file.name, forbiddenReason(file.name)]).filter(([, reason]) => reason);
  if (!files.some((file) => file.name === 'extension/package.json')) problems.push(['extension/package.json', 'missing']);
  const mainEntry = manifest.main;
  const mainFile = `extension/${mainEntry.replace(/^\.\//, '')}`;
  if (!files.some((file) => file.name === mainFile || file.name === `${mainFile}.js`)) problems.push([mainFile, 'missing (the extension entry point)']);
  // Files the manifest names (the icon, the walkthrough's Markdown) must be in the package too.
  /** @type {{ icon?: string, contributes?: { walkthroughs?: { steps: { media: { markdown?: string } }[] }[] } }} */
  const named = manifest;
  const media = (named.contributes?.walkthroughs ?? []).flatMap((w) => w.steps.map((step) => step.media.markdown));
  for (const path of [named.icon, ...media]) {
    if (path && !files.some((file) => file.name === `extension/${path}`)) problems.push([`extension/${path}`, 'missing (named in package.json)']);
  }
  // The packaged README's relative links and pictures all resolve inside the package.
  const readme = readZipEntry(out, 'extension/readme.md')?.toString('utf8') ?? '';
  if (!readme) problems.push(['extension/readme.md', 'missing']);
  for (const link of relativeLinks(readme)) {
    if (!files.some((file) => file.name === `extension/${link.target}`)) problems.push([`extension/readme.md`, `links to ${link.target}, which is not in the package`]);
  }
  const kb = size / 1024;
  console.log(`size: ${kb.toFixed(1)} KB of a ${budgetKb} KB budget (${Math.round((100 * kb) / budgetKb)}%)`);
  if (problems.length) {
    throw new HarnessError(`the package contains files it must not (or lacks some):\n${problems.map(([name, reason]) => `  ${name}: ${reason}`).join('\n')}\nFix .vscodeignore.`);
  }
  if (kb > budgetKb) throw new HarnessError(`the package is ${kb.toFixed(1)} KB, over the ${budgetKb} KB budget`);
  return { path: out, size, files: files.map((file) => file.name) };
}

if (isMain(import.meta.url)) {
  main(async () => {
    const result = await packageExtension({ budgetKb: Number(argValue('budget-kb')) || DEFAULT_BUDGET_KB });
    log(`packaged ${result.path}`);
  });
}
