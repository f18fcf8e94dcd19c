#!/usr/bin/env node
// Development aid: prints each gold quote of an annotated article beside the quote newsparse found for it
// (speaker, source type, cue), and the quotes it found that the gold lacks.
// Usage: node scripts/compare-quotes.mjs FILE.ann
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { parseAnn } = await import(join(root, '..', 'shared', 'eval', 'score.mjs'));
const gold = parseAnn(readFileSync(process.argv[2], 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'np-cmp-'));
const file = join(dir, 'a.txt');
writeFileSync(file, gold.text);
const doc = JSON.parse(execFileSync('node', [join(root, 'bin', 'newsparse.js'), 'analyze', '--format', 'json', file], { encoding: 'utf8' })).documents[0];
const chars = Array.from(gold.text);
const slice = (s) => (s ? chars.slice(s.start, s.end).join('') : '—');
const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const used = new Set();
for (const g of gold.quotes) {
  const j = doc.quotes.findIndex((p, k) => !used.has(k) && overlap(p, g) >= 0.5 * Math.max(p.end - p.start, g.end - g.start));
  const sp = gold.speakers.filter((s) => g.speakers.includes(s.id)).map((s) => `${s.text}[${s.sourceType ?? '-'}]`);
  const p = doc.quotes[j];
  if (j >= 0) used.add(j);
  console.log(`${g.optional ? '?' : ' '} ${g.kind.padEnd(8)} ${g.text.slice(0, 50).replace(/\n/g, ' ')}`);
  console.log(`    gold: ${[...new Set(sp)].join(' | ')}`);
  console.log(p ? `    ours: ${p.kind} ${slice(p.speaker)} [${p.speaker?.sourceType ?? '-'} ${p.speaker?.resolution ?? ''}] cue=${p.cue?.text ?? '-'}` : '    ours: MISSED');
}
doc.quotes.forEach((p, k) => {
  if (!used.has(k)) console.log(`  EXTRA ${p.kind} ${slice(p).slice(0, 50)} — ${slice(p.speaker)} cue=${p.cue?.text ?? '-'}`);
});
