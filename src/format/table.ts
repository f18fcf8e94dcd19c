/**
 * Tables for people: a header per document (file, encoding, characters, words, types,
 * sentences) and frequency tables; for several files a documents overview and the corpus
 * summary. Colors only when the context's chalk has a color level.
 */
import type { Formatter, FormatContext, RunSummary } from './types.js';
import { isError, type DocumentReport, type FileRecord } from '../report.js';
import type { FrequencyTop } from '../stats/frequencies.js';
import type { Ranked } from '../stats/counter.js';
import { createTable } from './cli-table.js';

const n = (x: number) => x.toLocaleString('en-US');
const pct = (x: number) => `${(x * 100).toFixed(x >= 0.1 ? 1 : 2)}%`;

function frequencyTable(top: FrequencyTop, ctx: FormatContext): string {
  const rows = Math.max(top.words.length, top.stems.length, top.bigrams.length);
  if (rows === 0) return ctx.color.dim('  (no words)') + '\n';
  const c = ctx.color;
  const table = createTable({
    head: ['#', 'word', 'count', 'share', 'stem', 'count', 'bigram', 'count'].map((h) => c.bold(h)),
    colAligns: ['right', 'left', 'right', 'right', 'left', 'right', 'left', 'right'],
  });
  const cell = (r: Ranked | undefined, share: boolean) =>
    r ? (share ? [r.term, n(r.count), pct(r.share)] : [r.term, n(r.count)]) : share ? ['', '', ''] : ['', ''];
  for (let i = 0; i < rows; i++) {
    table.push([String(i + 1), ...cell(top.words[i], true), ...cell(top.stems[i], false), ...cell(top.bigrams[i], false)]);
  }
  return table.toString() + '\n';
}

function documentHeader(d: DocumentReport, ctx: FormatContext): string {
  const c = ctx.color;
  const s = d.stats;
  return (
    c.bold.cyan(d.source) +
    '\n' +
    c.dim(
      `encoding ${d.encoding} · ${n(s.characters)} characters · ${n(s.words)} words · ${n(s.types)} types · ${n(s.sentences)} sentences`,
    ) +
    '\n'
  );
}

function documentBlock(r: FileRecord, ctx: FormatContext): string {
  if (isError(r)) return ctx.color.red(`${r.source}: ${r.error.message}`) + '\n\n';
  return documentHeader(r, ctx) + frequencyTable(r.frequencies, ctx) + '\n';
}

function overviewRow(r: FileRecord): string[] {
  if (isError(r)) return [r.source, '—', '', '', '', `error: ${r.error.message}`];
  return [r.source, r.encoding, n(r.stats.words), n(r.stats.types), n(r.stats.sentences)];
}

export function createTableFormatter(): Formatter {
  const overview: string[][] = [];
  let count = 0;
  let lastSingle: FileRecord | null = null;
  return {
    description: 'tables for people (default): header and top words, stems and bigrams',
    begin: () => '',
    document(r, _i, ctx) {
      count++;
      lastSingle = r;
      // the overview keeps one short row per file; with --per-file each file's tables stream out
      overview.push(overviewRow(r));
      return ctx.perFile ? documentBlock(r, ctx) : '';
    },
    end(summary: RunSummary, ctx) {
      const c = ctx.color;
      if (count === 1 && lastSingle) return ctx.perFile ? '' : documentBlock(lastSingle, ctx);
      if (count === 0) return c.dim('no documents') + '\n';
      const withErrors = summary.failed > 0;
      const docs = createTable({
        head: ['file', 'encoding', 'words', 'types', 'sentences', ...(withErrors ? ['error'] : [])].map((h) => c.bold(h)),
        colAligns: ['left', 'left', 'right', 'right', 'right', 'left'],
      });
      for (const row of overview) docs.push(withErrors && row.length < 6 ? [...row, ''] : row);
      const head =
        c.bold.cyan(`corpus: ${n(summary.documents)} documents`) +
        (summary.failed ? c.red(` (${n(summary.failed)} failed)`) : '') +
        '\n' +
        c.dim(
          `${n(summary.characters)} characters · ${n(summary.words)} words · ${n(summary.types)} types · ${n(summary.sentences)} sentences`,
        ) +
        '\n';
      return docs.toString() + '\n\n' + head + frequencyTable(summary.frequencies, ctx);
    },
  };
}
