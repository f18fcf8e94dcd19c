/**
 * `newsparse quotes`: in-process through main(), and once through the built launcher.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { runCli } from '../helpers.js';

const GAZETTEER = 'np:test-hawari\tPERSON\tسليم الهواري\tSalim al-Hawari\tالهواري\n';
// a direct quote from a named speaker, an indirect one from an anonymous source, an emoji
// inside a quote (offsets stay code points), a tab inside a quote (escaped in TSV)
const TEXT =
  '😀 وقال سليم الهواري: «العقد مهم جدا،\tولن نتراجع».\n' +
  'وأكد مصدر مسؤول أن العمل يبدأ غدا في المصنع الجديد.\n' +
  'وأضاف الهواري أن الشركة ستوظف مئة عامل 😀 هذا العام.\n';

let dir: string;
let gaz: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsparse-quotes-'));
  gaz = join(dir, 'names.tsv');
  writeFileSync(gaz, GAZETTEER);
  writeFileSync(join(dir, 'a.txt'), TEXT);
});

const unescape = (s: string) => s.replace(/\\([tnr\\])/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r', '\\': '\\' })[c]!);
const rows = (stdout: string) => stdout.trimEnd().split('\n').map((l) => l.split('\t'));

describe('newsparse quotes', () => {
  it('TSV: kind, cue and class, speaker, source type and id, via, text', async () => {
    const r = await runCli(['quotes', join(dir, 'a.txt'), '--gazetteer', gaz]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [head, ...body] = rows(r.stdout);
    expect(head).toEqual(['start', 'end', 'kind', 'cue', 'cueClass', 'speaker', 'sourceType', 'speakerEntityId', 'via', 'text']);
    expect(body).toHaveLength(3);
    expect(body.map((c) => c.length)).toEqual([10, 10, 10]);
    expect(body[0].slice(2, 9)).toEqual(['direct', 'وقال', 'statement', 'سليم الهواري', 'named', 'np:test-hawari', '']);
    expect(body[1].slice(2, 8)).toEqual(['indirect', 'وأكد', 'assertion', 'مصدر مسؤول', 'anonymous', '']);
    expect(body[2].slice(6, 8)).toEqual(['named', 'np:test-hawari']);
    // the tab inside the first quote is escaped; offsets are code points of the text
    expect(body[0][9]).toBe('العقد مهم جدا،\\tولن نتراجع');
    const chars = [...TEXT];
    for (const c of body) expect(chars.slice(Number(c[0]), Number(c[1])).join('')).toBe(unescape(c[9]));
  });

  it('--format json adds the sourcing profile; ndjson is one quote per line', async () => {
    const j = await runCli(['quotes', '-', '--format', 'json', '--gazetteer', gaz], { stdin: TEXT });
    expect(j.code).toBe(0);
    const out = JSON.parse(j.stdout);
    expect(out.sourcing).toEqual({ quotes: 3, named: 2, anonymous: 1, unattributed: 0 });
    expect(out.quotes[0]).toMatchObject({ kind: 'direct', cue: { class: 'statement' }, speaker: { entityId: 'np:test-hawari', sourceType: 'named' } });
    const nd = await runCli(['quotes', '-', '--format', 'ndjson', '--gazetteer', gaz], { stdin: TEXT });
    expect(nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(out.quotes);
  });

  it('a text without quotes prints only the header', async () => {
    const r = await runCli(['quotes', '-'], { stdin: 'ارتفعت درجات الحرارة اليوم.\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('start\tend\tkind\tcue\tcueClass\tspeaker\tsourceType\tspeakerEntityId\tvia\ttext\n');
  });

  it('errors: undecodable input is one line naming the file (exit 1); usage errors exit 2', async () => {
    const bin = join(dir, 'binary.txt');
    writeFileSync(bin, Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00, 0x9f]));
    const r = await runCli(['quotes', bin]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^newsparse: ${bin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect((await runCli(['quotes', join(dir, 'a.txt'), '--format', 'table'])).code).toBe(2);
    expect((await runCli(['quotes', join(dir, 'a.txt'), '--gazetteer', join(dir, 'a.txt')])).code).toBe(2);
  });

  it('--help shows the columns and examples', async () => {
    const r = await runCli(['quotes', '--help']);
    expect(r.stdout).toContain('sourceType');
    expect(r.stdout).toContain('Examples:');
  });
});

describe('newsparse quotes (built bin)', () => {
  it('prints the quotes of a file', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const r = await execa('node', [join(root, 'bin', 'newsparse.js'), 'quotes', join(dir, 'a.txt'), '--format', 'json', '--gazetteer', gaz], { reject: false });
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).sourcing.quotes).toBe(3);
  });
});
