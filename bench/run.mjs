#!/usr/bin/env node
/**
 * `npm run bench`: speed and memory of newsparse on a large corpus, side by side with `wc -w`
 * (the floor) and, when Python 3 with NLTK is there, an NLTK baseline (regex normalization,
 * wordpunct_tokenize, counts). Prints a table and writes the results as JSON.
 *
 *   node bench/run.mjs [--corpus DIR] [--files N] [--jobs N] [--big[=MB]] [--out FILE]
 *                      [--no-nltk] [--no-triple] [--no-stages] [--runs N]
 *
 * Input: SaudiNewsNet (../shared/data/saudinewsnet, 31,030 articles) when present, unpacked
 * to one .txt per article in the temporary folder; otherwise --files N articles (default
 * 20,000) generated from corpus/. --corpus DIR uses the .txt files under DIR instead.
 * --big writes a single file of that many MB (default 1024) and analyzes it (bounded memory).
 * Needs the built CLI (npm run build).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigFile, concatenate, extractSaudiNewsNet, generateCorpus, listFiles } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'newsparse.js');

function option(name, fallback) {
  const a = process.argv.slice(2);
  const i = a.findIndex((x) => x === `--${name}` || x.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  if (a[i].includes('=')) return a[i].slice(name.length + 3);
  const next = a[i + 1];
  return next === undefined || next.startsWith('--') ? true : next;
}
const flag = (name) => process.argv.includes(`--${name}`);

const jobsN = Number(option('jobs', availableParallelism()));
const outFile = option('out', join(root, 'bench', 'results', 'latest.json'));
const runs = Number(option('runs', 1));

if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}

// ---- input ---------------------------------------------------------------------------
const work = join(tmpdir(), 'newsparse-bench');
mkdirSync(work, { recursive: true });
let corpusDir;
let corpusInfo;
const given = option('corpus', null);
const snn = join(root, '..', 'shared', 'data', 'saudinewsnet');
if (typeof given === 'string') {
  corpusDir = given;
  corpusInfo = { name: given };
} else if (existsSync(snn) && !option('files', null)) {
  process.stderr.write('bench: unpacking SaudiNewsNet … ');
  corpusInfo = extractSaudiNewsNet(snn, join(work, 'saudinewsnet'));
  corpusDir = join(work, 'saudinewsnet', 'txt');
  process.stderr.write('done\n');
} else {
  const n = Number(option('files', 20000));
  process.stderr.write(`bench: generating ${n} articles from corpus/ … `);
  corpusInfo = generateCorpus(join(root, 'corpus'), join(work, `generated-${n}`), n);
  corpusDir = join(work, `generated-${n}`, 'txt');
  process.stderr.write('done\n');
}
const files = listFiles(corpusDir);
const listPath = join(dirname(corpusDir), 'files.list');
writeFileSync(listPath, files.join('\n') + '\n');
const allPath = join(dirname(corpusDir), 'all.txt');
const bytes = concatenate(files, allPath);
const MB = bytes / (1024 * 1024);

// ---- running and measuring ----------------------------------------------------------------
/** Runs a command; returns wall time, peak RSS (VmHWM, polled) and stdout if kept. */
function measure(cmd, args, { stdoutFile = '/dev/null', keep = false, input } = {}) {
  return new Promise((resolve, reject) => {
    const fd = keep ? 'pipe' : openSync(stdoutFile, 'w');
    const t0 = performance.now();
    const child = spawn(cmd, args, { stdio: [input ? 'pipe' : 'ignore', fd, 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let err = '';
    if (keep) child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    if (input) child.stdin.end(input);
    let peak = 0;
    const poll = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) * 1024);
      } catch {
        /* gone */
      }
    };
    const timer = setInterval(poll, 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (!keep) closeSync(fd);
      resolve({ code, seconds: (performance.now() - t0) / 1000, peakRss: peak, stdout: out, stderr: err });
    });
  });
}

