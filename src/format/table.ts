/**
 * Tables for people: a header per document (file, encoding, characters, words, types,
 * sentences), frequency tables, an entity table, an attribution table and the sourcing
 * profile; for several files a documents overview and the corpus summary with the same
 * tables. Colors only when the context's chalk has a color level.
 */
import type { Formatter, FormatContext, OverviewRow, RunSummary } from './types.js';
import { isError, type DocumentReport, type FileRecord } from '../report.js';
import type { FrequencyTop } from '../stats/frequencies.js';
import type { Ranked } from '../stats/counter.js';
import { EntityTable, type EntityRow } from '../stats/entities.js';
import { AttributionTable, type AttributionRow, type Sourcing } from '../stats/attribution.js';
import type { CueClass } from '../document.js';
import { createTable, stringWidth } from './cli-table.js';

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

/** Variants shown per entity, and the widths (columns) of the longer cells. */
const MAX_VARIANTS = 3;
const VARIANTS_WIDTH = 48;
const QUOTE_WIDTH = 40;

/**
 * Text cut to at most `width` terminal columns, whitespace runs folded, an ellipsis marking the
 * cut. Columns, not code points: harakat take none, so diacritized text keeps its length.
 */
export function clip(text: string, width: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (stringWidth(t) <= width) return t;
  let out = '';
  let used = 0;
  for (const ch of t) {
    const w = stringWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return out + '…';
}

const none = (ctx: FormatContext) => ctx.color.dim('  (none)') + '\n';

/** Written forms with their counts, most frequent first: "ترامب ×3, دونالد ترامب ×1". */
export function variantsCell(variants: EntityRow['variants']): string {
  const shown = variants.slice(0, MAX_VARIANTS).map((v) => `${v.text} ×${v.count}`);
  const more = variants.length - shown.length;
  return clip(shown.join(', ') + (more > 0 ? `, +${more}` : ''), VARIANTS_WIDTH);
}

/** Cue classes by count: "statement 2, assertion 1". */
export function cuesCell(cues: Partial<Record<CueClass, number>>): string {
  return (Object.entries(cues) as [CueClass, number][])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([c, k]) => `${c} ${k}`)
    .join(', ');
}

function entityTable(rows: readonly EntityRow[], ctx: FormatContext, withDocuments: boolean): string {
  const c = ctx.color;
  const title = c.bold('entities') + '\n';
  if (rows.length === 0) return title + none(ctx);
  const table = createTable({
    head: ['#', 'entity', 'English', 'type', 'mentions', ...(withDocuments ? ['docs'] : []), 'variants'].map((h) => c.bold(h)),
    colAligns: ['right', 'left', 'left', 'left', 'right', ...(withDocuments ? ['right' as const] : []), 'left'],
  });
  rows.forEach((r, i) => {
    table.push([
      String(i + 1),
      r.label,
      r.labelEn ?? '',
      r.type,
      n(r.mentions),
      ...(withDocuments ? [n(r.documents)] : []),
      variantsCell(r.variants),
    ]);
  });
  return title + table.toString() + '\n';
}

function attributionTable(rows: readonly AttributionRow[], ctx: FormatContext): string {
  const c = ctx.color;
  const title = c.bold('attribution') + '\n';
  if (rows.length === 0) return title + none(ctx);
  const table = createTable({
    head: ['#', 'speaker', 'source', 'direct', 'indirect', 'cues', 'first quote'].map((h) => c.bold(h)),
    colAligns: ['right', 'left', 'left', 'right', 'right', 'left', 'left'],
  });
  rows.forEach((r, i) => {
    table.push([String(i + 1), r.speaker, r.sourceType, n(r.direct), n(r.indirect), cuesCell(r.cues), clip(r.first.text, QUOTE_WIDTH)]);
  });
  return title + table.toString() + '\n';
}

/** "sourcing: 12 quotes — 7 named, 4 anonymous (33%), 1 unattributed" */
export function sourcingLine(s: Sourcing): string {
  if (s.quotes === 0) return 'sourcing: no quotes';
  const share = Math.round((s.anonymous / s.quotes) * 100);
  return `sourcing: ${n(s.quotes)} ${s.quotes === 1 ? 'quote' : 'quotes'} — ${n(s.named)} named, ${n(s.anonymous)} anonymous (${share}%), ${n(s.unattributed)} unattributed`;
}

function analysisSections(
  entities: readonly EntityRow[],
  attribution: readonly AttributionRow[],
  sourcing: Sourcing,
  ctx: FormatContext,
  corpus: boolean,
): string {
  return '\n' + entityTable(entities, ctx, corpus) + '\n' + attributionTable(attribution, ctx) + sourcingLine(sourcing) + '\n';
}

/** The entity and attribution tables of one document, built from its plain report data. */
function documentSections(d: DocumentReport, ctx: FormatContext): string {
  const entities = new EntityTable().add(d).top(ctx.top);
  const attribution = new AttributionTable().add(d).top(ctx.top);
  return analysisSections(entities, attribution, d.sourcing, ctx, false);
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
  return documentHeader(r, ctx) + frequencyTable(r.frequencies, ctx) + documentSections(r, ctx) + '\n';
}

function overviewRow(r: FileRecord): string[] {
  if (isError(r)) return [r.source, '—', '', '', '', `error: ${r.error.message}`];
  return overviewCells({ source: r.source, encoding: r.encoding, ...r.stats });
}

function overviewCells(r: OverviewRow): string[] {
  return [r.source, r.encoding, n(r.words), n(r.types), n(r.sentences)];
}

/**
 * The documents overview of a corpus lists at most this many documents (failed ones always):
 * thousands of rows are no overview. --per-file shows every document; csv writes them all.
 */
export const OVERVIEW_LIMIT = 50;

export function createTableFormatter(): Formatter {
  const overview: string[][] = [];
  let count = 0;
  let failedRows = 0;
  let lastSingle: FileRecord | null = null;
  const keep = (cells: string[], failed: boolean) => {
    count++;
    // the first OVERVIEW_LIMIT documents, and every failed one
    if (failed) failedRows++;
    if (failed || overview.length - failedRows < OVERVIEW_LIMIT) overview.push(cells);
  };
  return {
    description: 'tables for people (default): header, top words, stems and bigrams, entities, attribution, sourcing',
    begin: () => '',
    document(r, _i, ctx) {
      lastSingle = r;
      keep(overviewRow(r), isError(r));
      // with --per-file each file's tables stream out
      return ctx.perFile ? documentBlock(r, ctx) : '';
    },
    overview(row) {
      lastSingle = null;
      keep(overviewCells(row), false);
      return '';
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
      const hidden = count - overview.length;
      const more = hidden > 0 ? c.dim(`… and ${n(hidden)} more documents (--per-file shows each one; --format csv or ndjson lists them all)`) + '\n' : '';
      const head =
        c.bold.cyan(`corpus: ${n(summary.documents)} documents`) +
        (summary.failed ? c.red(` (${n(summary.failed)} failed)`) : '') +
        '\n' +
        c.dim(
          `${n(summary.characters)} characters · ${n(summary.words)} words · ${n(summary.types)} types · ${n(summary.sentences)} sentences`,
        ) +
        '\n';
      return (
        docs.toString() +
        '\n' +
        more +
        '\n' +
        head +
        frequencyTable(summary.frequencies, ctx) +
        analysisSections(summary.entities, summary.attribution, summary.sourcing, ctx, true)
      );
    },
  };
}
