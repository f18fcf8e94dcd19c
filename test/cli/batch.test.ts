/**
 * Batches: worker threads give the same output as one thread, in input order (or as ready
 * with --unordered); per-file errors; --fail-fast; the progress bar; large files in pieces.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:net';
import { mkdtempSync, writeFileSync, mkdirSync, readdirSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { runCli } from '../helpers.js';
import { main } from '../../src/cli/main.js';
import { runAnalyze, type AnalyzeSettings } from '../../src/cli/analyze.js';

const corpus = new URL('../../corpus/', import.meta.url).pathname;

const SENTENCES = [
  'قال وزير المالية إن العجز تراجع إلى ثلاثة في المئة.',
  'وأكدت الوزارة أن الإصلاحات ستستمر رغم الضغوط.',
  'ذكر مصدر مطلع أن المحادثات ستستأنف الأسبوع المقبل في الدوحة.',
  'وقال المتحدث باسم الشرطة: "لم نسجل أي إصابات".',
  'أعلنت الشركة أرباحا قياسية في الربع الأخير من العام.',
  'وأوضح المدير أن الطلب على الطاقة الشمسية ارتفع بشكل كبير.',
];

let dir: string;
let names: string[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsparse-batch-'));
  mkdirSync(join(dir, 'in'));
  for (const f of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) copyFileSync(join(corpus, f), join(dir, 'in', f));
  // and short generated articles, so there are many small tasks
  for (let i = 0; i < 24; i++) {
    const body = Array.from({ length: 3 + (i % 4) }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ');
    writeFileSync(join(dir, 'in', `gen-${String(i).padStart(2, '0')}.txt`), `${body}\n\n${SENTENCES[i % SENTENCES.length]}\n`);
  }
  writeFileSync(join(dir, 'in', 'gen-05-binary.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0, 0x10, 0, 0, 0x9f, 0, 0]));
  names = readdirSync(join(dir, 'in')).sort();
});

const lines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l));

describe('--jobs', () => {
  it('worker threads write exactly what one thread writes, for every format', async () => {
    for (const args of [['--format', 'ndjson'], ['--format', 'json'], ['--format', 'csv', '--table', 'documents'], ['--per-file'], []]) {
      const one = await runCli(['analyze', join(dir, 'in'), '--jobs', '1', ...args]);
      const two = await runCli(['analyze', join(dir, 'in'), '--jobs', '2', ...args]);
      expect(two.stdout, args.join(' ')).toBe(one.stdout);
      expect(two.code).toBe(1);
      expect(two.stderr).toBe(one.stderr);
    }
    // (ten runs of the CLI, each loading the resources: more than the default on a loaded machine)
  }, 90_000);

  it('documents come in input order; --unordered writes the same documents, the first input first', async () => {
    const ordered = lines((await runCli(['analyze', join(dir, 'in'), '--jobs', '2', '--format', 'ndjson'])).stdout);
    expect(ordered.slice(0, -1).map((l) => l.source)).toEqual(names.map((n) => join(dir, 'in', n)));
    const un = lines((await runCli(['analyze', join(dir, 'in'), '--jobs', '2', '--format', 'ndjson', '--unordered'])).stdout);
    expect(un[0]).toEqual(ordered[0]);
    const key = (l: { source?: string; type: string }) => `${l.type}:${l.source ?? ''}`;
    expect(un.slice(0, -1).map(key).sort()).toEqual(ordered.slice(0, -1).map(key).sort());
    // the summary does not depend on the order
    expect(un.at(-1)).toEqual(ordered.at(-1));
    // json stays one valid object whatever order documents come in
    const j = JSON.parse((await runCli(['analyze', join(dir, 'in'), '--jobs', '2', '--format', 'json', '--unordered'])).stdout);
    expect(j.documents).toHaveLength(names.length);
  });

  it('with worker threads, a reader that goes away (| head -1) ends the run quietly', async () => {
    const bin = fileURLToPath(new URL('../../bin/newsparse.js', import.meta.url));
    const r = await execa('bash', ['-o', 'pipefail', '-c', `node ${bin} analyze ${corpus} ${corpus} ${corpus} --jobs 2 --format ndjson --tokens | head -1`], {
      reject: false,
    });
    expect(r.stdout.split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).type).toBe('document');
    expect(r.stderr).toBe('');
  });

  it('a bad --jobs value is a usage error', async () => {
    for (const v of ['0', 'two', '-1']) {
      const r = await runCli(['analyze', join(dir, 'in'), '--jobs', v]);
      expect(r.code, v).toBe(2);
    }
  });
});

describe('per-file errors', () => {
  let socket: string;
  let server: Server;
  beforeAll(async () => {
    socket = join(dir, 'not-a-file.sock');
    server = createServer();
    await new Promise<void>((r) => server.listen(socket, r));
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('binary, vanished and unreadable inputs are error records in place and lines on stderr; the rest goes on; exit 1', async () => {
    const list = [
      join(dir, 'in', 'gen-00.txt'),
      join(dir, 'in', 'gen-05-binary.txt'),
      join(dir, 'in', 'gone.txt'), // listed, no longer there
      socket, // there, but cannot be read as a file
      ...names.filter((n) => n.startsWith('gen-1')).map((n) => join(dir, 'in', n)),
    ];
    writeFileSync(join(dir, 'list.txt'), list.join('\n'));
    for (const jobs of ['1', '2']) {
      const r = await runCli(['analyze', '--files-from', join(dir, 'list.txt'), '--format', 'ndjson', '--jobs', jobs]);
      expect(r.code).toBe(1);
      const out = lines(r.stdout);
      expect(out.slice(0, -1).map((l) => l.source)).toEqual(list);
      expect(out.slice(1, 4).map((l) => [l.type, l.error.code])).toEqual([
        ['error', 'EDECODE'],
        ['error', 'ENOENT'],
        ['error', 'ENXIO'],
      ]);
      expect(r.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^newsparse: .*gen-05-binary\.txt: /),
        `newsparse: ${join(dir, 'in', 'gone.txt')}: no such file or directory`,
        expect.stringMatching(/^newsparse: .*not-a-file\.sock: /),
      ]);
      const summary = out.at(-1);
      expect(summary.failed).toBe(3);
      expect(summary.documents).toBe(list.length - 3);
      expect(summary.errors.map((e: { source: string }) => e.source)).toEqual([...list.slice(1, 4)].sort());
    }
  });

  it('--fail-fast stops at the first failure in input order, also with worker threads', async () => {
    for (const jobs of ['1', '2']) {
      const r = await runCli(['analyze', join(dir, 'in'), '--format', 'ndjson', '--fail-fast', '--jobs', jobs]);
      expect(r.code).toBe(1);
      const out = lines(r.stdout);
      const bad = names.indexOf('gen-05-binary.txt');
      expect(out.slice(0, -1).map((l) => l.source)).toEqual(names.slice(0, bad + 1).map((n) => join(dir, 'in', n)));
      // the summary covers exactly the documents written
      const summary = out.at(-1);
      expect(summary.documents).toBe(bad);
      expect(summary.failed).toBe(1);
      const words = out.slice(0, bad).reduce((a, l) => a + l.stats.words, 0);
      expect(summary.words).toBe(words);
    }
  });
});

function tty() {
  const s = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
  let text = '';
  s.on('data', (c) => (text += c));
  return { s, text: () => text };
}

async function runWithTTY(args: string[]) {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c) => (out += c));
  const err = tty();
  const stdin = new PassThrough();
  stdin.end();
  const code = await main(['node', 'newsparse', ...args], { stdout, stderr: err.s, stdin, env: {} });
  return { code, stdout: out, stderr: err.text() };
}

describe('progress', () => {
  it('draws a bar on a terminal, clears it at the end, and keeps error lines apart', async () => {
    const r = await runWithTTY(['analyze', join(dir, 'in'), '--format', 'ndjson', '--jobs', '1']);
    expect(r.stderr).toMatch(/\[[#-]+\] \d+\/\d+ files · [\d.]+\/[\d.]+ MB · [\d.,]+ files\/s · ETA/);
    expect(r.stderr).toContain('\r\u001b[2Knewsparse: ');
    expect(r.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(r.stdout).not.toContain('files/s');
  });

  it('--quiet: no bar, the error lines stay; not a terminal: no bar', async () => {
    const q = await runWithTTY(['analyze', join(dir, 'in'), '--format', 'ndjson', '--quiet']);
    expect(q.stderr).not.toContain('files/s');
    expect(q.stderr).toMatch(/^newsparse: .*gen-05-binary\.txt: .*\n$/);
    const plain = await runCli(['analyze', join(dir, 'in'), '--format', 'ndjson']);
    expect(plain.stderr).not.toContain('files/s');
  });
});

describe('--summary-only', () => {
  it('writes only the partial (json or one ndjson line); other formats are a usage error', async () => {
    const j = await runCli(['analyze', join(dir, 'in'), '--format', 'json', '--summary-only', '--jobs', '2']);
    const partial = JSON.parse(j.stdout);
    expect(partial.format).toBe('newsparse-aggregate/1');
    expect(partial.totals.documents).toBe(names.length - 1);
    expect(partial.errors).toHaveLength(1);
    const n = await runCli(['analyze', join(dir, 'in'), '--format', 'ndjson', '--summary-only', '--jobs', '1']);
    expect(n.stdout.trim().split('\n')).toHaveLength(1);
    const { type, ...rest } = JSON.parse(n.stdout);
    expect(type).toBe('partial');
    expect(JSON.stringify(rest)).toBe(JSON.stringify(partial));
    for (const f of ['table', 'csv']) expect((await runCli(['analyze', join(dir, 'in'), '--format', f, '--summary-only'])).code).toBe(2);
  });
});

describe('large files', () => {
  const base: AnalyzeSettings = {
    inputs: [],
    include: [],
    exclude: [],
    format: 'ndjson',
    top: 10,
    tables: ['words'],
    perFile: 'auto',
    tokens: false,
    sentences: false,
    text: false,
    keepStopwords: false,
    normalize: {},
    gazetteer: [],
    failFast: false,
    quiet: true,
  };
  async function analyze(settings: Partial<AnalyzeSettings>, input?: string) {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (c) => (out += c));
    stderr.on('data', (c) => (err += c));
    const stdin = new PassThrough();
    if (input !== undefined) {
      // in several writes, as a pipe delivers it
      for (let k = 0; k < input.length; k += 10_000) stdin.write(input.slice(k, k + 10_000));
    }
    stdin.end();
    const code = await runAnalyze({ ...base, ...settings }, { stdout, stderr, stdin, env: {} });
    return { code, stdout: out, stderr: err };
  }

  let big: string;
  let text: string;
  beforeAll(() => {
    // paragraphs of the bundled articles, repeated: about 200 KB
    const paras = readdirSync(corpus)
      .filter((f) => f.endsWith('.txt') && !f.includes('cp1256') && !f.includes('utf16') && !f.includes('crlf'))
      .map((f) => readFileSync(join(corpus, f), 'utf8').trim());
    text = Array.from({ length: 6 }, () => paras.join('\n\n')).join('\n\n') + '\n';
    big = join(dir, 'big.txt');
    writeFileSync(big, text);
  });

  it('large standard input is analyzed in pieces too, with the results of the same file', async () => {
    const opts = { largeFileBytes: 50_000, chunkBytes: 16 * 1024, text: true };
    const fromFile = lines((await analyze({ inputs: [big], ...opts })).stdout);
    const r = await analyze({ inputs: ['-'], ...opts }, text);
    expect(r.code).toBe(0);
    const [doc, summary] = lines(r.stdout);
    expect(doc.source).toBe('-');
    expect(doc.text).toBe(text);
    expect({ ...doc, source: '' }).toEqual({ ...fromFile[0], source: '' });
    expect(summary.words).toBe(fromFile[1].words);
    // a small input is read whole
    const small = lines((await analyze({ inputs: ['-'], ...opts }, 'قال الوزير إن الاجتماع انتهى.\n')).stdout);
    expect(small[0].stats.words).toBe(5);
  });

  it('is analyzed in pieces with offsets in the whole file and the stats of one pass', async () => {
    const whole = lines((await analyze({ inputs: [big], largeFileBytes: 1 << 30 })).stdout)[0];
    const r = await analyze({ inputs: [big], largeFileBytes: 1000, chunkBytes: 16 * 1024, text: true, tokens: true, sentences: true });
    expect(r.code).toBe(0);
    const [doc, summary] = lines(r.stdout);
    expect(doc.type).toBe('document');
    expect(doc.text).toBe(text);
    const chars = [...text];
    const slice = (s: { start: number; end: number }) => chars.slice(s.start, s.end).join('');
    for (const t of doc.tokens) expect(slice(t)).toBe(t.text);
    for (const e of doc.entities) expect(slice(e)).toBe(e.text);
    for (const q of doc.quotes) expect(slice(q)).toBe(q.text);
    for (const s of doc.sentences) {
      expect(doc.tokens[s.tokenStart].start).toBeGreaterThanOrEqual(s.start);
      expect(doc.tokens[s.tokenEnd - 1].end).toBeLessThanOrEqual(s.end);
    }
    // pieces are cut between paragraphs: the counts are those of one pass
    expect(doc.stats).toEqual(whole.stats);
    expect(doc.frequencies).toEqual(whole.frequencies);
    expect(doc.entities.length).toBeGreaterThan(100);
    expect(summary.documents).toBe(1);
    expect(summary.words).toBe(whole.stats.words);
    expect(summary.entities.every((e: { documents: number }) => e.documents === 1)).toBe(true);
  });

  it('json output stays one valid document with the large record among the others', async () => {
    const r = await analyze({ inputs: [join(dir, 'in', 'gen-00.txt'), big, join(dir, 'in', 'gen-01.txt')], format: 'json', largeFileBytes: 50_000, chunkBytes: 32 * 1024 });
    const j = JSON.parse(r.stdout);
    expect(j.documents.map((d: { source: string }) => d.source)).toEqual([join(dir, 'in', 'gen-00.txt'), big, join(dir, 'in', 'gen-01.txt')]);
    expect(j.summary.documents).toBe(3);
  });

  it('worker threads stream large records through temporary files: same bytes, nothing left behind', async () => {
    const parts = () => readdirSync(tmpdir()).filter((f) => f.startsWith('newsparse-') && f.endsWith('.part')).length;
    const before = parts();
    const inputs = [join(dir, 'in', 'gen-00.txt'), big, join(dir, 'in', 'gen-01.txt'), big, join(dir, 'in', 'gen-02.txt')];
    const one = await analyze({ inputs, largeFileBytes: 50_000, chunkBytes: 32 * 1024, jobs: 1, text: true });
    const two = await analyze({ inputs, largeFileBytes: 50_000, chunkBytes: 32 * 1024, jobs: 2, text: true });
    expect(two.stdout).toBe(one.stdout);
    expect(lines(two.stdout).map((l) => l.type)).toEqual(['document', 'document', 'document', 'document', 'document', 'summary']);
    expect(parts()).toBe(before);
  });

  it('table output gets an in-memory record', async () => {
    const r = await analyze({ inputs: [big], format: 'table', largeFileBytes: 1000, chunkBytes: 16 * 1024 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('big.txt');
  });

  it('an undecodable large file is an error record', async () => {
    const bad = join(dir, 'big-binary.txt');
    writeFileSync(bad, Buffer.alloc(200_000, 0));
    const r = await analyze({ inputs: [bad], largeFileBytes: 1000, chunkBytes: 16 * 1024 });
    expect(r.code).toBe(1);
    expect(lines(r.stdout)[0].type).toBe('error');
    expect(r.stderr).toContain('big-binary.txt');
  });
});

describe('table output of a corpus', () => {
  it('lists the first 50 documents and every failed one, says how many more, and sums them all', async () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 64; i++) writeFileSync(join(many, `a-${String(i).padStart(2, '0')}.txt`), SENTENCES[i % SENTENCES.length] + '\n');
    writeFileSync(join(many, 'z-binary.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0, 0x10, 0, 0, 0x9f, 0, 0]));
    for (const jobs of ['1', '2']) {
      const r = await runCli(['analyze', many, '--jobs', jobs]);
      expect(r.code).toBe(1);
      const rows = r.stdout.split('\n').filter((l) => l.startsWith(`│ ${many}/`));
      expect(rows).toHaveLength(51);
      expect(rows[0]).toContain('a-00.txt');
      expect(rows[49]).toContain('a-49.txt');
      expect(rows[50]).toContain('z-binary.txt');
      expect(r.stdout).toContain('… and 14 more documents');
      const json = JSON.parse((await runCli(['analyze', many, '--jobs', jobs, '--format', 'json'])).stdout);
      expect(r.stdout).toContain(`corpus: 64 documents (1 failed)`);
      expect(r.stdout).toContain(`${json.summary.words.toLocaleString('en-US')} words · ${json.summary.types.toLocaleString('en-US')} types`);
    }
  });
});