async function best(cmd, args, opts) {
  let r;
  for (let i = 0; i < runs; i++) {
    const x = await measure(cmd, args, opts);
    if (!r || x.seconds < r.seconds) r = { ...x, peakRss: Math.max(x.peakRss, r?.peakRss ?? 0) };
  }
  return r;
}

const rows = [];
let words = 0;
function row(name, r, note = '') {
  const entry = {
    name,
    seconds: r.seconds,
    wordsPerSecond: words / r.seconds,
    mbPerSecond: MB / r.seconds,
    peakRssMB: r.peakRss ? r.peakRss / (1024 * 1024) : null,
    exit: r.code,
    note: r.code === 0 ? note : `${note}${note ? '; ' : ''}exit ${r.code}${r.code === 1 ? ' (some files failed)' : ''}`,
  };
  rows.push(entry);
  process.stderr.write(`bench: ${name}: ${r.seconds.toFixed(1)} s\n`);
  return entry;
}

const load0 = loadavg();
process.stderr.write(`bench: ${files.length} files, ${MB.toFixed(1)} MB (${corpusInfo.name}); load average ${load0.map((x) => x.toFixed(2)).join(' ')}\n`);

// floor: wc -w
const wc = await measure('wc', ['-w', allPath], { keep: true });
words = Number(wc.stdout.trim().split(/\s+/)[0]);
row('wc -w (floor)', wc, 'one concatenated file');

// the full pipeline: corpus summary only, so output writing does not count
const partialPath = join(work, 'partial.json');
const a1 = await best('node', [bin, 'analyze', corpusDir, '--format', 'json', '--summary-only', '--quiet', '--jobs', '1'], { stdoutFile: partialPath });
const one = row('analyze --jobs 1', a1, 'full pipeline, --summary-only');
const aN = await best('node', [bin, 'analyze', corpusDir, '--format', 'json', '--summary-only', '--quiet', '--jobs', String(jobsN)], {
  stdoutFile: partialPath + '.n',
});
const many = row(`analyze --jobs ${jobsN}`, aN, 'full pipeline, --summary-only');
const same = readFileSync(partialPath, 'utf8') === readFileSync(partialPath + '.n', 'utf8');
const partial = JSON.parse(readFileSync(partialPath, 'utf8'));
const nd = await best('node', [bin, 'analyze', corpusDir, '--format', 'ndjson', '--quiet', '--jobs', String(jobsN)]);
row(`analyze --jobs ${jobsN} --format ndjson`, nd, 'every document written (to /dev/null)');

let triple = null;
if (!flag('no-triple')) {
  const t = await measure('node', [bin, 'analyze', corpusDir, corpusDir, corpusDir, '--format', 'json', '--summary-only', '--quiet', '--jobs', '1']);
  triple = row('analyze --jobs 1, corpus ×3', t, 'the same files three times');
  triple.wordsPerSecond = (3 * words) / t.seconds;
  triple.mbPerSecond = (3 * MB) / t.seconds;
}

const norm = await best('node', [bin, 'normalize', allPath]);
row('normalize (CLI, streaming)', norm, 'one concatenated file');

// in-process: normalize and tokenize alone, stage times, main thread load
const probe = (args) => measure('node', [join(root, 'bench', 'probe.mjs'), ...args], { keep: true }).then((r) => ({ ...r, json: JSON.parse(r.stdout || 'null') }));
const parts = await probe(['parts', allPath]);
if (parts.json) {
  rows.push({ name: 'normalize alone (library)', seconds: parts.json.normalizeMs / 1000, wordsPerSecond: words / (parts.json.normalizeMs / 1000), mbPerSecond: MB / (parts.json.normalizeMs / 1000), peakRssMB: null, note: 'createNormalizer over the text' });
  rows.push({ name: 'tokenize alone (library)', seconds: parts.json.tokenizeMs / 1000, wordsPerSecond: words / (parts.json.tokenizeMs / 1000), mbPerSecond: MB / (parts.json.tokenizeMs / 1000), peakRssMB: null, note: 'tokenize with memoized norm' });
}
const stages = flag('no-stages') ? null : (await probe(['stages', listPath, String(option('stage-mb', 20))])).json;
const mainThread = jobsN > 1 ? (await probe(['main-thread', String(jobsN), corpusDir])).json : null;

