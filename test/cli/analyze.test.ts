/**
 * The CLI in-process: formats, exit codes, stdin, errors, colors.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { runCli } from '../helpers.js';

const schema = JSON.parse(readFileSync(new URL('../../docs/newsparse-output.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const A = 'قال وزير الاقتصاد إن النمو بلغ ٣٫٥٪ هذا العام، مؤكدا أن الاستثمارات الأجنبية تضاعفت.\nوأضاف أن الحكومة ستخفض الضرائب على الشركات الصغيرة.\n';
const B = 'فاز المنتخب المغربي على نظيره البرتغالي بهدف نظيف في المباراة التي أقيمت مساء أمس.\nوقال المدرب: "اللاعبون قدموا مباراة كبيرة".\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsparse-cli-'));
  writeFileSync(join(dir, 'a.txt'), A);
  writeFileSync(join(dir, 'b.txt'), B);
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'c.txt'), A + B);
  writeFileSync(join(dir, 'sub', 'notes.md'), 'not an article');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00, 0x9f]));
});

describe('analyze --format json', () => {
  it('validates against the documented contract and reports stats', async () => {
    const r = await runCli(['analyze', join(dir, 'a.txt'), '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(out.version).toBe(1);
    const doc = out.documents[0];
    expect(doc.encoding).toBe('utf-8');
    expect(doc.stats.sentences).toBe(2);
    expect(doc.stats.characters).toBe([...A].length);
    // stopwords (إن، أن، على، هذا) are not in the word table by default
    const terms = doc.frequencies.words.map((w: { term: string }) => w.term);
    expect(terms).not.toContain('ان');
    expect(terms).not.toContain('علي');
    expect(doc.tokens).toBeUndefined();
    expect(out.summary.documents).toBe(1);
  });

  it('includes tokens only with --tokens, with code-point offsets', async () => {
    const text = 'مرحبا 😀 بالعالم';
    const r = await runCli(['analyze', '-', '--format', 'json', '--tokens'], { stdin: text });
    const doc = JSON.parse(r.stdout).documents[0];
    const chars = [...text];
    for (const t of doc.tokens) expect(chars.slice(t.start, t.end).join('')).toBe(t.text);
    expect(doc.tokens.map((t: { kind: string }) => t.kind)).toEqual(['word', 'emoji', 'word']);
  });

  it('keeps stopwords with --stopwords', async () => {
    const r = await runCli(['analyze', '-', '--format', 'json', '--stopwords', '--top', '100'], { stdin: A });
    const terms = JSON.parse(r.stdout).documents[0].frequencies.words.map((w: { term: string }) => w.term);
    expect(terms).toContain('ان');
  });
});

describe('inputs and exit codes', () => {
  it('walks folders recursively (*.txt by default), in sorted order, and goes on after a bad file', async () => {
    const r = await runCli(['analyze', dir, '--format', 'ndjson']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const sources = lines.filter((l) => l.type !== 'summary').map((l) => l.source);
    expect(sources).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'binary.txt'), join(dir, 'sub', 'c.txt')]);
    const bad = lines.find((l) => l.type === 'error');
    expect(bad.source).toBe(join(dir, 'binary.txt'));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('binary.txt');
    const summary = lines.at(-1);
    expect(summary.type).toBe('summary');
    expect(summary.documents).toBe(3);
    expect(summary.failed).toBe(1);
  });

  it('a missing file is exit 1 with one line naming it; the other file is still analyzed', async () => {
    const r = await runCli(['analyze', join(dir, 'nope.txt'), join(dir, 'a.txt'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`newsparse: ${join(dir, 'nope.txt')}: no such file or directory\n`);
    const out = JSON.parse(r.stdout);
    expect(out.documents).toHaveLength(2);
    expect(out.summary.documents).toBe(1);
    expect(out.summary.errors[0].error.code).toBe('ENOENT');
  });

  it('usage errors exit 2 with one line', async () => {
    for (const args of [['analyze', '--format', 'xml', 'a.txt'], ['analyze', '--top', 'ten', 'a.txt'], ['analyze'], ['analyze', '--bogus'], ['analyze', '--keep', 'nonsense', 'a.txt'], ['analyze', '--encoding', 'klingon', 'a.txt']]) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/newsparse|error/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reads standard input with -', async () => {
    const r = await runCli(['analyze', '-', '--format', 'json'], { stdin: B });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents[0].source).toBe('-');
  });

  it('--files-from reads a list of paths', async () => {
    writeFileSync(join(dir, 'list'), `${join(dir, 'b.txt')}\n\n${join(dir, 'a.txt')}\n`);
    const r = await runCli(['analyze', '--files-from', join(dir, 'list'), '--format', 'ndjson']);
    const sources = r.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((l) => l.type === 'document').map((l) => l.source);
    expect(sources).toEqual([join(dir, 'b.txt'), join(dir, 'a.txt')]);
  });
});

describe('table output', () => {
  it('prints a header and the frequency table, no colors when not a terminal', async () => {
    const r = await runCli(['analyze', join(dir, 'a.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('a.txt');
    expect(r.stdout).toMatch(/encoding utf-8 · [\d,]+ characters · \d+ words · \d+ types · 2 sentences/);
    expect(r.stdout).toContain('الاستثمارات');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('FORCE_COLOR turns colors on, NO_COLOR and --no-color keep them off', async () => {
    expect((await runCli(['analyze', join(dir, 'a.txt')], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[/);
    expect((await runCli(['analyze', join(dir, 'a.txt'), '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
    expect((await runCli(['analyze', join(dir, 'a.txt')], { env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
  });

  it('aligns borders for diacritized Arabic (harakat take no column)', async () => {
    const r = await runCli(['analyze', '-', '--stopwords'], { stdin: 'مُحَمَّد محمد مُحَمَّد سافر' });
    // every table (from its ┌ to its └) has lines of one width once harakat are not counted
    const width = (s: string) => [...s.replace(/[\u064B-\u0652]/g, '')].length;
    const tables: string[][] = [];
    for (const l of r.stdout.split('\n')) {
      if (l.startsWith('┌')) tables.push([]);
      if (/^[┌│├└]/.test(l)) tables.at(-1)!.push(l);
    }
    expect(tables.length).toBeGreaterThan(0);
    expect(tables[0].length).toBeGreaterThan(3);
    expect(r.stdout).toContain('مُحَمَّد');
    for (const t of tables) expect(new Set(t.map(width)).size).toBe(1);
  });

  it('several files: an overview, per-file tables (auto up to 20 files) and the corpus summary', async () => {
    const r = await runCli(['analyze', join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(r.stdout).toContain('corpus: 2 documents');
    expect(r.stdout.match(/encoding utf-8 ·/g)?.length).toBe(2);
    const r2 = await runCli(['analyze', join(dir, 'a.txt'), join(dir, 'b.txt'), '--no-per-file']);
    expect(r2.stdout.match(/encoding utf-8 ·/g)).toBeNull();
    expect(r2.stdout).toContain('corpus: 2 documents');
  });
});

describe('csv', () => {
  it('writes RFC 4180 rows with a header, CRLF line ends, quoting fields with commas', async () => {
    const r = await runCli(['analyze', '-', '--format', 'csv', '--table', 'words'], { stdin: 'الشركة "الكبرى" والشركة, الكبرى' });
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('source,rank,term,count,share');
    expect(lines[1]).toMatch(/^\*,1,/);
    const r2 = await runCli(['analyze', join(dir, 'a.txt'), join(dir, 'b.txt'), '--format', 'csv', '--table', 'documents']);
    const rows = r2.stdout.trim().split('\r\n');
    expect(rows[0]).toBe('source,encoding,characters,words,types,sentences,entities,quotes,error');
    expect(rows).toHaveLength(3);
  });

  it('--table outside csv is a usage error', async () => {
    expect((await runCli(['analyze', '-', '--table', 'words'], { stdin: A })).code).toBe(2);
  });
});

describe('normalize and tokens commands', () => {
  it('normalize strips harakat and folds letters; --keep keeps a rule off', async () => {
    const text = 'مُحَمَّدٌ فِي الدَّوْحَةِ، إِسْرائيل ١٢٣\n';
    const r = await runCli(['normalize', '-'], { stdin: text });
    expect(r.stdout).toBe('محمد في الدوحة، اسراييل 123\n');
    const again = await runCli(['normalize', '-'], { stdin: r.stdout });
    expect(again.stdout).toBe(r.stdout);
    const kept = await runCli(['normalize', '-', '--keep', 'harakat'], { stdin: 'مُحَمَّدٌ' });
    expect(kept.stdout).toBe('مُحَمَّدٌ');
    const only = await runCli(['normalize', '-', '--only', 'digits'], { stdin: 'مُحَمَّد ١٢' });
    expect(only.stdout).toBe('مُحَمَّد 12');
  });

  it('tokens prints one token per line with code-point offsets', async () => {
    const r = await runCli(['tokens', '-'], { stdin: 'قال: «نعم» #قطر' });
    const rows = r.stdout.trim().split('\n').slice(1).map((l) => l.split('\t'));
    expect(rows.map((c) => c[3])).toEqual(['قال', ':', '«', 'نعم', '»', '#قطر']);
    expect(rows.at(-1)![2]).toBe('hashtag');
  });
});
