#!/usr/bin/env node
// Scores newsparse against gold-annotated articles with the shared scorer (../shared/eval/score.mjs):
// the seed article, the project's development sets (eval/dev, eval/dev2 …) and its held-out set (eval/test).
// Usage: npm run eval [-- --verbose] [-- seed|dev|dev2|test ...]
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.log(`skipped: the scorer ${scorer} is not present (it lives beside the project, not in it)`);
  process.exit(0);
}
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const wanted = args.filter((a) => !a.startsWith('--'));
// the seed beside the project, then every annotated set under eval/ (dev, dev2 …, test last)
const sets = { seed: join(root, '..', 'shared', 'eval') };
const names = readdirSync(join(root, 'eval'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort((a, b) => (a === 'test') - (b === 'test') || a.localeCompare(b));
for (const n of names) sets[n] = join(root, 'eval', n);
const cmd = `node ${join(root, 'bin', 'newsparse.js')} analyze --format json`;
for (const [name, dir] of Object.entries(sets)) {
  if (wanted.length && !wanted.includes(name)) continue;
  if (!existsSync(dir)) continue;
  const out = execFileSync('node', [scorer, 'score', dir, '--cmd', cmd, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
  console.log(`${name}:\n${out.trimEnd()}\n`);
}