// the NLTK peer
let nltk = null;
if (!flag('no-nltk')) {
  const script = `
import re, sys, collections
from nltk.tokenize import wordpunct_tokenize
HARAKAT = re.compile('[\\u064b-\\u0652\\u0640]')
ALEF = re.compile('[\\u0622\\u0623\\u0625]')
counts = collections.Counter()
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        line = ALEF.sub('\\u0627', HARAKAT.sub('', line)).replace('\\u0649', '\\u064a')
        counts.update(wordpunct_tokenize(line))
print(sum(counts.values()), len(counts))
`;
  for (const py of ['python3', '/usr/bin/python3']) {
    const check = await measure(py, ['-c', 'import nltk'], { keep: true }).catch(() => null);
    if (!check || check.code !== 0) continue;
    const r = await measure(py, ['-c', script, allPath], { keep: true });
    if (r.code === 0) {
      nltk = row('NLTK (regex normalize + wordpunct_tokenize + counts)', r, `${py}`);
      break;
    }
  }
  if (!nltk) process.stderr.write('bench: no Python 3 with NLTK (apt-get install python3-nltk), skipping the NLTK baseline\n');
}

// one large file
let big = null;
const bigOpt = option('big', null);
if (bigOpt) {
  const size = (bigOpt === true ? 1024 : Number(bigOpt)) * 1024 * 1024;
  const bigPath = join(work, `big-${size}.txt`);
  process.stderr.write(`bench: writing a ${(size / 1048576).toFixed(0)} MB file … `);
  const written = await bigFile(allPath, bigPath, size);
  process.stderr.write('done\n');
  const outPath = join(work, 'big.ndjson');
  const r = await measure('node', [bin, 'analyze', bigPath, '--format', 'ndjson', '--quiet', '--jobs', '1'], { stdoutFile: outPath });
  // the summary is the last line
  const fd = openSync(outPath, 'r');
  const tail = Buffer.alloc(Math.min(statSync(outPath).size, 8 << 20));
  readSync(fd, tail, 0, tail.length, statSync(outPath).size - tail.length);
  closeSync(fd);
  const summary = JSON.parse(tail.toString('utf8').trim().split('\n').at(-1));
  rmSync(outPath, { force: true });
  big = { bytes: written, seconds: r.seconds, peakRssMB: r.peakRss / 1048576, mbPerSecond: written / 1048576 / r.seconds, exit: r.code, words: summary.words, documents: summary.documents };
  rows.push({
    name: `analyze one ${(written / 1048576).toFixed(0)} MB file (ndjson)`,
    seconds: r.seconds,
    wordsPerSecond: summary.words / r.seconds,
    mbPerSecond: big.mbPerSecond,
    peakRssMB: big.peakRssMB,
    exit: r.code,
    note: summary.documents === 1 ? 'in pieces, record streamed' : `FAILED: ${JSON.stringify(summary.errors?.[0]?.error ?? r.stderr.slice(0, 200))}`,
  });
}

