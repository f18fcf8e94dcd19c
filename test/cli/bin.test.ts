/**
 * End to end: the built launcher (bin/newsparse.js → dist/) run as a real process with execa.
 * `npm test` builds first (pretest).
 */
import { describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'newsparse.js');
const corpus = join(root, 'corpus');
const run = (args: string[], opts: { input?: string } = {}) =>
  execa('node', [bin, ...args], { cwd: root, reject: false, input: opts.input, env: { NO_COLOR: '1' } });

describe('newsparse (built bin)', () => {
  it('--version and --help with examples for every command', async () => {
    const v = await run(['--version']);
    expect(v.exitCode).toBe(0);
    expect(v.stdout).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    for (const cmd of [[], ['analyze'], ['normalize'], ['tokens']]) {
      const h = await run([...cmd, '--help']);
      expect(h.exitCode, cmd.join(' ')).toBe(0);
      expect(h.stdout, cmd.join(' ')).toContain('Examples:');
    }
  });

  it('analyzes the whole bundled corpus and prints tables for every article', async () => {
    const r = await run(['analyze', 'corpus']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    const articles = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
    expect(articles.length).toBeGreaterThanOrEqual(11);
    for (const f of articles) expect(r.stdout).toContain(join('corpus', f));
    expect(r.stdout).toContain(`corpus: ${articles.length} documents`);
  });

  it('exits quietly when the reader of its output goes away (| head -1)', async () => {
    const r = await execa('bash', ['-o', 'pipefail', '-c', `node ${bin} analyze corpus corpus corpus --format ndjson --tokens | head -1`], {
      cwd: root,
      reject: false,
    });
    expect(r.stdout.split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).type).toBe('document');
    expect(r.stderr).toBe('');
  });

  it('help and usage text end quietly too when the reader goes away', async () => {
    // --help is larger than a pipe read by head -c 1 can take at once
    const r = await execa('bash', ['-c', `node ${bin} eval --help | head -c 1; node ${bin} --help | head -c 1`], { cwd: root, reject: false });
    expect(r.stderr).toBe('');
  });

  it('the library API: import { analyze } from "newsparse"', async () => {
    const code = `import { analyze } from 'newsparse'; const d = analyze('قالت الوزارة إن الاجتماع انتهى.'); console.log(JSON.stringify([d.stats.words, d.tokens[0].norm]));`;
    const r = await execa('node', ['--input-type=module', '-e', code], { cwd: root, reject: false });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([5, 'قالت']);
  });

  it('the Windows-1256, UTF-16 and CRLF articles give the same words as their UTF-8 twins', async () => {
    const twins = join(root, 'test', 'fixtures', 'twins');
    const names = existsSync(twins) ? readdirSync(twins).filter((f) => f.endsWith('.txt')) : [];
    expect(names.length).toBeGreaterThanOrEqual(3);
    const encodings = new Set<string>();
    for (const name of names) {
      const [enc, twin] = await Promise.all([
        run(['analyze', join('corpus', name), '--format', 'json', '--tokens', '--stopwords']),
        run(['analyze', join(twins, name), '--format', 'json', '--tokens', '--stopwords']),
      ]);
      const a = JSON.parse(enc.stdout).documents[0];
      const b = JSON.parse(twin.stdout).documents[0];
      encodings.add(a.encoding);
      expect(b.encoding).toBe('utf-8');
      const words = (d: { tokens: { kind: string; text: string }[] }) => d.tokens.filter((t) => t.kind !== 'punct').map((t) => t.text);
      expect(words(a), name).toEqual(words(b));
      expect(a.stats.words).toBe(b.stats.words);
      expect(a.frequencies).toEqual(b.frequencies);
    }
    expect(encodings).toEqual(new Set(['windows-1256', 'utf-16le', 'utf-8']));
  });
});
