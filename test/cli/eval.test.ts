/**
 * `newsparse eval --conll`: in-process through main(), and once through the built launcher,
 * on CoNLL snippets written for the test.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { runCli } from '../helpers.js';
import { SNIPPET } from '../eval/snippet.js';

const GAZETTEER = [
  'np:test-nakheel\tORG\tشركة النخيل الذهبية\tGolden Palm Co.\t',
  'np:test-zaytoun\tGPE\tوادي الزيتون\tOlive Valley\t',
  'np:test-hawari\tPERSON\tسليم الهواري\tSalim al-Hawari\tالهواري',
].join('\n');

let dir: string;
let gaz: string;
let conll: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsparse-eval-'));
  gaz = join(dir, 'names.tsv');
  conll = join(dir, 'dev.conll');
  writeFileSync(gaz, GAZETTEER);
  writeFileSync(conll, SNIPPET + '\n');
  writeFileSync(join(dir, 'bad.conll'), 'كلمة O\nكلمة B_ORG\n');
});

describe('newsparse eval', () => {
  it('--format json: per type and micro, exact and overlap, counts and timing', async () => {
    const r = await runCli(['eval', '--conll', conll, '--format', 'json', '--gazetteer', gaz]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ file: conll, tokens: 26, sentences: 3, unscored: { MISC: 1 } });
    expect(out.gold).toEqual({ PERSON: 2, ORG: 1, LOC: 1 });
    expect(out.predicted).toEqual({ PERSON: 2, ORG: 1, LOC: 1 });
    expect(out.exact.ORG).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(out.overlap.ORG).toMatchObject({ tp: 1, f1: 1 });
    expect(out.exact.micro).toMatchObject({ tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75 });
    expect(out.overlap.micro.f1).toBe(1);
    expect(out.errors.falsePositives).toEqual({ boundary: 1 });
    expect(out.errors.falsePositiveExamples).toBeUndefined();
    expect(out.timing.documents).toBe(1);
    expect(out.timing.words).toBeGreaterThan(20);
    expect(out.timing.wordsPerSecond).toBeGreaterThan(0);
  });

  it('the table: a row per type and micro, percentages; --show-errors gives examples in context', async () => {
    const r = await runCli(['eval', '--conll', conll, '--gazetteer', gaz, '--show-errors', '5']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const row = (name: string) => lines.find((l) => l.startsWith(`│ ${name} `))!.split('│').slice(1, -1).map((c) => c.trim());
    expect(row('ORG')).toEqual(['ORG', '1', '1', '0.0', '0.0', '0.0', '100.0', '100.0', '100.0']);
    expect(row('micro')).toEqual(['micro', '4', '4', '75.0', '75.0', '75.0', '100.0', '100.0', '100.0']);
    expect(r.stdout).toMatch(/26 tokens · 3 sentences · not scored: MISC 1/);
    expect(r.stdout).toMatch(/words\/s/);
    expect(r.stdout).toContain('false positives (exact): 1 — boundary 1');
    expect(r.stdout).toMatch(/ORG +boundary +line 2 +… وقعت \[شركة النخيل الذهبية\] عقدا جديدا في وادي الزيتون … +gold: ORG \[النخيل الذهبية\]/);
    expect(r.stdout).toMatch(/ORG +boundary +line 3 +… وقعت شركة \[النخيل الذهبية\] .* predicted: ORG \[شركة النخيل الذهبية\]/);
  });

  it('--chunk analyzes sentences in separate documents', async () => {
    const r = await runCli(['eval', '--conll', conll, '--gazetteer', gaz, '--chunk', '1', '--format', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out.timing).toMatchObject({ documents: 3, chunk: 1 });
    expect(out.exact.micro).toMatchObject({ tp: 3, fp: 1, fn: 1 });
  });

  it('reads the CoNLL file from standard input with --conll -', async () => {
    const r = await runCli(['eval', '--conll', '-', '--format', 'json', '--gazetteer', gaz], { stdin: SNIPPET });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).file).toBe('-');
  });

  it('errors: unreadable or malformed files exit 1 with one line naming the file and line; usage errors exit 2', async () => {
    const missing = join(dir, 'none.conll');
    const r = await runCli(['eval', '--conll', missing]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`newsparse: ${missing}: no such file or directory\n`);
    const bad = await runCli(['eval', '--conll', join(dir, 'bad.conll')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(`newsparse: ${join(dir, 'bad.conll')}: line 2: 'B_ORG' is not a BIO label (B-X, I-X or O)\n`);
    for (const args of [['eval'], ['eval', '--conll', conll, '--show-errors', 'many'], ['eval', '--conll', conll, '--chunk', '-1'], ['eval', '--conll', conll, '--format', 'csv']]) {
      const u = await runCli(args);
      expect(u.code, args.join(' ')).toBe(2);
      expect(u.stdout).toBe('');
    }
  });

  it('--help explains the labels and scoring, with examples', async () => {
    const r = await runCli(['eval', '--help']);
    expect(r.stdout).toContain('PERS');
    expect(r.stdout).toContain('overlap');
    expect(r.stdout).toContain('Examples:');
  });
});

describe('newsparse eval (built bin)', () => {
  it('scores a CoNLL file', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const r = await execa('node', [join(root, 'bin', 'newsparse.js'), 'eval', '--conll', conll, '--gazetteer', gaz, '--format', 'json'], { reject: false });
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).overlap.micro.f1).toBe(1);
  });
});
