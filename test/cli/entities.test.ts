/**
 * `newsparse entities`: in-process through main(), and once through the built launcher.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import iconv from 'iconv-lite';
import { runCli } from '../helpers.js';

// made-up names, given in a user gazetteer so the expected mentions are known
const GAZETTEER = [
  'np:test-nakheel\tORG\tشركة النخيل الذهبية\tGolden Palm Co.\t',
  'np:test-zaytoun\tGPE\tوادي الزيتون\tOlive Valley\t',
  'np:test-hawari\tPERSON\tسليم الهواري\tSalim al-Hawari\tالهواري',
].join('\n');
// an emoji (two UTF-16 units) before the names: offsets must still be code points
const TEXT = '😀 وقعت شركة النخيل الذهبية عقدا في وادي الزيتون.\nوقال سليم الهواري إن العمل يبدأ غدا، وأضاف الهواري أنه متفائل.\n';

let dir: string;
let gaz: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsparse-entities-'));
  gaz = join(dir, 'names.tsv');
  writeFileSync(gaz, GAZETTEER);
  writeFileSync(join(dir, 'a.txt'), TEXT);
  writeFileSync(join(dir, 'a.cp1256.txt'), iconv.encode(TEXT.replace('😀 ', ''), 'windows-1256'));
});

const rows = (stdout: string) => stdout.trimEnd().split('\n').map((l) => l.split('\t'));

describe('newsparse entities', () => {
  it('TSV: a header, then one mention per line with code-point offsets', async () => {
    const r = await runCli(['entities', join(dir, 'a.txt'), '--gazetteer', gaz]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [head, ...body] = rows(r.stdout);
    expect(head).toEqual(['start', 'end', 'type', 'entityId', 'label', 'labelEn', 'text']);
    expect(body.map((c) => [c[2], c[3], c[6]])).toEqual([
      ['ORG', 'np:test-nakheel', 'شركة النخيل الذهبية'],
      ['GPE', 'np:test-zaytoun', 'وادي الزيتون'],
      ['PERSON', 'np:test-hawari', 'سليم الهواري'],
      ['PERSON', 'np:test-hawari', 'الهواري'],
    ]);
    expect(body[3].slice(4, 6)).toEqual(['سليم الهواري', 'Salim al-Hawari']);
    const chars = [...TEXT];
    for (const c of body) expect(chars.slice(Number(c[0]), Number(c[1])).join('')).toBe(c[6]);
  });

  it('--format json and ndjson carry the full entity records', async () => {
    const j = await runCli(['entities', '-', '--format', 'json', '--gazetteer', gaz], { stdin: TEXT });
    const out = JSON.parse(j.stdout);
    expect(out.source).toBe('-');
    expect(out.encoding).toBe('utf-8');
    expect(out.entities).toHaveLength(4);
    expect(out.entities[0]).toMatchObject({ type: 'ORG', entityId: 'np:test-nakheel', labelEn: 'Golden Palm Co.', source: 'gazetteer' });
    const nd = await runCli(['entities', '-', '--format', 'ndjson', '--gazetteer', gaz], { stdin: TEXT });
    expect(nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(out.entities);
  });

  it('without the gazetteer the made-up company is not known by its id', async () => {
    const r = await runCli(['entities', join(dir, 'a.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('np:test-');
  });

  it('--encoding decodes a Windows-1256 file', async () => {
    const r = await runCli(['entities', join(dir, 'a.cp1256.txt'), '--encoding', 'windows-1256', '--format', 'json', '--gazetteer', gaz]);
    const out = JSON.parse(r.stdout);
    expect(out.encoding).toBe('windows-1256');
    expect(out.entities.map((e: { entityId: string }) => e.entityId)).toContain('np:test-zaytoun');
  });

  it('errors: a missing file is one line naming it (exit 1); bad flags and gazetteers are usage errors (exit 2)', async () => {
    const missing = join(dir, 'nope.txt');
    const r = await runCli(['entities', missing]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`newsparse: ${missing}: no such file or directory\n`);
    for (const args of [
      ['entities', join(dir, 'a.txt'), '--format', 'csv'],
      ['entities', join(dir, 'a.txt'), '--encoding', 'klingon'],
      ['entities', join(dir, 'a.txt'), '--gazetteer', join(dir, 'none.tsv')],
      ['entities', join(dir, 'a.txt'), '--keep', 'nonsense'],
    ]) {
      const u = await runCli(args);
      expect(u.code, args.join(' ')).toBe(2);
      expect(u.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('--help shows the columns and examples', async () => {
    const r = await runCli(['entities', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('TSV columns');
    expect(r.stdout).toContain('Examples:');
  });
});

describe('newsparse entities (built bin)', () => {
  it('reads standard input and prints TSV', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const r = await execa('node', [join(root, 'bin', 'newsparse.js'), 'entities', '-', '--gazetteer', gaz], { input: TEXT, reject: false });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows(r.stdout).slice(1).map((c) => c[3])).toEqual(['np:test-nakheel', 'np:test-zaytoun', 'np:test-hawari', 'np:test-hawari']);
  });
});
