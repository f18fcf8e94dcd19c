/**
 * In-process measurements for bench/run.mjs (run as a child process; prints one JSON object):
 *
 *   node bench/probe.mjs stages FILE-LIST [MAX_MB]   time per pipeline stage over the files
 *   node bench/probe.mjs parts FILE                 normalize alone, tokenize alone, on one file
 *   node bench/probe.mjs main-thread JOBS DIR       analyze DIR in-process: wall time and how
 *                                                   busy the main thread was (event loop use)
 */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';

const dist = new URL('../dist/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);

const [mode, ...args] = process.argv.slice(2);

if (mode === 'stages') {
  const { Pipeline, emptyDocument } = await load('pipeline.js');
  const { decode } = await load('text/decode.js');
  const { Aggregate } = await load('stats/aggregate.js');
  const files = readFileSync(args[0], 'utf8').split('\n').filter(Boolean);
  const maxBytes = Number(args[1] ?? 20) * 1024 * 1024;
  // as analyze makes it: clitic segments only when tokens are written (--tokens)
  const pipeline = new Pipeline({ segment: false });
  const ctx = pipeline.context;
  const times = new Map();
  const add = (k, t) => times.set(k, (times.get(k) ?? 0) + t);
  const settings = { keepStopwords: false };
  const aggregate = new Aggregate(settings);
  let bytes = 0;
  let words = 0;
  let docs = 0;
  // warm up: build the lazily compiled resources outside the timings
  pipeline.analyzeText('قال الوزير إن الاجتماع انتهى.');
  const t0 = performance.now();
  for (const f of files) {
    if (bytes >= maxBytes) break;
    const buf = readFileSync(f);
    bytes += buf.length;
    let t = performance.now();
    let decoded;
    try {
      decoded = decode(buf);
    } catch {
      continue;
    }
    let n = performance.now();
    add('decode', n - t);
    let doc = emptyDocument(decoded.text, f, decoded.encoding);
    // per-document scratch space the stages share (as Pipeline.analyzeText makes it)
    const scratch = { types: [] };
    for (const stage of pipeline.stages) {
      t = performance.now();
      doc = stage.run(doc, ctx, scratch);
      n = performance.now();
      add(stage.name, n - t);
    }
    t = performance.now();
    // the corpus tables, as analyze --summary-only counts them (through the word types)
    aggregate.add(doc, ctx.stopwords, scratch.types);
    add('corpus tables', performance.now() - t);
    words += doc.stats.words;
    docs++;
  }
  const total = performance.now() - t0;
  const stages = [...times].map(([name, ms]) => ({ name, ms: Math.round(ms), share: ms / total }));
  console.log(JSON.stringify({ docs, bytes, words, ms: Math.round(total), stages }));
} else if (mode === 'parts') {
  const { createNormalizer } = await load('text/normalize.js');
  const { tokenize } = await load('text/tokenize.js');
  const { memoize } = await load('util/memo.js');
  const text = readFileSync(args[0], 'utf8');
  const paragraphs = text.split('\n\n');
  const norm = createNormalizer();
  let t = performance.now();
  let chars = 0;
  for (const p of paragraphs) chars += norm(p).length;
  const normalizeMs = performance.now() - t;
  const tokNorm = memoize(createNormalizer());
  t = performance.now();
  let tokens = 0;
  for (const p of paragraphs) tokens += tokenize(p, tokNorm).length;
  const tokenizeMs = performance.now() - t;
  console.log(JSON.stringify({ bytes: Buffer.byteLength(text), chars, tokens, normalizeMs: Math.round(normalizeMs), tokenizeMs: Math.round(tokenizeMs) }));
} else if (mode === 'main-thread') {
  const { runAnalyze } = await load('cli/analyze.js');
  const jobs = Number(args[0]);
  const sink = new Writable({ write: (_c, _e, cb) => cb() });
  const elu0 = performance.eventLoopUtilization();
  const t = performance.now();
  const code = await runAnalyze(
    {
      inputs: args.slice(1),
      include: [],
      exclude: [],
      format: 'ndjson',
      top: 20,
      tables: ['words'],
      perFile: false,
      tokens: false,
      sentences: false,
      text: false,
      keepStopwords: false,
      normalize: {},
      gazetteer: [],
      failFast: false,
      jobs,
      quiet: true,
    },
    { stdout: sink, stderr: sink, stdin: process.stdin, env: {} },
  );
  const ms = performance.now() - t;
  const elu = performance.eventLoopUtilization(elu0);
  console.log(JSON.stringify({ jobs, code, ms: Math.round(ms), mainThreadBusy: elu.utilization }));
} else {
  console.error('usage: probe.mjs stages|parts|main-thread …');
  process.exit(2);
}
