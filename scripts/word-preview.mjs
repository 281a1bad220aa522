// Looking at the Word export by eye: exports a sample with the CLI (`--docx`), converts it to PDF
// with LibreOffice and renders pages to PNG with pdftoppm. Not part of `npm test` (LibreOffice is
// large and slow); run it where LibreOffice is installed:
//   apt-get install -y --no-install-recommends libreoffice-writer poppler-utils fonts-wqy-microhei
// Usage: node scripts/word-preview.mjs [--file samples/X.speech] [--out DIR] [--pages N] [--no-build]
//        (npm run word:preview). Writes DIR/NAME.docx, NAME.pdf, NAME-N.png (default test-results/word/)
//        and NAME-libreoffice-grid-N.png.
//
// LibreOffice 7.4 (Debian 12) does not squeeze characters onto Word's character grid: with the
// grid's pitch below the 16 pt font size (which 28 characters of 3号 in 156 mm require) it gives
// every character two grid cells, 18 to a line. Word and WPS set 28. So the script also renders a
// copy whose grid has charSpace 0 (27 characters a line in LibreOffice): everything else — page,
// margins, fonts, indents, 22 lines, page numbers — is the export as written.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { argValue, capture, HarnessError, isMain, log, main, repoRoot, run } from './util.mjs';

/** Rewrites one entry of a zip (stored or deflated), keeping every other entry's bytes. */
function patchZipEntry(zip, name, patch) {
  const entries = [];
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    let data = zip.subarray(dataStart, dataStart + compressedSize);
    let raw;
    if (entryName === name) {
      raw = Buffer.from(patch((method === 8 ? inflateRawSync(data) : data).toString('utf8')), 'utf8');
      data = deflateRawSync(raw);
    }
    entries.push({ name: entryName, method: entryName === name ? 8 : method, data, raw, header: zip.subarray(at, at + 46) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  const parts = [];
  const directory = [];
  let offset = 0;
  for (const entry of entries) {
    const nameBytes = Buffer.from(entry.name, 'utf8');
    const header = Buffer.from(entry.header);
    if (entry.raw) {
      header.writeUInt32LE(crc32(entry.raw), 16);
      header.writeUInt32LE(entry.raw.length, 24);
    }
    header.writeUInt16LE(header.readUInt16LE(8) & ~8, 8); // sizes are in the local header: no data descriptor
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt32LE(entry.data.length, 20);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt16LE(0, 30);
    header.writeUInt16LE(0, 32);
    header.writeUInt32LE(offset, 42);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    header.copy(local, 4, 6, 30); // version needed … sizes, name length
    local.writeUInt16LE(0, 28);
    parts.push(local, nameBytes, entry.data);
    directory.push(header, nameBytes);
    offset += 30 + nameBytes.length + entry.data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directoryBytes, end]);
}

function crc32(data) {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export async function wordPreview({ file = join(repoRoot, 'samples', '安全生产工作会议讲话.speech'), out = join(repoRoot, 'test-results', 'word'), pages = 2, noBuild = false } = {}) {
  for (const tool of ['soffice', 'pdftoppm']) {
    if (capture('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      throw new HarnessError(`${tool} is not installed: apt-get install -y --no-install-recommends libreoffice-writer poppler-utils fonts-wqy-microhei`);
    }
  }
  if (!noBuild) await run(process.execPath, ['esbuild.mjs']);
  mkdirSync(out, { recursive: true });
  const name = basename(file).replace(/\.[^.]+$/, '');
  const docx = join(out, `${name}.docx`);
  await run(process.execPath, [join(repoRoot, 'dist', 'cli.js'), '--docx', '--overwrite', '--out', docx, file]);
  const gridName = `${name}-libreoffice-grid`;
  const gridDocx = join(out, `${gridName}.docx`);
  writeFileSync(gridDocx, patchZipEntry(readFileSync(docx), 'word/document.xml', (xml) => xml.replace(/w:charSpace="-?\d+"/, 'w:charSpace="0"')));
  // LibreOffice keeps its profile in HOME: a private one, so a running instance does not interfere.
  const home = join(out, '.libreoffice-profile');
  for (const source of [docx, gridDocx]) {
    await run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, source], { env: { ...process.env, HOME: home }, stdio: ['ignore', 'ignore', 'inherit'] });
    const pdf = source.replace(/\.docx$/, '.pdf');
    if (!existsSync(pdf)) throw new HarnessError(`LibreOffice wrote no ${pdf}`);
    await run('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', String(pages), pdf, pdf.replace(/\.pdf$/, '')]);
    const info = capture('pdfinfo', [pdf]).stdout.match(/Pages:\s+(\d+)/);
    log(`${pdf}: ${info ? info[1] : '?'} pages`);
  }
  rmSync(home, { recursive: true, force: true });
  log(`PNG pages in ${out}`);
  return { docx, out };
}

if (isMain(import.meta.url)) {
  main(() => wordPreview({
    file: argValue('file') ? resolve(argValue('file')) : undefined,
    out: argValue('out') ? resolve(argValue('out')) : undefined,
    pages: Number(argValue('pages')) || 2,
    noBuild: process.argv.includes('--no-build'),
  }));
}
