/**
 * Scale-out: partials of shards, merged, are byte for byte the result of one run over the union
 * — in-process, and with GNU parallel running the built CLI on 4 shards.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, readdirSync, copyFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa, execaSync } from 'execa';
import { runCli } from '../helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'newsparse.js');
const corpus = join(root, 'corpus');

const SENTENCES = [
  'قال رئيس الوزراء إن الحكومة ستطرح خطة جديدة للإسكان.',
  'وأشار مسؤول في البنك المركزي إلى أن التضخم بدأ يتراجع.',
  'نقلت وكالة الأنباء عن مصدر دبلوماسي أن الزيارة أرجئت.',
  'وقالت الناطقة باسم الوزارة: "الوضع تحت السيطرة".',
  'سجلت البورصة مكاسب واسعة مع ارتفاع أسهم البنوك.',
];

let dir: string;
let files: string[];
let shards: string[][];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsparse-merge-'));
  mkdirSync(join(dir, 'in'));
  for (const f of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) copyFileSync(join(corpus, f), join(dir, 'in', f));
  for (let i = 0; i < 13; i++) {
    const body = Array.from({ length: 2 + (i % 3) }, (_, k) => SENTENCES[(i * 2 + k) % SENTENCES.length]).join(' ');
    writeFileSync(join(dir, 'in', `note-${i}.txt`), body + '\n');
  }
  writeFileSync(join(dir, 'in', 'note-broken.txt'), Buffer.from([0, 0, 0, 1, 2, 3, 0xfe, 0, 0]));
  files = readdirSync(join(dir, 'in'))
    .sort()
    .map((f) => join(dir, 'in', f));
  // 4 shards of unequal sizes, not in corpus order
  shards = [[], [], [], []];
  files.forEach((f, i) => shards[(i * 7) % 4 === 3 ? 3 : i % 3].push(f));
  shards.forEach((s, i) => writeFileSync(join(dir, `shard${i}.list`), s.join('\n') + '\n'));
  writeFileSync(join(dir, 'all.list'), files.join('\n') + '\n');
});

async function partial(list: string, format = 'json', extra: string[] = []) {
  const r = await runCli(['analyze', '--files-from', list, '--format', format, '--summary-only', '--jobs', '1', ...extra]);
  return r.stdout;
}

describe('newsparse merge', () => {
  it('merging the partials of 4 shards, in any order, gives the bytes of one run', async () => {
    const single = await partial(join(dir, 'all.list'));
    expect(JSON.parse(single).totals.documents).toBe(files.length - 1);
    const parts = await Promise.all(shards.map((_, i) => partial(join(dir, `shard${i}.list`))));
    parts.forEach((p, i) => writeFileSync(join(dir, `p${i}.json`), p));
    const merged = await runCli(['merge', ...[3, 1, 0, 2].map((i) => join(dir, `p${i}.json`))]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(single);
    // and merging merged partials again (a tree of reducers)
    writeFileSync(join(dir, 'p01.json'), (await runCli(['merge', join(dir, 'p0.json'), join(dir, 'p1.json')])).stdout);
    writeFileSync(join(dir, 'p23.json'), (await runCli(['merge', join(dir, 'p3.json'), join(dir, 'p2.json')])).stdout);
    expect((await runCli(['merge', join(dir, 'p23.json'), join(dir, 'p01.json')])).stdout).toBe(single);
  });

  it('--summary gives the summary a single run prints (json and ndjson)', async () => {
    const parts = shards.map((_, i) => join(dir, `p${i}.json`));
    const json = JSON.parse((await runCli(['analyze', '--files-from', join(dir, 'all.list'), '--format', 'json', '--top', '7'])).stdout);
    const m = await runCli(['merge', ...parts, '--summary', '--top', '7']);
    expect(m.stdout).toBe(JSON.stringify(json.summary) + '\n');
    const nd = (await runCli(['analyze', '--files-from', join(dir, 'all.list'), '--format', 'ndjson', '--top', '7'])).stdout.trim().split('\n').at(-1);
    expect((await runCli(['merge', ...parts, '--summary', '--top', '7', '--format', 'ndjson'])).stdout).toBe(nd + '\n');
  });

  it('reads partial lines from standard input (a reducer), skipping other JSON lines', async () => {
    const single = await partial(join(dir, 'all.list'), 'ndjson');
    const lines = (await Promise.all(shards.map((_, i) => partial(join(dir, `shard${i}.list`), 'ndjson')))).join('');
    const docs = (await runCli(['analyze', shards[0][0], '--format', 'ndjson'])).stdout;
    const r = await runCli(['merge', '--format', 'ndjson'], { stdin: docs + lines });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(single);
  });

  it('refuses partials counted with other normalization rules, and inputs that are not partials', async () => {
    writeFileSync(join(dir, 'p-keep.json'), await partial(join(dir, 'shard1.list'), 'json', ['--keep', 'harakat']));
    const mixed = await runCli(['merge', join(dir, 'p0.json'), join(dir, 'p-keep.json')]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toMatch(/p-keep\.json: made with other normalization rules/);
    expect(mixed.stdout).toBe('');
    writeFileSync(join(dir, 'not.json'), '{"version":1}');
    const not = await runCli(['merge', join(dir, 'not.json')]);
    expect(not.code).toBe(1);
    expect(not.stderr).toMatch(/not\.json: not a newsparse partial/);
    const missing = await runCli(['merge', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.json: no such file or directory');
  });
});

function hasParallel(): boolean {
  try {
    return execaSync('parallel', ['--version'], { reject: false }).stdout.startsWith('GNU parallel');
  } catch {
    return false;
  }
}
const parallel = hasParallel();
const built = (() => {
  try {
    readFileSync(join(root, 'dist', 'cli', 'merge.js'));
    return true;
  } catch {
    return false;
  }
})();
const why = !parallel ? 'GNU parallel is not installed (apt-get install parallel)' : 'the CLI is not built (npm run build)';

describe('GNU parallel recipe', () => {
  it.skipIf(!parallel || !built)(`4 shards on 4 local job slots, merged, equal one run${parallel && built ? '' : ` — skipped: ${why}`}`, async () => {
    const lists = shards.map((_, i) => join(dir, `shard${i}.list`));
    await execa(
      'parallel',
      ['--will-cite', '--halt', 'never', '-j', '4', `node ${bin} analyze --files-from {} --format json --summary-only --quiet > {}.part`, ':::', ...lists],
      { cwd: root, reject: false },
    );
    const merged = await execa('node', [bin, 'merge', ...lists.map((l) => `${l}.part`)], { cwd: root });
    const single = await execa('node', [bin, 'analyze', '--files-from', join(dir, 'all.list'), '--format', 'json', '--summary-only'], { cwd: root, reject: false });
    expect(single.exitCode).toBe(1); // the broken note
    expect(merged.stdout.length).toBeGreaterThan(1000);
    expect(merged.stdout).toBe(single.stdout);
  });
});