// ---- report ---------------------------------------------------------------------------------
const fmt = (x, d = 0) => (x === null || x === undefined ? '' : x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));
const header = ['', 'seconds', 'words/s', 'MB/s', 'peak RSS MB', 'note'];
const table = rows.map((r) => [r.name, fmt(r.seconds, 1), fmt(r.wordsPerSecond), fmt(r.mbPerSecond, 2), fmt(r.peakRssMB), r.note]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => String(t[i]).length)));
const line = (cells) => cells.map((c, i) => (i === 0 || i === 5 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
console.log(`\nnewsparse bench — ${files.length.toLocaleString('en-US')} files, ${MB.toFixed(1)} MB, ${words.toLocaleString('en-US')} words (wc -w); ${corpusInfo.name}`);
console.log(`${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, node ${process.version}, load average at start ${load0.map((x) => x.toFixed(2)).join(' ')}\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const t of table) console.log(line(t));

const speedup = one.seconds / many.seconds;
const targets = [
  ['analyze --jobs 1 ≥ 1,500,000 words/s', one.wordsPerSecond >= 1.5e6, `${fmt(one.wordsPerSecond)} words/s`],
  [`--jobs ${jobsN} ≥ 1.7× --jobs 1`, speedup >= 1.7, `${speedup.toFixed(2)}×`],
  ['peak RSS ≤ 300 MB', Math.max(one.peakRssMB, many.peakRssMB) <= 300, `${fmt(one.peakRssMB)} MB (1 job), ${fmt(many.peakRssMB)} MB (${jobsN} jobs)`],
];
if (triple) targets.push(['corpus ×3: peak RSS ≤ 1.2× one corpus', triple.peakRssMB <= 1.2 * one.peakRssMB, `${(triple.peakRssMB / one.peakRssMB).toFixed(2)}×`]);
if (stages) {
  // the entity stage against everything else the one-thread pipeline does (decode … corpus tables)
  const ent = stages.stages.find((x) => x.name === 'entities');
  if (ent) {
    const added = ent.ms / (stages.ms - ent.ms);
    targets.push(['entity stage adds ≤ 30% to the rest of analyze (in-process, one thread)', added <= 0.3, `${(added * 100).toFixed(1)}%`]);
  }
}
if (big) targets.push(['one large file in bounded memory (≤ 300 MB)', big.peakRssMB <= 300, `${fmt(big.peakRssMB)} MB for ${fmt(big.bytes / 1048576)} MB`]);
console.log('\ntargets');
for (const [what, ok, got] of targets) console.log(`  ${ok ? 'met    ' : 'NOT met'}  ${what}: ${got}`);
console.log(`\n--jobs 1 and --jobs ${jobsN} partials identical: ${same ? 'yes' : 'NO'}; newsparse counted ${fmt(partial.totals.words)} words in ${fmt(partial.totals.documents)} documents (${partial.totals.failed} failed)`);
if (nltk) console.log(`newsparse (--jobs 1) vs NLTK baseline: ${(one.wordsPerSecond / nltk.wordsPerSecond).toFixed(2)}× the words/s (NLTK does far less: no entities, quotes, stems or bigrams)`);
if (mainThread) console.log(`main thread busy ${(mainThread.mainThreadBusy * 100).toFixed(1)}% of an analyze --jobs ${jobsN} --format ndjson run (it only writes and merges)`);
if (stages) {
  console.log(`\nwhere the time goes (one thread, first ${fmt(stages.bytes / 1048576, 1)} MB, ${fmt(stages.words)} words, ${fmt(stages.words / (stages.ms / 1000))} words/s):`);
  for (const s of [...stages.stages].sort((a, b) => b.ms - a.ms)) console.log(`  ${s.name.padEnd(18)} ${fmt(s.ms).padStart(7)} ms  ${(s.share * 100).toFixed(1).padStart(5)}%`);
}

const result = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model, cores: availableParallelism(), node: process.version, loadAverageAtStart: load0, loadAverageAtEnd: loadavg() },
  corpus: { ...corpusInfo, dir: corpusDir, files: files.length, bytes, words },
  rows,
  speedup,
  partialsIdentical: same,
  newsparseTotals: partial.totals,
  mainThread,
  stages,
  big,
  targets: targets.map(([what, ok, got]) => ({ what, met: ok, got })),
};
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(result, null, 2) + '\n');
console.log(`\nresults: ${outFile}`);
