/**
 * `newsparse eval --conll FILE`: scores the entity stage against a CoNLL/BIO file, per type
 * and micro-averaged, exact and overlap, with the analysis speed and, on request, examples of
 * false positives and negatives in context.
 */
import type { ChalkInstance } from 'chalk';
import { Pipeline } from '../pipeline.js';
import { decode } from '../text/decode.js';
import { readInput } from '../io/read.js';
import type { GazetteerEntry } from '../data/types.js';
import { chunkContext, parseConll, sampleEvenly, SCORED_TYPES, type ConllCorpus, type ErrorCase, type ErrorKind, type PRF } from '../eval/conll.js';
import { evaluateCorpus, type EvalResult } from '../eval/run.js';
import { createTable } from '../format/cli-table.js';
import { EXIT_INPUT_FAILED, EXIT_OK, describeError } from './errors.js';
import { Output, type IO } from './io.js';
import { colorLevel, makeChalk } from './color.js';

export interface EvalSettings {
  conll: string;
  format: 'table' | 'json';
  encoding?: string;
  gazetteer: GazetteerEntry[];
  /** sentences per analyzed document (0: the whole file is one document) */
  chunk: number;
  /** examples of false positives and of false negatives to print */
  showErrors: number;
  color?: boolean;
}

const n = (x: number) => x.toLocaleString('en-US');
const pct = (x: number) => (x * 100).toFixed(1);

export interface ErrorExample {
  type: string;
  kind: ErrorKind;
  /** token indices (0-based, end exclusive) */
  start: number;
  end: number;
  /** line of the first token in the CoNLL file */
  line: number;
  text: string;
  before: string;
  after: string;
  /** the chunk on the other side that explains the error */
  other?: { type: string; text: string };
}

function example(corpus: ConllCorpus, e: ErrorCase): ErrorExample {
  const ctx = chunkContext(corpus, e.chunk);
  const ex: ErrorExample = {
    type: e.chunk.type,
    kind: e.kind,
    start: e.chunk.start,
    end: e.chunk.end,
    line: corpus.tokens[e.chunk.start].line,
    text: ctx.chunk,
    before: ctx.before,
    after: ctx.after,
  };
  if (e.other) ex.other = { type: e.other.type, text: chunkContext(corpus, e.other, 0).chunk };
  return ex;
}

/** The JSON report (also the data behind the table). */
export function evalReport(file: string, corpus: ConllCorpus, r: EvalResult, settings: Pick<EvalSettings, 'chunk' | 'showErrors'>) {
  const seconds = r.ms / 1000;
  return {
    file,
    tokens: corpus.tokens.length,
    sentences: corpus.sentences,
    gold: r.scores.gold,
    predicted: r.scores.predicted,
    unscored: corpus.unscored,
    exact: r.scores.exact,
    overlap: r.scores.overlap,
    errors: {
      falsePositives: r.errors.counts.falsePositives,
      falseNegatives: r.errors.counts.falseNegatives,
      ...(settings.showErrors > 0
        ? {
            falsePositiveExamples: sampleEvenly(r.errors.falsePositives, settings.showErrors).map((e) => example(corpus, e)),
            falseNegativeExamples: sampleEvenly(r.errors.falseNegatives, settings.showErrors).map((e) => example(corpus, e)),
          }
        : {}),
    },
    timing: {
      documents: r.documents,
      chunk: settings.chunk,
      words: r.words,
      seconds: Number(seconds.toFixed(3)),
      wordsPerSecond: Math.round(r.words / Math.max(seconds, 1e-9)),
    },
  };
}

type Report = ReturnType<typeof evalReport>;

function scoreTable(rep: Report, c: ChalkInstance): string {
  const table = createTable({
    head: ['type', 'gold', 'predicted', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1'].map((h) => c.bold(h)),
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  });
  const cells = (x: PRF) => [pct(x.precision), pct(x.recall), pct(x.f1)];
  for (const type of SCORED_TYPES) {
    table.push([type, n(rep.gold[type]), n(rep.predicted[type]), ...cells(rep.exact[type]), ...cells(rep.overlap[type])]);
  }
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  table.push(['micro', n(sum(rep.gold)), n(sum(rep.predicted)), ...cells(rep.exact.micro), ...cells(rep.overlap.micro)].map((x) => c.bold(x)));
  return table.toString() + '\n';
}

const kinds = (counts: Partial<Record<ErrorKind, number>>) =>
  (Object.entries(counts) as [ErrorKind, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${n(v)}`)
    .join(' · ');

function examplesBlock(title: string, counts: Partial<Record<ErrorKind, number>>, list: ErrorExample[] | undefined, otherSide: string, c: ChalkInstance): string {
  const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  let out = c.bold(`${title} (exact): ${n(total)}`) + (total ? c.dim(` — ${kinds(counts)}`) : '') + '\n';
  for (const e of list ?? []) {
    const other = e.other ? c.dim(`   ${otherSide}: ${e.other.type} [${e.other.text}]`) : '';
    const where = c.dim(`line ${e.line}`.padEnd(11));
    out += `  ${e.type.padEnd(6)} ${e.kind.padEnd(13)} ${where} … ${e.before} ${c.bold('[' + e.text + ']')} ${e.after} …${other}\n`;
  }
  return out;
}

export function formatEvalTable(rep: Report, c: ChalkInstance): string {
  const unscored = Object.entries(rep.unscored).map(([k, v]) => `${k} ${n(v)}`).join(', ');
  const t = rep.timing;
  const unit = t.chunk && t.documents > 1 ? `${n(t.documents)} documents of ${n(t.chunk)} sentences` : 'one document';
  let out =
    c.bold.cyan(rep.file) +
    '\n' +
    c.dim(`${n(rep.tokens)} tokens · ${n(rep.sentences)} sentences` + (unscored ? ` · not scored: ${unscored}` : '')) +
    '\n' +
    c.dim(`entity stage on ${unit}: ${n(t.words)} words in ${t.seconds.toFixed(2)} s — ${n(t.wordsPerSecond)} words/s`) +
    '\n' +
    scoreTable(rep, c);
  const e = rep.errors;
  if (e.falsePositiveExamples || e.falseNegativeExamples) {
    out += '\n' + examplesBlock('false positives', e.falsePositives, e.falsePositiveExamples, 'gold', c);
    out += '\n' + examplesBlock('false negatives', e.falseNegatives, e.falseNegativeExamples, 'predicted', c);
  }
  return out;
}

export async function runEval(s: EvalSettings, io: IO): Promise<number> {
  const out = new Output(io.stdout);
  let corpus: ConllCorpus;
  try {
    const bytes = await readInput(s.conll, io.stdin);
    corpus = parseConll(decode(bytes, s.encoding ? { encoding: s.encoding } : undefined).text);
  } catch (err) {
    io.stderr.write(`newsparse: ${s.conll}: ${describeError(err).message}\n`);
    return EXIT_INPUT_FAILED;
  }
  const pipeline = new Pipeline({ quotes: false, gazetteer: s.gazetteer });
  const result = evaluateCorpus(corpus, pipeline, { chunk: s.chunk });
  const rep = evalReport(s.conll, corpus, result, s);
  if (s.format === 'json') await out.write(JSON.stringify(rep, null, 2) + '\n');
  else await out.write(formatEvalTable(rep, makeChalk(colorLevel(io.stdout, io.env ?? {}, s.color))));
  if (out.error) throw out.error;
  return EXIT_OK;
}
