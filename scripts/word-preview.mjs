// Looking at the Word export by eye: exports a sample with the CLI (`--docx`), converts it to PDF
// with LibreOffice and renders pages to PNG with pdftoppm. Not part of `npm test` (LibreOffice is
// large and slow); run it where LibreOffice is installed:
//   apt-get install -y --no-install-recommends libreoffice-writer poppler-utils fonts-wqy-microhei
// Usage: node scripts/word-preview.mjs [--file samples/X.speech] [--out DIR] [--pages N] [--no-build] [--docs]
//        (npm run word:preview). Writes DIR/NAME.docx, NAME.pdf, NAME-N.png (default test-results/word/)
//        and NAME-libreoffice-grid-N.png; --docs also writes the README's docs/images/word-export-page-1.png.
//
// LibreOffice 7.4 (Debian 12) does not squeeze characters onto Word's character grid: with the
// grid's pitch below the 16 pt font size (which 28 characters of 3号 in 156 mm require) it gives
// every character two grid cells, 18 to a line. Word and WPS set 28. So the script also renders a
// copy whose grid has charSpace 0 (27 characters a line in LibreOffice): everything else — page,
// margins, fonts, indents, 22 lines, page numbers — is the export as written.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { deflateRawSync, deflateSync, inflateRawSync, inflateSync } from 'node:zlib';
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

/**
 * An RGB(A) PNG as a 16-level grayscale PNG (4 bits a pixel): a page of black text loses nothing
 * visible and shrinks to about a third, which keeps the README's image small in the .vsix.
 */
export function grayscalePng(png) {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[png[25]];
  if (png[24] !== 8 || channels === undefined) throw new HarnessError('expected an 8-bit PNG');
  const idat = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels] : 0;
      const p = left + up - upLeft;
      const paeth = Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft) ? left : Math.abs(p - up) <= Math.abs(p - upLeft) ? up : upLeft;
      pixels[y * stride + x] = (value + [0, left, up, (left + up) >> 1, paeth][filter]) & 0xff;
    }
  }
  const rowBytes = Math.ceil(width / 2);
  const out = Buffer.alloc(height * (rowBytes + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * stride + x * channels;
      const gray = channels >= 3 ? (pixels[i] * 299 + pixels[i + 1] * 587 + pixels[i + 2] * 114) / 1000 : pixels[i];
      const level = Math.round(gray / 17);
      out[y * (rowBytes + 1) + 1 + (x >> 1)] |= x & 1 ? level : level << 4;
    }
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 4; // bit depth
  header[9] = 0; // grayscale
  return Buffer.concat([png.subarray(0, 8), chunk('IHDR', header), chunk('IDAT', deflateSync(out, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

export async function wordPreview({ file = join(repoRoot, 'samples', '安全生产工作会议讲话.speech'), out = join(repoRoot, 'test-results', 'word'), pages = 2, noBuild = false, docs = false } = {}) {
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
  if (docs) {
    const image = join(repoRoot, 'docs', 'images', 'word-export-page-1.png');
    writeFileSync(image, grayscalePng(readFileSync(join(out, `${gridName}-1.png`))));
    log(`README image: ${image}`);
  }
  log(`PNG pages in ${out}`);
  return { docx, out };
}

if (isMain(import.meta.url)) {
  main(() => wordPreview({
    file: argValue('file') ? resolve(argValue('file')) : undefined,
    out: argValue('out') ? resolve(argValue('out')) : undefined,
    pages: Number(argValue('pages')) || 2,
    noBuild: process.argv.includes('--no-build'),
    docs: process.argv.includes('--docs'),
  }));
}
