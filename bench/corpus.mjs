/**
 * Benchmark inputs, made outside the repository (in the system's temporary folder):
 *
 * - SaudiNewsNet, when ../shared/data/saudinewsnet is there: its zipped JSON files are
 *   unpacked (a small ZIP reader on node:zlib) into one .txt file per article (title, blank
 *   line, content), in folders per day;
 * - otherwise a deterministic corpus generated from the articles in corpus/: each file is a
 *   run of their paragraphs picked by a seeded generator.
 *
 * Both also get one concatenated file (all.txt) for the tools that read a single input.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** The entries of a ZIP archive: name → bytes (stored or deflated entries). */
export function unzip(buf) {
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a ZIP archive');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad ZIP central directory');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/')) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    if (method === 0) out.set(name, data);
    else if (method === 8) out.set(name, inflateRawSync(data));
    else throw new Error(`${name}: ZIP method ${method} not supported`);
  }
  return out;
}

/** Unpacks SaudiNewsNet into dir/<day>/<n>.txt (once; a marker file records it). */
export function extractSaudiNewsNet(source, dir) {
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'txt'), { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const zip of readdirSync(source).filter((f) => f.endsWith('.zip')).sort()) {
    for (const [name, data] of unzip(readFileSync(join(source, zip)))) {
      if (!name.endsWith('.json')) continue;
      const day = name.replace(/^.*\//, '').replace(/\.json$/, '');
      mkdirSync(join(dir, 'txt', day), { recursive: true });
      JSON.parse(data.toString('utf8')).forEach((a, i) => {
        const text = (a.title ? `${a.title}\n\n` : '') + (a.content ?? '');
        writeFileSync(join(dir, 'txt', day, `${String(i).padStart(5, '0')}.txt`), text);
        files++;
        bytes += Buffer.byteLength(text);
      });
    }
  }
  const info = { name: 'SaudiNewsNet', files, bytes };
  writeFileSync(marker, JSON.stringify(info));
  return info;
}

/** A small seeded generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates `files` articles from the paragraphs of corpus/ (UTF-8 articles only). */
export function generateCorpus(corpusDir, dir, files, seed = 20240611) {
  const marker = join(dir, '.complete');
  if (existsSync(marker)) {
    const info = JSON.parse(readFileSync(marker, 'utf8'));
    if (info.files === files && info.seed === seed) return info;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'txt'), { recursive: true });
  const paragraphs = readdirSync(corpusDir)
    .filter((f) => /^[a-z-]+\.txt$/.test(f))
    .sort()
    .flatMap((f) => readFileSync(join(corpusDir, f), 'utf8').split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const rnd = random(seed);
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const folder = join(dir, 'txt', String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const n = 2 + Math.floor(rnd() * 8);
    const text = Array.from({ length: n }, () => paragraphs[Math.floor(rnd() * paragraphs.length)]).join('\n\n') + '\n';
    writeFileSync(join(folder, `${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  const info = { name: `generated from corpus/ (${files} files, seed ${seed})`, files, bytes, seed };
  writeFileSync(marker, JSON.stringify(info));
  return info;
}

/** All .txt files under dir, sorted (the order the CLI walks them). */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** One file with every article, separated by blank lines. */
export function concatenate(files, target) {
  if (existsSync(target)) return statSync(target).size;
  const chunks = [];
  let size = 0;
  for (const f of files) {
    const b = readFileSync(f);
    chunks.push(b, Buffer.from('\n\n'));
    size += b.length + 2;
  }
  writeFileSync(target, Buffer.concat(chunks));
  return size;
}

/** A file of `bytes` bytes made of the text of `source`, repeated (written as a stream). */
export async function bigFile(source, target, bytes) {
  if (existsSync(target) && statSync(target).size >= bytes) return statSync(target).size;
  const block = readFileSync(source);
  const out = createWriteStream(target);
  let written = 0;
  while (written < bytes) {
    const part = written + block.length > bytes ? block.subarray(0, cutAtParagraph(block, bytes - written)) : block;
    if (part.length === 0) break;
    if (!out.write(part)) await new Promise((r) => out.once('drain', r));
    written += part.length;
  }
  await new Promise((r, j) => out.end((err) => (err ? j(err) : r())));
  return written;
}

function cutAtParagraph(buf, max) {
  const i = buf.lastIndexOf('\n\n', max);
  return i > 0 ? i + 2 : 0;
}
